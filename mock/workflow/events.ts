/**
 * What happens to a case, as events other slices listen to (the message centre, subscribe
 * messages, ratings, complaints). Emitted once, after the journal line that made it happen; `at`
 * is the world time the step happened (a clock jump settles many steps at their own times).
 */
import type { ApplicationStatus } from '../../src/shared/api/applications';
import type { World } from '../world';

export const CASE_EVENT_KINDS = [
  'received',
  'handed_over',
  'accepted',
  'supplement_requested',
  'supplement_done',
  'fee_due',
  'approved',
  'refused',
  'not_accepted',
  'withdrawn',
  'certificate_issued',
  'shipped',
  'delivered',
  'pickup_ready',
  'received_confirmed',
  /** the evaluations slice: a department answered a bad rating (rectification ticket moved) */
  'rating_replied',
  /** the complaints slice: the department answered a complaint about the case (`complaint` says which) */
  'complaint_replied',
] as const;
export type CaseEventKind = (typeof CASE_EVENT_KINDS)[number];

export interface CaseEvent {
  kind: CaseEventKind;
  applicationId: string;
  userId: string;
  /** 办件编号 */
  number: string;
  itemId: string;
  itemName: string;
  status: ApplicationStatus;
  /** ISO, world time of the step */
  at: string;
  /** words for the message, e.g. the supplement's materials or the waybill */
  detail?: string;
  /** `complaint_replied`: the complaint answered (its message opens it) */
  complaint?: { id: string; number: string };
}

const listeners = new WeakMap<World, Array<(event: CaseEvent) => void>>();

export function onCaseEvent(world: World, listener: (event: CaseEvent) => void): void {
  const list = listeners.get(world) ?? [];
  list.push(listener);
  listeners.set(world, list);
}

export function emitCaseEvents(world: World, events: readonly CaseEvent[]): void {
  const list = listeners.get(world);
  if (!list) return;
  for (const event of events) for (const listener of list) listener(event);
}
