/**
 * The rules of 投诉 in this mock, pure functions of a case, a complaint and the clock (mock/README.md
 * states them):
 * - a complaint is about one of the citizen's own cases; one open complaint per case at a time;
 * - 12345 accepts it COMPLAINT_ACCEPT_MINUTES working minutes after it is made and assigns it to
 *   the department that decides the case (evaluations' `handlingDepartment`);
 * - the department answers within COMPLAINT_WORKING_DAYS working days of acceptance (the due date:
 *   counted as 整改 is, by calendar.ts), at a seeded time 1–4 working days after acceptance, never
 *   after 17:00 of the due date; after 不满意 once more, 1–3 working days after the answer, by a new
 *   due date COMPLAINT_WORKING_DAYS working days after it;
 * - the citizen's 满意 / 不满意 is awaited COMPLAINT_FEEDBACK_DAYS working days after each reply.
 */
import type { ApplicationStatus } from '../../src/shared/api/applications';
import { STATUS_LABELS } from '../../src/shared/api/applications';
import type { ComplaintCategory } from '../../src/shared/api/complaints';
import { COMPLAINT_WORKING_DAYS } from '../../src/shared/api/complaints';
import type { ApplicationRecord } from '../applications/model';
import { hashString, intBetween, mulberry32 } from '../halls/prng';
import { addWorkingDays } from '../server/calendar';
import { beijingDate, WORKING_MINUTES_PER_DAY } from '../server/working-time';
import { replyTime } from '../evaluations/rules';
import { deadlineOfRecord } from '../workflow/views';

export const COMPLAINT_MESSAGES = {
  notFound: '未找到该投诉',
  caseNotFound: '未找到该办件',
  category: '请选择投诉类型',
  open: '这件办件已有投诉正在办理，请在“我的投诉”中查看进度',
  keyReused: '该请求编号已用于另一条投诉，请重新提交',
  notYetReplied: '部门尚未答复，答复后才能评价办理结果',
  rehandling: '投诉正在重新办理，部门再次答复后才能评价',
  closed: '该投诉已办结，不能再评价',
} as const;

/** The seed of a case's n-th complaint (0 = its first): the same demo repeats. */
export function complaintSeed(caseSeed: number, earlierComplaints: number): number {
  return hashString(`${caseSeed}|${earlierComplaints}|complaint`);
}

/** What the seed decides: working minutes from acceptance to the reply (1–4 days), and from 不满意 to the second (1–3). */
export function complaintFate(seed: number): { replyMinutes: number; secondReplyMinutes: number } {
  const rng = mulberry32(seed);
  const replyMinutes = intBetween(rng, WORKING_MINUTES_PER_DAY, 4 * WORKING_MINUTES_PER_DAY);
  const secondReplyMinutes = intBetween(rng, WORKING_MINUTES_PER_DAY, 3 * WORKING_MINUTES_PER_DAY);
  return { replyMinutes, secondReplyMinutes };
}

/** The answer is due by this Beijing date: COMPLAINT_WORKING_DAYS working days after the day `from` falls on. */
export function complaintDueDate(from: Date): string {
  return addWorkingDays(beijingDate(from), COMPLAINT_WORKING_DAYS);
}

/** When the department answers: `minutes` working minutes after `from`, never past 17:00 of the due date. */
export function complaintReplyTime(from: Date, minutes: number, dueDate: string): Date {
  return replyTime(from, minutes / WORKING_MINUTES_PER_DAY, dueDate);
}

/** 12月9日 */
export function monthDay(date: string): string {
  const [, m, d] = date.split('-').map(Number);
  return `${m}月${d}日`;
}

/** Statuses in which a case goes no further without being decided. */
const ENDED: ReadonlySet<ApplicationStatus> = new Set<ApplicationStatus>(['withdrawn', 'not_accepted', 'rejected', 'recalled', 'revoked']);

const AGAIN = '收到您对首次答复的意见后，部门负责同志重新核查了办理经过。';

/**
 * 超期未办结, answered from the case's own deadline at the time of the reply: late (decided or
 * not) is admitted with the new expected date; in time is explained (working days from 受理,
 * supplements paused); a case that went no further says so.
 */
