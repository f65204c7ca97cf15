/**
 * The rectification ticket (整改单) of a bad rating, moved on the world clock like a case:
 * 核实 (two working hours) → 整改 (1–3 working days, by the due date) → the department's reply →
 * 回访 (the citizen confirms or appeals; no answer in 5 working days closes it) → for an appeal,
 * 复核 by the 政务服务管理办公室 (3 working days). A seeded 15 % of departments appeal the rating
 * as mistaken after 核实; the office decides in a working day (upheld: closed, not counted;
 * rejected: 整改 goes on). `settleTickets` runs every step due by now AT its own time, before each
 * API request, and emits `rating_replied` when the department answers.
 */
import type { RatingStage, TicketStep, TicketStepKind } from '../../src/shared/api/evaluations';
import { RATING_STAGE_LABELS, TICKET_STEP_LABELS } from '../../src/shared/api/evaluations';
import { applicationCollections } from '../applications/model';
import type { ApplicationRecord } from '../applications/model';
import { newId } from '../payments/model';
import type { World } from '../world';
import { emitCaseEvents } from '../workflow/events';
import type { CaseEvent } from '../workflow/events';
import { handlerAt } from '../workflow/plan';
import type { EvaluationRecord, TicketAction, TicketRecord } from './model';
import { evaluationCollections, evaluationsWithDueSteps } from './model';
import {
  APPEAL_DECISION_DAYS,
  REVIEW_DAYS,
  REVISIT_DAYS,
  VERIFY_MINUTES,
  rectificationDueDate,
  replyTime,
  ticketFate,
  workingDaysLater,
} from './rules';
import { addWorkingMinutes } from '../server/working-time';

export const SUPERVISOR = '重庆市政务服务管理办公室';

function md(date: string): string {
  const [, m, d] = date.split('-').map(Number);
  return `${m}月${d}日`;
}

function openStep(t: TicketRecord, kind: TicketStepKind, department: string, at: Date, note?: string): void {
  const step: TicketStep = { kind, name: TICKET_STEP_LABELS[kind], department, startedAt: at.toISOString() };
  if (note) step.note = note;
  t.steps.push(step);
}

function closeStep(t: TicketRecord, at: Date, note?: string): void {
  const open = [...t.steps].reverse().find((s) => !s.endedAt);
  if (!open) return;
  open.endedAt = at.toISOString();
  if (note) open.note = note;
}

function schedule(t: TicketRecord, action: TicketAction, at: Date): void {
  t.next = { action, dueAt: at.toISOString() };
}

/** A new ticket for a bad rating given at `now`, with the department that decided the case. */
export function openTicket(department: string, seed: number, stage: RatingStage, now: Date): TicketRecord {
  const dueDate = rectificationDueDate(now);
  const t: TicketRecord = { id: newId('tk'), department, state: 'verifying', openedAt: now.toISOString(), dueDate, seed, steps: [] };
  openStep(t, 'verify', department, now, `已收到您对${RATING_STAGE_LABELS[stage]}的差评，正在核实情况；将于${md(dueDate)}前完成整改并答复您`);
  schedule(t, 'verified', addWorkingMinutes(now, VERIFY_MINUTES));
  return t;
}

function replyText(e: EvaluationRecord): string {
  const problems = e.tags.length > 0 ? `您反映的“${e.tags.join('、')}”问题` : '您反映的问题';
  return `${problems}已核实。我们已对相关环节进行整改：明确办理时限提醒、加强窗口人员培训，并将持续跟踪。感谢您的监督，如对处理结果不满意可以申诉。`;
}

function reply(world: World, e: EvaluationRecord, t: TicketRecord, at: Date, application: ApplicationRecord | undefined): void {
  const node = application?.case?.route.at(-1) ?? { role: 'decide' as const, level: 'city' as const, hallId: '500000', department: t.department };
  const handler = handlerAt(world, node, 'office');
  t.reply = { at: at.toISOString(), text: replyText(e), handler: `${handler.name}（工号 ${handler.staffNo}）` };
  closeStep(t, at, '整改完成，已答复');
  openStep(t, 'revisit', t.department, at, '请确认整改结果，或提出申诉');
  t.state = 'revisiting';
  schedule(t, 'revisit_expired', workingDaysLater(at, REVISIT_DAYS));
}

function startRectify(t: TicketRecord, at: Date): void {
  t.state = 'rectifying';
  openStep(t, 'rectify', t.department, at);
  const fate = ticketFate(t.seed);
  schedule(t, 'rectified', replyTime(at, fate.rectifyDays, t.dueDate));
}

