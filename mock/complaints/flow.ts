/**
 * A complaint on the world clock, as 12345 handles it: 提交 (the citizen) → 受理 and 转办 by 12345
 * COMPLAINT_ACCEPT_MINUTES working minutes later → 办理 by the department that decides the case →
 * its reply at a seeded time within COMPLAINT_WORKING_DAYS working days → 回访 (the citizen's 满意 /
 * 不满意; no answer in COMPLAINT_FEEDBACK_DAYS working days closes it) → once after 不满意, 重新办理
 * and a second reply. `settleComplaints` runs every step due by now AT its own time, before each
 * API request (and on main.ts's ticker), and emits `complaint_replied` when the department answers.
 */
import type { ComplaintCategory, ComplaintFeedbackInput, ComplaintStep } from '../../src/shared/api/complaints';
import { COMPLAINT_ACCEPT_MINUTES, COMPLAINT_CATEGORY_LABELS, COMPLAINT_CENTRE, COMPLAINT_FEEDBACK_DAYS } from '../../src/shared/api/complaints';
import { applicationCollections } from '../applications/model';
import type { ApplicationRecord } from '../applications/model';
import { workingDaysLater } from '../evaluations/rules';
import { addWorkingMinutes } from '../server/working-time';
import type { World } from '../world';
import { emitCaseEvents } from '../workflow/events';
import type { CaseEvent } from '../workflow/events';
import { handlerAt } from '../workflow/plan';
import type { ComplaintAction, ComplaintRecord } from './model';
import { complaintCollections, complaintsWithDueSteps } from './model';
import { complaintDueDate, complaintFate, complaintReplyTime, monthDay, replyText } from './rules';

/** Who 提交 is, in the complaint's own steps. */
export const CITIZEN = '您';

function openStep(c: ComplaintRecord, name: string, department: string, at: Date, note?: string): void {
  const step: ComplaintStep = { name, department, startedAt: at.toISOString() };
  if (note) step.note = note;
  c.steps.push(step);
}

/** A step that happened at once (提交, 受理, 转办). */
function doneStep(c: ComplaintRecord, name: string, department: string, at: Date, note: string): void {
  c.steps.push({ name, department, startedAt: at.toISOString(), endedAt: at.toISOString(), note });
}

function closeStep(c: ComplaintRecord, at: Date, note?: string): void {
  const open = [...c.steps].reverse().find((s) => !s.endedAt);
  if (!open) return;
  open.endedAt = at.toISOString();
  if (note) open.note = note;
}

function schedule(c: ComplaintRecord, action: ComplaintAction, at: Date): void {
  c.next = { action, dueAt: at.toISOString() };
}

export interface NewComplaint {
  id: string;
  number: string;
  userId: string;
  application: Pick<ApplicationRecord, 'id' | 'number' | 'itemName'>;
  department: string;
  category: ComplaintCategory;
  description: string;
  seed: number;
  bodyHash: string;
}

/** The complaint as made at `now`: 提交 recorded, 受理 scheduled. */
export function openComplaint(n: NewComplaint, now: Date): ComplaintRecord {
  const c: ComplaintRecord = {
    id: n.id,
    number: n.number,
    userId: n.userId,
    applicationId: n.application.id,
    applicationNumber: n.application.number,
    itemName: n.application.itemName,
    category: n.category,
    description: n.description,
    createdAt: now.toISOString(),
    state: 'submitted',
    department: n.department,
    steps: [],
    replies: [],
    feedback: [],
    seed: n.seed,
    bodyHash: n.bodyHash,
  };
  doneStep(c, '提交', CITIZEN, now, `投诉类型：${COMPLAINT_CATEGORY_LABELS[n.category]}`);
  schedule(c, 'accepted', addWorkingMinutes(now, COMPLAINT_ACCEPT_MINUTES));
  return c;
}

function accept(c: ComplaintRecord, at: Date): void {
  const dueDate = complaintDueDate(at);
  c.dueDate = dueDate;
  doneStep(c, '受理', COMPLAINT_CENTRE, at, `已受理，投诉编号${c.number}`);
  doneStep(c, '转办', COMPLAINT_CENTRE, at, `已转交${c.department}办理，${monthDay(dueDate)}前答复您`);
  openStep(c, '办理', c.department, at);
  c.state = 'handling';
  schedule(c, 'replied', complaintReplyTime(at, complaintFate(c.seed).replyMinutes, dueDate));
}

