/**
 * What the evaluations slice keeps, one journaled collection each (a restart keeps it,
 * `world.reset()` forgets it): ratings with their rectification ticket ON the record (a state
 * change and its step are one journal line), and the Idempotency-Keys of rating submissions,
 * keyed by a hash of user and key (never the key itself).
 */
import type { Evaluation, TicketOutcome, TicketState, TicketStep } from '../../src/shared/api/evaluations';
import type { World } from '../world';

/** What the ticket will do next, and when (world time). */
export const TICKET_ACTIONS = ['verified', 'appeal_decided', 'rectified', 'revisit_expired', 'reviewed'] as const;
export type TicketAction = (typeof TICKET_ACTIONS)[number];

export interface TicketRecord {
  id: string;
  department: string;
  state: TicketState;
  openedAt: string;
  dueDate: string;
  /** seeded per case and stage: the department appeals, its outcome, how long 整改 takes */
  seed: number;
  steps: TicketStep[];
  next?: { action: TicketAction; dueAt: string };
  reply?: { at: string; text: string; handler: string };
  departmentAppeal?: { at: string; reason: string; outcome?: 'upheld' | 'rejected'; decidedAt?: string; outcomeText?: string };
  citizen?: { action: 'confirm' | 'appeal'; at: string; reason?: string };
  outcome?: TicketOutcome;
}

/** The rating as the API shows it (its fields written once, in the contract), plus what only the server keeps. */
export interface EvaluationRecord extends Omit<Evaluation, 'changeableUntil' | 'ticket'> {
  userId: string;
  ticket?: TicketRecord;
  /** the body hash of the first submission, for replays of its Idempotency-Key */
  bodyHash: string;
}

export interface EvaluationKeyRecord {
  userId: string;
  evaluationId: string;
  bodyHash: string;
}

export function evaluationCollections(world: World) {
  return {
    evaluations: world.collection<EvaluationRecord>('evaluations'),
    keys: world.collection<EvaluationKeyRecord>('evaluations-idempotency'),
  };
}

/** A citizen's ratings (user index). */
export function evaluationsOfUser(world: World, userId: string): EvaluationRecord[] {
  return evaluationCollections(world).evaluations.lookup('byUser', (e) => e.userId, userId);
}

/** A case's ratings (application index). */
export function evaluationsOfCase(world: World, applicationId: string): EvaluationRecord[] {
  return evaluationCollections(world).evaluations.lookup('byApplication', (e) => e.applicationId, applicationId);
}

/** Ratings whose ticket still has a scheduled step: the only ones settling looks at. */
export function evaluationsWithDueSteps(world: World): EvaluationRecord[] {
  return evaluationCollections(world).evaluations.lookup('ticketPending', (e) => (e.ticket?.next ? 'yes' : 'no'), 'yes');
}
