/**
 * What the complaints slice keeps, one journaled collection each (a restart keeps it,
 * `world.reset()` forgets it): complaints with their steps, replies and the citizen's answers ON
 * the record (a state change and its step are one journal line), and the Idempotency-Keys of
 * complaint submissions, keyed by a hash of user and key (never the key itself).
 */
import type { Application } from '../../src/shared/api/applications';
import type { Complaint } from '../../src/shared/api/complaints';
import { COMPLAINT_STATE_LABELS, isOpenComplaint } from '../../src/shared/api/complaints';
import type { World } from '../world';

/** What the complaint will do next, and when (world time). */
export const COMPLAINT_ACTIONS = ['accepted', 'replied', 'feedback_expired'] as const;
export type ComplaintAction = (typeof COMPLAINT_ACTIONS)[number];

/** The complaint as the API shows it (its fields written once, in the contract), plus what only the server keeps. */
export interface ComplaintRecord extends Omit<Complaint, 'stateLabel' | 'outcomeLabel' | 'canGiveFeedback'> {
  userId: string;
  /** seeded per case and how many complaints it had before: when the department answers */
  seed: number;
  next?: { action: ComplaintAction; dueAt: string };
  /** the body hash of the first submission, for replays of its Idempotency-Key */
  bodyHash: string;
}

export interface ComplaintKeyRecord {
  userId: string;
  complaintId: string;
  bodyHash: string;
}

export function complaintCollections(world: World) {
  return {
    complaints: world.collection<ComplaintRecord>('complaints'),
    keys: world.collection<ComplaintKeyRecord>('complaints-idempotency'),
  };
}

/** A citizen's complaints (user index). */
export function complaintsOfUser(world: World, userId: string): ComplaintRecord[] {
  return complaintCollections(world).complaints.lookup('byUser', (c) => c.userId, userId);
}

/** A case's complaints (application index), oldest first. */
export function complaintsOfCase(world: World, applicationId: string): ComplaintRecord[] {
  return complaintCollections(world)
    .complaints.lookup('byApplication', (c) => c.applicationId, applicationId)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.number.localeCompare(b.number));
}

/** The case's latest complaint, if any. */
export function latestComplaintOfCase(world: World, applicationId: string): ComplaintRecord | undefined {
  return complaintsOfCase(world, applicationId).at(-1);
}

/**
 * The case page's line about its latest complaint, undefined when it has none (the API settles
 * every due complaint before each request, so its state is as of now).
 */
export function caseComplaint(world: World, applicationId: string): Application['complaint'] {
  const c = latestComplaintOfCase(world, applicationId);
  return c && { id: c.id, number: c.number, state: c.state, stateLabel: COMPLAINT_STATE_LABELS[c.state] };
}

/** Complaints numbered on one Beijing day, by the number's `TS` + yyyymmdd, for the day's sequence. */
export function complaintsNumberedOn(world: World, dayPrefix: string): ComplaintRecord[] {
  return complaintCollections(world).complaints.lookup('byDay', (c) => c.number.slice(0, 10), dayPrefix);
}

/** Complaints not yet 已办结 (the command centre's count). */
export function openComplaintsOf(world: World): ComplaintRecord[] {
  return complaintCollections(world).complaints.lookup('open', (c) => (isOpenComplaint(c.state) ? 'yes' : 'no'), 'yes');
}

/** Complaints with a scheduled step: the only ones settling looks at. */
export function complaintsWithDueSteps(world: World): ComplaintRecord[] {
  return complaintCollections(world).complaints.lookup('pending', (c) => (c.next ? 'yes' : 'no'), 'yes');
}