/** Runs one due action at its own time; answers the event words to emit, if any. */
function run(world: World, e: EvaluationRecord, t: TicketRecord, action: TicketAction, at: Date, application: ApplicationRecord | undefined): string | undefined {
  delete t.next;
  const fate = ticketFate(t.seed);
  switch (action) {
    case 'verified':
      if (fate.departmentAppeals) {
        closeStep(t, at, '核实认为该差评与本部门办理无关，已提出申诉');
        const reason = '经核实，办理过程符合规定时限和要求，差评所述问题不属于本部门办理环节';
        t.departmentAppeal = { at: at.toISOString(), reason };
        t.state = 'department_appeal';
        openStep(t, 'department_appeal', SUPERVISOR, at, reason);
        schedule(t, 'appeal_decided', workingDaysLater(at, APPEAL_DECISION_DAYS));
        return undefined;
      }
      closeStep(t, at, '情况属实，转入整改');
      startRectify(t, at);
      return undefined;
    case 'appeal_decided': {
      const appeal = t.departmentAppeal!;
      appeal.decidedAt = at.toISOString();
      if (fate.appealUpheld) {
        appeal.outcome = 'upheld';
        appeal.outcomeText = '申诉成立：该差评不计入部门考核和公开统计，评价内容仍予保留';
        closeStep(t, at, appeal.outcomeText);
        t.state = 'closed';
        t.outcome = 'appeal_upheld';
        return '部门申诉成立，差评不计入统计';
      }
      appeal.outcome = 'rejected';
      appeal.outcomeText = '申诉不成立：请部门按期整改并答复';
      closeStep(t, at, appeal.outcomeText);
      startRectify(t, at);
      return undefined;
    }
    case 'rectified':
      reply(world, e, t, at, application);
      return '部门已答复您的差评，请确认整改结果';
    case 'revisit_expired':
      closeStep(t, at, '回访期内未收到答复');
      t.state = 'closed';
      t.outcome = 'no_answer';
      return undefined;
    case 'reviewed':
      closeStep(t, at, '复核认为部门整改到位，已督促部门持续改进；如仍有异议可拨打12345');
      t.state = 'closed';
      t.outcome = 'reviewed';
      return '您的申诉已复核完毕';
  }
}

/** Moves one rating's ticket through every step due by `now`; saves once; emits after the write. */
export function settleTicket(world: World, e: EvaluationRecord, now: Date): EvaluationRecord {
  if (!e.ticket?.next || new Date(e.ticket.next.dueAt).getTime() > now.getTime()) return e;
  const application = applicationCollections(world).applications.get(e.applicationId);
  const t = structuredClone(e.ticket);
  const details: Array<{ at: Date; detail: string }> = [];
  for (let guard = 0; guard < 20 && t.next && new Date(t.next.dueAt).getTime() <= now.getTime(); guard += 1) {
    const at = new Date(t.next.dueAt);
    const detail = run(world, e, t, t.next.action, at, application);
    if (detail) details.push({ at, detail });
  }
  const saved: EvaluationRecord = { ...e, ticket: t };
  evaluationCollections(world).evaluations.put(e.id, saved);
  if (application) emitCaseEvents(world, details.map(({ at, detail }) => repliedEvent(application, at, detail)));
  return saved;
}

function repliedEvent(a: ApplicationRecord, at: Date, detail: string): CaseEvent {
  return { kind: 'rating_replied', applicationId: a.id, userId: a.userId, number: a.number, itemId: a.itemId, itemName: a.itemName, status: a.status, at: at.toISOString(), detail };
}

/** Every ticket step due by now, in order of due time (the API runs it before each request). */
export function settleTickets(world: World, now: Date): number {
  const due = evaluationsWithDueSteps(world).filter((e) => new Date(e.ticket!.next!.dueAt).getTime() <= now.getTime());
  due.sort((a, b) => a.ticket!.next!.dueAt.localeCompare(b.ticket!.next!.dueAt));
  for (const e of due) settleTicket(world, e, now);
  return due.length;
}

// ---- the citizen's answer -------------------------------------------------------------------------

export function confirmTicket(t: TicketRecord, now: Date): TicketRecord {
  const next = structuredClone(t);
  delete next.next;
  next.citizen = { action: 'confirm', at: now.toISOString() };
  closeStep(next, now, '您已确认整改结果');
  next.state = 'closed';
  next.outcome = 'confirmed';
  return next;
}

export function appealTicket(t: TicketRecord, reason: string, now: Date): TicketRecord {
  const next = structuredClone(t);
  next.citizen = { action: 'appeal', at: now.toISOString(), reason };
  closeStep(next, now, '您不认可整改结果，已提出申诉');
  openStep(next, 'review', SUPERVISOR, now, `申诉理由：${reason}`);
  next.state = 'reviewing';
  schedule(next, 'reviewed', workingDaysLater(now, REVIEW_DAYS));
  return next;
}

/** The rating was changed to a good one: the ticket closes (its steps so far stay). */
export function closeForChangedRating(t: TicketRecord, now: Date): TicketRecord {
  const next = structuredClone(t);
  delete next.next;
  closeStep(next, now, '评价已改为非差评');
  next.state = 'closed';
  next.outcome = 'rating_changed';
  return next;
}
