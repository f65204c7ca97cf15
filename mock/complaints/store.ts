/**
 * Complaints about a citizen's cases: make one (Idempotency-Key), list and read them settled to
 * now, answer a reply with 满意 / 不满意. Every refusal is decided before anything is written and
 * names its field (identity's status rule: 400 shape, 409 state, 404 another citizen's id).
 */
import { createHash } from 'node:crypto';
import type { Complaint, ComplaintFeedbackInput, ComplaintInput } from '../../src/shared/api/complaints';
import { COMPLAINT_OUTCOME_LABELS, COMPLAINT_STATE_LABELS, isOpenComplaint } from '../../src/shared/api/complaints';
import { getApplication } from '../applications/applications';
import { conflict, missing } from '../applications/errors';
import { handlingDepartment } from '../evaluations/rules';
import { newId } from '../payments/model';
import { beijingDate } from '../server/working-time';
import type { World } from '../world';
import type { ComplaintRecord } from './model';
import { complaintCollections, complaintsNumberedOn, complaintsOfCase, complaintsOfUser } from './model';
import { answerReply, openComplaint, settleComplaint } from './flow';
import { COMPLAINT_MESSAGES, complaintSeed } from './rules';

const KEY_FIELD = 'Idempotency-Key';

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function complaintView(c: ComplaintRecord): Complaint {
  const view: Complaint = {
    id: c.id,
    number: c.number,
    applicationId: c.applicationId,
    applicationNumber: c.applicationNumber,
    itemName: c.itemName,
    category: c.category,
    description: c.description,
    createdAt: c.createdAt,
    state: c.state,
    stateLabel: COMPLAINT_STATE_LABELS[c.state],
    department: c.department,
    steps: c.steps,
    replies: c.replies,
    feedback: c.feedback,
    canGiveFeedback: c.state === 'replied',
  };
  if (c.dueDate) view.dueDate = c.dueDate;
  if (c.outcome) {
    view.outcome = c.outcome;
    view.outcomeLabel = COMPLAINT_OUTCOME_LABELS[c.outcome];
  }
  return view;
}

/** 我的投诉: the citizen's complaints, each settled to now, newest first. */
export function complaintsOf(world: World, userId: string, now: Date): ComplaintRecord[] {
  return complaintsOfUser(world, userId)
    .map((c) => settleComplaint(world, c, now))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.number.localeCompare(a.number));
}

/** The citizen's own complaint, settled to now, or 404 (another citizen's is the same 404). */
export function ownComplaint(world: World, userId: string, id: string, now: Date): ComplaintRecord {
  const c = complaintCollections(world).complaints.get(id);
  if (!c || c.userId !== userId) throw missing('id', COMPLAINT_MESSAGES.notFound);
  return settleComplaint(world, c, now);
}

/** TS + yyyymmdd + a 6-digit sequence of the day (Beijing), on the world clock, as 办件编号 are. */
function nextNumber(world: World, now: Date): string {
  const prefix = `TS${beijingDate(now).replaceAll('-', '')}`;
  return `${prefix}${String(complaintsNumberedOn(world, prefix).length + 1).padStart(6, '0')}`;
}

export interface ComplainOutcome {
  status: 200 | 201;
  complaint: ComplaintRecord;
}

export function complain(world: World, userId: string, key: string, input: ComplaintInput, now: Date): ComplainOutcome {
  const c = complaintCollections(world);
  const keyId = `k_${sha256(`${userId}\n${key}`)}`;
  const bodyHash = sha256(JSON.stringify({ applicationId: input.applicationId, category: input.category, description: input.description }));
  const replay = c.keys.get(keyId);
  if (replay) {
    const earlier = c.complaints.get(replay.complaintId);
    if (replay.bodyHash !== bodyHash || !earlier) throw conflict(KEY_FIELD, COMPLAINT_MESSAGES.keyReused);
    return { status: 200, complaint: settleComplaint(world, earlier, now) };
  }
  const record = getApplication(world, userId, input.applicationId);
  if (!record) throw missing('applicationId', COMPLAINT_MESSAGES.caseNotFound);
  const earlier = complaintsOfCase(world, record.id).map((e) => settleComplaint(world, e, now));
  if (earlier.some((e) => isOpenComplaint(e.state))) throw conflict('applicationId', COMPLAINT_MESSAGES.open);
  const complaint = openComplaint(
    {
      id: newId('cp'),
      number: nextNumber(world, now),
      userId,
      application: record,
      department: handlingDepartment(record),
      category: input.category,
      description: input.description,
      seed: complaintSeed(record.case?.seed ?? 0, earlier.length),
      bodyHash,
    },
    now,
  );
  c.complaints.put(complaint.id, complaint);
  c.keys.put(keyId, { userId, complaintId: complaint.id, bodyHash });
  return { status: 201, complaint };
}

function sameAnswer(a: { satisfied: boolean; reason?: string }, input: ComplaintFeedbackInput): boolean {
  return a.satisfied === input.satisfied && (a.satisfied || a.reason === input.reason);
}

/** Why the reply cannot be answered now, in words (undefined while it can). */
function feedbackBlocker(c: ComplaintRecord): string | undefined {
  switch (c.state) {
    case 'replied':
      return undefined;
    case 'rehandling':
      return COMPLAINT_MESSAGES.rehandling;
    case 'closed':
      return COMPLAINT_MESSAGES.closed;
    default:
      return COMPLAINT_MESSAGES.notYetReplied;
  }
}

/** The citizen's 满意 / 不满意 while the reply waits for it. */
export function giveFeedback(world: World, userId: string, id: string, input: ComplaintFeedbackInput, now: Date): ComplaintRecord {
  const c = ownComplaint(world, userId, id, now);
  const blocker = feedbackBlocker(c);
  if (blocker) {
    // the very answer again, to the latest reply (a retry after a lost response): the complaint as it is
    const last = c.feedback.at(-1);
    const lastReply = c.replies.at(-1);
    if (last && lastReply && last.at >= lastReply.at && sameAnswer(last, input)) return c;
    throw conflict('satisfied', blocker);
  }
  const next = answerReply(c, input, now);
  complaintCollections(world).complaints.put(next.id, next);
  return next;
}