function overdueText(round: 1 | 2, record: ApplicationRecord | undefined, item: string, at: Date): string {
  const expected = monthDay(addWorkingDays(beijingDate(at), round === 1 ? 3 : 2));
  const lead = round === 1 ? '经核查，' : AGAIN;
  if (!record) return `${lead}我们已督促承办人员加快办理，预计于${expected}前办结，办结后将第一时间通知您。`;
  const decidedAt = record.case?.result?.decidedAt;
  const decided = decidedAt ? monthDay(beijingDate(new Date(decidedAt))) : undefined;
  if (!decided && ENDED.has(record.status)) {
    return `${lead}您的${item}办件目前为“${STATUS_LABELS[record.status]}”，不再继续办理；我们已对办理过程进行了复查，并提醒承办人员严格按承诺时限办理。如需重新申请，可在渝快办在线提交。`;
  }
  const deadline = deadlineOfRecord(record, at);
  const promise = `承诺${deadline.promisedDays}个工作日内办结（自受理之日起按工作日计算，补正材料期间不计入）`;
  switch (deadline.state) {
    case 'missed':
      return round === 1
        ? `经核查，您的${item}办件超出承诺时限属实，原因是审核环节人员调配不及时。该办件已于${decided}办结，我们已对承办人员进行提醒，并将超期情况纳入部门考核。对给您带来的不便深表歉意。`
        : `${AGAIN}该办件已于${decided}办结；超期原因已在部门内部通报，并调整了审核环节的人员安排，避免再次超期。`;
    case 'met':
      return round === 1
        ? `经核查，您的${item}办件${promise}，已于${decided}办结，在承诺时限内。如您对办理时间仍有疑问，可在办件详情中查看每个环节的办理时间。`
        : `${AGAIN}该办件各环节均在规定时间内完成，已于${decided}办结；我们将进一步压缩办理时间，提升办事效率。`;
    case 'overdue':
      return round === 1
        ? `经核查，您的${item}办件超出承诺时限属实，原因是审核环节人员调配不及时。我们已督促承办人员加快办理，预计于${expected}前办结，办结后将第一时间通知您。对给您带来的不便深表歉意。`
        : `${AGAIN}已指定专人跟进您的办件，预计于${expected}前办结，每个环节的办理情况均可在办件详情中查看。`;
    case 'paused':
      return round === 1
        ? `经核查，您的${item}办件${promise}，目前正在等待补正材料，补正期间办理时限暂停计算。请按补正通知提交材料，收到后我们将在剩余时限内尽快办结。`
        : `${AGAIN}办件正在等待补正材料；收到补正材料后，我们将指定专人跟进，在剩余时限内尽快办结。`;
    default:
      return round === 1
        ? `经核查，您的${item}办件${promise}，目前仍在时限内，承诺办结日期为${monthDay(deadline.promisedDate)}。我们已提醒承办人员抓紧办理，预计于${expected}前办结。`
        : `${AGAIN}已指定专人跟进您的办件，预计于${expected}前办结，每个环节的办理情况均可在办件详情中查看。`;
  }
}

/** The department's answer, in its words: specific to the category, round 1 or 2 (after 不满意). */
export function replyText(category: ComplaintCategory, round: 1 | 2, itemName: string, record: ApplicationRecord | undefined, at: Date): string {
  const item = `「${itemName}」`;
  switch (category) {
    case 'overdue':
      return overdueText(round, record, item, at);
    case 'fees':
      if (record && !record.fee) {
        return round === 1
          ? `经核查，${item}依法不收取任何费用。如有工作人员向您收取费用，请将缴费凭证提交办理大厅或拨打12345，经核实后全额退还，并依规严肃处理相关人员。`
          : `${AGAIN}该事项不收费，办理过程中未产生任何费用；如您持有缴费凭证，经核实后全额退还。`;
      }
      return round === 1
        ? `经核查，${item}的收费项目和标准均按公开的收费标准执行（可在办事指南“收费标准”中查看），本次收取的费用与标准一致。如经核对存在多收费用，我们将在5个工作日内按原缴费渠道退还多收部分。`
        : `${AGAIN}我们逐项复核了本次收费，收费项目、标准和金额均与公开的收费标准一致；如您仍有疑问，可携缴费凭证到办理大厅收费窗口当面核对，确有多收的当场办理退费。`;
    case 'conduct':
      return round === 1
        ? '经调查核实，已约谈当事工作人员并进行批评教育，责令其改进服务态度、规范服务用语；我们已将此事纳入窗口服务考核，并在全体窗口人员中开展作风教育。感谢您的监督。'
        : `${AGAIN}已调整当事工作人员的窗口岗位，并将此事纳入年度考核；部门将通过“好差评”和暗访持续监督窗口服务。`;
    case 'repeated_materials':
      return round === 1
        ? '经核查，您已提交的材料以及可通过电子证照、部门共享获取的材料，不应要求重复提交。我们已通知承办人员直接调取已有材料，不再要求您重复提交，并对相关人员进行了提醒。'
        : `${AGAIN}我们已对照事项实施清单核对了申请材料，删除了可通过电子证照或部门共享获取的材料要求，今后办理不再要求重复提交。`;
    case 'guide_mismatch':
      return round === 1
        ? `经核查，您反映的${item}实际办理要求与办事指南不一致的情况属实。我们已对照事项实施清单逐项核对，更正了办事指南中不一致的内容，窗口将按更正后的指南受理。对给您带来的不便表示歉意。`
        : `${AGAIN}我们会同事项主管部门再次核对了办事指南，修订后的指南已在渝快办同步更新，窗口受理时严格按指南执行。`;
    case 'other':
      return round === 1
        ? '您反映的情况已收悉。经与承办人员核实，我们已对相关问题进行处理，并将在今后工作中改进。如有疑问，可拨打12345政务服务便民热线咨询。'
        : `${AGAIN}我们已对您反映的问题作进一步处理，并完善了相关工作制度。如仍有疑问，可拨打12345政务服务便民热线咨询。`;
  }
}
