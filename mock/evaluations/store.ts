/**
 * Ratings of a citizen's cases: give one per stage (Idempotency-Key), change it once, read it
 * with its ticket, answer the ticket's return visit. Every refusal is decided before anything is
 * written and names its field (identity's status rule: 400 shape, 422 value, 409 state, 404
 * another citizen's id).
 */
import { createHash } from 'node:crypto';
import type { CaseAction } from '../../src/shared/api/cases';
import type { CaseEvaluations, Evaluation, EvaluationChange, EvaluationInput, EvaluationSummary, RatingStage, RectificationTicket } from '../../src/shared/api/evaluations';
import { RATING_STAGES, RATING_STAGE_LABELS, TICKET_OUTCOME_LABELS, TICKET_STATE_LABELS, isBadLevel } from '../../src/shared/api/evaluations';
import { getApplication } from '../applications/applications';
import type { ApplicationRecord } from '../applications/model';
import { conflict, missing, refuse } from '../applications/errors';
import { newId } from '../payments/model';
import type { World } from '../world';
import type { EvaluationRecord, TicketRecord } from './model';
import { evaluationCollections, evaluationsOfCase, evaluationsOfUser } from './model';
import { EVALUATION_MESSAGES, changeBlocker, changeDeadline, handlingDepartment, stageBlockers, ticketSeed } from './rules';
import { appealTicket, closeForChangedRating, confirmTicket, openTicket, settleTicket } from './tickets';

const KEY_FIELD = 'Idempotency-Key';

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function hashOf(body: unknown): string {
  return sha256(JSON.stringify(body));
}

function ticketView(t: TicketRecord): RectificationTicket {
  const view: RectificationTicket = {
    id: t.id,
    department: t.department,
    state: t.state,
    stateLabel: TICKET_STATE_LABELS[t.state],
    openedAt: t.openedAt,
    dueDate: t.dueDate,
    steps: t.steps,
    canConfirm: t.state === 'revisiting',
    canAppeal: t.state === 'revisiting',
  };
  if (t.reply) view.reply = t.reply;
  if (t.departmentAppeal) view.departmentAppeal = t.departmentAppeal;
  if (t.citizen) view.citizen = t.citizen;
  if (t.outcome) {
    view.outcome = t.outcome;
    view.outcomeLabel = TICKET_OUTCOME_LABELS[t.outcome];
  }
  return view;
}

export function evaluationView(e: EvaluationRecord, now: Date): Evaluation {
  const view: Evaluation = {
    id: e.id,
    applicationId: e.applicationId,
    number: e.number,
    itemId: e.itemId,
    itemName: e.itemName,
    department: e.department,
    stage: e.stage,
    level: e.level,
    dimensions: e.dimensions,
    tags: e.tags,
    createdAt: e.createdAt,
  };
  if (e.comment) view.comment = e.comment;
  if (e.changedAt) view.changedAt = e.changedAt;
  if (!changeBlocker(e, now)) view.changeableUntil = changeDeadline(e.createdAt).toISOString();
  if (e.ticket) view.ticket = ticketView(e.ticket);
  return view;
}

function summaryOf(e: EvaluationRecord): EvaluationSummary {
  const row: EvaluationSummary = { id: e.id, applicationId: e.applicationId, number: e.number, itemName: e.itemName, stage: e.stage, level: e.level, createdAt: e.createdAt };
  if (e.changedAt) row.changedAt = e.changedAt;
  if (e.ticket) {
    const t = ticketView(e.ticket);
    row.ticket = { state: t.state, stateLabel: t.stateLabel, dueDate: t.dueDate, awaitsCitizen: t.canConfirm };
    if (t.outcomeLabel) row.ticket.outcomeLabel = t.outcomeLabel;
  }
  return row;
}

/** 我的评价: the citizen's ratings, each ticket settled to now, newest first (办结 before 受理 given together). */
export function evaluationsOf(world: World, userId: string, now: Date): EvaluationSummary[] {
  return evaluationsOfUser(world, userId)
    .map((e) => settleTicket(world, e, now))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || RATING_STAGES.indexOf(b.stage) - RATING_STAGES.indexOf(a.stage))
    .map(summaryOf);
}

/** The citizen's own case, or 404 (another citizen's case is the same 404). */
function ownCase(world: World, userId: string, applicationId: string): ApplicationRecord {
  const record = getApplication(world, userId, applicationId);
  if (!record) throw missing('id', EVALUATION_MESSAGES.caseNotFound);
  return record;
}

/** The citizen's own rating, its ticket settled to now, or 404. */
export function ownEvaluation(world: World, userId: string, id: string, now: Date): EvaluationRecord {
  const e = evaluationCollections(world).evaluations.get(id);
  if (!e || e.userId !== userId) throw missing('id', EVALUATION_MESSAGES.notFound);
  return settleTicket(world, e, now);
}

/** A bad rating needs something to rectify: a problem tag or words. */
function reasonProblems(input: EvaluationChange): void {
  if (isBadLevel(input.level) && input.tags.length === 0 && !input.comment?.trim()) refuse({ comment: EVALUATION_MESSAGES.badNeedsReason });
}

export interface RateOutcome {
  status: 200 | 201;
  evaluation: EvaluationRecord;
}

