/**
 * The rules of 好差评 in this mock, pure functions of a case, a rating and the clock (the unit
 * tests check them directly; mock/README.md states them):
 * - one rating per case and stage; 受理环节 only once the case was accepted (or refused
 *   acceptance: that is the acceptance decision), 办结环节 only once it was decided (approved or
 *   refused); withdrawn cases are not rated;
 * - a rating may be changed once, within CHANGE_WINDOW_DAYS calendar days;
 * - a bad rating's 整改 ends within RECTIFY_WORKING_DAYS working days of the rating (holidays and
 *   调休 counted by calendar.ts); 核实 takes two working hours; the department's reply comes 1–3
 *   working days after 核实 (seeded), never after the due date;
 * - a department appeals a bad rating as mistaken for 15 % of cases (seeded by the case and the
 *   stage), and half of those appeals are upheld.
 */
import type { RatingStage } from '../../src/shared/api/evaluations';
import { CHANGE_WINDOW_DAYS, RECTIFY_WORKING_DAYS } from '../../src/shared/api/evaluations';
import type { ApplicationRecord } from '../applications/model';
import { hashString, mulberry32 } from '../halls/prng';
import { addWorkingDays } from '../server/calendar';
import { addWorkingMinutes, beijingDate, beijingInstant, WORKING_MINUTES_PER_DAY } from '../server/working-time';

const DAY_MS = 86_400_000;

export const EVALUATION_MESSAGES = {
  notFound: '未找到该评价',
  caseNotFound: '未找到该办件',
  withdrawn: '已撤回的办件无需评价',
  notAccepted: '办件尚未受理，受理后可以评价受理环节',
  notDecided: '办件尚未办结，办结后可以评价办结环节',
  notAcceptedCase: '该办件未被受理，没有办结环节可评价',
  alreadyRated: (stage: string) => `该办件的${stage}已经评价过；评价后${CHANGE_WINDOW_DAYS}日内可以修改一次`,
  changedOnce: '评价只能修改一次，您已修改过',
  unchanged: '评价内容没有变化；修改只有一次机会，请改动后再提交',
  windowPassed: `评价后${CHANGE_WINDOW_DAYS}日内才能修改，已超过修改期限`,
  badNeedsReason: '差评请至少选择一个问题或写明原因，便于部门整改',
  keyReused: '该请求编号已用于另一条评价，请重新提交',
  noTicket: '该评价没有整改单',
  notRevisiting: '部门答复后才能确认或申诉整改结果',
} as const;

type CaseLike = Pick<ApplicationRecord, 'status' | 'case' | 'department'>;

/** For each stage: undefined when it may be rated now, else why not, in words. */
export function stageBlockers(record: CaseLike): Record<RatingStage, string | undefined> {
  if (record.status === 'withdrawn') return { acceptance: EVALUATION_MESSAGES.withdrawn, completion: EVALUATION_MESSAGES.withdrawn };
  const c = record.case;
  const notAccepted = record.status === 'not_accepted' || c?.result?.outcome === 'not_accepted';
  const accepted = Boolean(c?.acceptedOn) || notAccepted;
  const decided = Boolean(c?.result) && !notAccepted;
  return {
    acceptance: accepted ? undefined : EVALUATION_MESSAGES.notAccepted,
    completion: decided ? undefined : notAccepted ? EVALUATION_MESSAGES.notAcceptedCase : EVALUATION_MESSAGES.notDecided,
  };
}

/** The department that answers for the case: the deciding node of its route. */
export function handlingDepartment(record: CaseLike): string {
  return record.case?.route.at(-1)?.department ?? record.department;
}

/** The last moment a rating given at `createdAt` may still be changed. */
export function changeDeadline(createdAt: string): Date {
  return new Date(new Date(createdAt).getTime() + CHANGE_WINDOW_DAYS * DAY_MS);
}

/** undefined when a change is accepted now, else why not. */
export function changeBlocker(rating: { createdAt: string; changedAt?: string }, now: Date): string | undefined {
  if (rating.changedAt) return EVALUATION_MESSAGES.changedOnce;
  if (now.getTime() > changeDeadline(rating.createdAt).getTime()) return EVALUATION_MESSAGES.windowPassed;
  return undefined;
}

/** 整改 is due by this Beijing date: 5 working days after the day of the rating. */
export function rectificationDueDate(openedAt: Date): string {
  return addWorkingDays(beijingDate(openedAt), RECTIFY_WORKING_DAYS);
}

export function ticketSeed(caseSeed: number, stage: RatingStage): number {
  return hashString(`${caseSeed}|${stage}|rating`);
}

/** What the seed decides for a ticket. */
export function ticketFate(seed: number): { departmentAppeals: boolean; appealUpheld: boolean; rectifyDays: number } {
  const rng = mulberry32(seed);
  const appeal = rng();
  const upheld = rng();
  const days = rng();
  return { departmentAppeals: appeal < 0.15, appealUpheld: upheld < 0.5, rectifyDays: 1 + Math.floor(days * 3) };
}

export const VERIFY_MINUTES = 120;
/** the 政务服务管理办公室 decides a department's appeal, or reviews a citizen's, in this many working days */
export const APPEAL_DECISION_DAYS = 1;
export const REVIEW_DAYS = 3;
/** no answer to the return visit within this many working days closes the ticket */
export const REVISIT_DAYS = 5;

/** When 整改 ends and the reply is sent: `rectifyDays` working days after 核实, never past the due date. */
export function replyTime(verifiedAt: Date, rectifyDays: number, dueDate: string): Date {
  const planned = addWorkingMinutes(verifiedAt, rectifyDays * WORKING_MINUTES_PER_DAY);
  const latest = beijingInstant(dueDate, 17 * 60);
  return planned.getTime() > latest.getTime() ? latest : planned;
}

export function workingDaysLater(from: Date, days: number): Date {
  return addWorkingMinutes(from, days * WORKING_MINUTES_PER_DAY);
}