function reply(world: World, c: ComplaintRecord, at: Date, application: ApplicationRecord | undefined): void {
  const node = application?.case?.route.at(-1) ?? { role: 'decide' as const, level: 'city' as const, hallId: '500000', department: c.department };
  const handler = handlerAt(world, node, 'office');
  const round = c.replies.length === 0 ? 1 : 2;
  c.replies.push({ at: at.toISOString(), text: replyText(c.category, round, c.itemName, application, at), handler: `${c.department} ${handler.name}（工号 ${handler.staffNo}）` });
  closeStep(c, at, round === 1 ? '已答复' : '已重新办理并答复');
  openStep(c, '回访', COMPLAINT_CENTRE, at, `请查看答复，并在${COMPLAINT_FEEDBACK_DAYS}个工作日内评价是否满意`);
  c.state = 'replied';
  schedule(c, 'feedback_expired', workingDaysLater(at, COMPLAINT_FEEDBACK_DAYS));
}

/** Runs one due action at its own time; true when the department answered (an event to emit). */
function run(world: World, c: ComplaintRecord, action: ComplaintAction, at: Date, application: ApplicationRecord | undefined): boolean {
  delete c.next;
  switch (action) {
    case 'accepted':
      accept(c, at);
      return false;
    case 'replied':
      reply(world, c, at, application);
      return true;
    case 'feedback_expired':
      closeStep(c, at, `答复后${COMPLAINT_FEEDBACK_DAYS}个工作日内未收到您的评价，投诉办结`);
      c.state = 'closed';
      c.outcome = 'no_answer';
      return false;
  }
}

/** Moves one complaint through every step due by `now`; saves once; emits after the write. */
export function settleComplaint(world: World, c: ComplaintRecord, now: Date): ComplaintRecord {
  if (!c.next || new Date(c.next.dueAt).getTime() > now.getTime()) return c;
  const application = applicationCollections(world).applications.get(c.applicationId);
  const next = structuredClone(c);
  const replies: Date[] = [];
  for (let guard = 0; guard < 20 && next.next && new Date(next.next.dueAt).getTime() <= now.getTime(); guard += 1) {
    const at = new Date(next.next.dueAt);
    if (run(world, next, next.next.action, at, application)) replies.push(at);
  }
  complaintCollections(world).complaints.put(next.id, next);
  if (application) emitCaseEvents(world, replies.map((at) => repliedEvent(application, next, at)));
  return next;
}

function repliedEvent(a: ApplicationRecord, c: ComplaintRecord, at: Date): CaseEvent {
  return {
    kind: 'complaint_replied',
    applicationId: a.id,
    userId: a.userId,
    number: a.number,
    itemId: a.itemId,
    itemName: a.itemName,
    status: a.status,
    at: at.toISOString(),
    detail: c.number,
    complaint: { id: c.id, number: c.number },
  };
}

/** Every complaint step due by now, in order of due time (the API runs it before each request). */
export function settleComplaints(world: World, now: Date): number {
  const due = complaintsWithDueSteps(world).filter((c) => new Date(c.next!.dueAt).getTime() <= now.getTime());
  due.sort((a, b) => a.next!.dueAt.localeCompare(b.next!.dueAt));
  for (const c of due) settleComplaint(world, c, now);
  return due.length;
}

// ---- the citizen's answer to a reply ---------------------------------------------------------------

/**
 * 满意 closes it; 不满意 to the first reply sends it back to the department (重新办理, a new due
 * date, a second seeded reply); 不满意 to the second closes it as handled again, the reason kept.
 */
export function answerReply(c: ComplaintRecord, input: ComplaintFeedbackInput, now: Date): ComplaintRecord {
  const next = structuredClone(c);
  delete next.next;
  if (input.satisfied) {
    next.feedback.push({ satisfied: true, at: now.toISOString() });
    closeStep(next, now, '您对答复表示满意');
    next.state = 'closed';
    next.outcome = 'satisfied';
    return next;
  }
  const reason = input.reason!;
  next.feedback.push({ satisfied: false, at: now.toISOString(), reason });
  closeStep(next, now, `您对答复不满意：${reason}`);
  if (next.replies.length >= 2) {
    next.state = 'closed';
    next.outcome = 'handled_again';
    return next;
  }
  const dueDate = complaintDueDate(now);
  next.dueDate = dueDate;
  openStep(next, '重新办理', next.department, now, `${COMPLAINT_CENTRE}已将您的意见转交${next.department}重新办理，${monthDay(dueDate)}前再次答复您`);
  next.state = 'rehandling';
  schedule(next, 'replied', complaintReplyTime(now, complaintFate(next.seed).secondReplyMinutes, dueDate));
  return next;
}