export function rate(world: World, userId: string, applicationId: string, key: string, input: EvaluationInput, now: Date): RateOutcome {
  const c = evaluationCollections(world);
  const keyId = `k_${sha256(`${userId}\n${key}`)}`;
  const bodyHash = hashOf({ applicationId, input });
  const replay = c.keys.get(keyId);
  if (replay) {
    const earlier = c.evaluations.get(replay.evaluationId);
    if (replay.bodyHash !== bodyHash || !earlier) throw conflict(KEY_FIELD, EVALUATION_MESSAGES.keyReused);
    return { status: 200, evaluation: settleTicket(world, earlier, now) };
  }
  const record = ownCase(world, userId, applicationId);
  const blocker = stageBlockers(record)[input.stage];
  if (blocker) throw conflict('stage', blocker);
  if (evaluationsOfCase(world, applicationId).some((e) => e.stage === input.stage)) {
    throw conflict('stage', EVALUATION_MESSAGES.alreadyRated(RATING_STAGE_LABELS[input.stage]));
  }
  reasonProblems(input);
  const department = handlingDepartment(record);
  const evaluation: EvaluationRecord = {
    id: newId('ev'),
    userId,
    applicationId,
    number: record.number,
    itemId: record.itemId,
    itemName: record.itemName,
    department,
    stage: input.stage,
    level: input.level,
    dimensions: input.dimensions,
    tags: input.tags,
    createdAt: now.toISOString(),
    bodyHash,
  };
  const comment = input.comment?.trim();
  if (comment) evaluation.comment = comment;
  if (isBadLevel(input.level)) evaluation.ticket = openTicket(department, ticketSeed(record.case?.seed ?? 0, input.stage), input.stage, now);
  c.evaluations.put(evaluation.id, evaluation);
  c.keys.put(keyId, { userId, evaluationId: evaluation.id, bodyHash });
  return { status: 201, evaluation };
}

function sameRating(e: EvaluationRecord, input: EvaluationChange): boolean {
  return (
    e.level === input.level &&
    JSON.stringify(e.dimensions) === JSON.stringify(input.dimensions) &&
    JSON.stringify([...e.tags].sort()) === JSON.stringify([...input.tags].sort()) &&
    (e.comment ?? '') === (input.comment?.trim() ?? '')
  );
}

/** One change within the window. A good rating turned bad opens a ticket; a bad one turned good closes it. */
export function change(world: World, userId: string, id: string, input: EvaluationChange, now: Date): EvaluationRecord {
  const e = ownEvaluation(world, userId, id, now);
  // PUT is idempotent: the very change again (a retry after a lost answer) answers the rating as it is
  if (e.changedAt && sameRating(e, input)) return e;
  const blocker = changeBlocker(e, now);
  if (blocker) throw conflict('_', blocker);
  // the one change is not spent on sending the rating as it is
  if (sameRating(e, input)) refuse({ _: EVALUATION_MESSAGES.unchanged }, EVALUATION_MESSAGES.unchanged);
  reasonProblems(input);
  const next: EvaluationRecord = { ...e, level: input.level, dimensions: input.dimensions, tags: input.tags, changedAt: now.toISOString() };
  const comment = input.comment?.trim();
  if (comment) next.comment = comment;
  else delete next.comment;
  const application = getApplication(world, userId, e.applicationId);
  if (isBadLevel(input.level) && !e.ticket) next.ticket = openTicket(e.department, ticketSeed(application?.case?.seed ?? 0, e.stage), e.stage, now);
  if (!isBadLevel(input.level) && e.ticket && e.ticket.state !== 'closed') next.ticket = closeForChangedRating(e.ticket, now);
  evaluationCollections(world).evaluations.put(e.id, next);
  return next;
}

function revisiting(e: EvaluationRecord): TicketRecord {
  if (!e.ticket) throw conflict('_', EVALUATION_MESSAGES.noTicket);
  if (e.ticket.state !== 'revisiting') throw conflict('_', EVALUATION_MESSAGES.notRevisiting);
  return e.ticket;
}

export function confirm(world: World, userId: string, id: string, now: Date): EvaluationRecord {
  const e = ownEvaluation(world, userId, id, now);
  const next = { ...e, ticket: confirmTicket(revisiting(e), now) };
  evaluationCollections(world).evaluations.put(e.id, next);
  return next;
}

export function appeal(world: World, userId: string, id: string, reason: string, now: Date): EvaluationRecord {
  const e = ownEvaluation(world, userId, id, now);
  const next = { ...e, ticket: appealTicket(revisiting(e), reason, now) };
  evaluationCollections(world).evaluations.put(e.id, next);
  return next;
}

export function caseEvaluations(world: World, userId: string, applicationId: string, now: Date): CaseEvaluations {
  const record = ownCase(world, userId, applicationId);
  const given = evaluationsOfCase(world, applicationId)
    .map((e) => settleTicket(world, e, now))
    .sort((a, b) => RATING_STAGES.indexOf(a.stage) - RATING_STAGES.indexOf(b.stage));
  const blockers = stageBlockers(record);
  const open: RatingStage[] = [];
  const notYet: CaseEvaluations['notYet'] = {};
  for (const stage of RATING_STAGES) {
    if (given.some((e) => e.stage === stage)) continue;
    const why = blockers[stage];
    if (why) notYet[stage] = why;
    else open.push(stage);
  }
  return { applicationId, number: record.number, itemName: record.itemName, open, notYet, evaluations: given.map((e) => evaluationView(e, now)) };
}

/**
 * The case page's invitation (never pushed, never a default rating): one `rate` action while a
 * stage that has happened is not rated, the later stage first.
 */
export function rateActions(world: World, record: Pick<ApplicationRecord, 'id' | 'status' | 'case' | 'department'>): CaseAction[] {
  const blockers = stageBlockers(record);
  const rated = new Set(evaluationsOfCase(world, record.id).map((e) => e.stage));
  const open = RATING_STAGES.filter((s) => !blockers[s] && !rated.has(s));
  if (open.length === 0) return [];
  const stage = open.includes('completion') ? 'completion' : 'acceptance';
  return [{ kind: 'rate', text: `欢迎对${RATING_STAGE_LABELS[stage]}作出评价（自愿）` }];
}
