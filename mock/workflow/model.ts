/**
 * The workflow's state of one case, kept ON the application record (`ApplicationRecord.case`), so
 * a status change and its step record are one journal line: a kill never leaves a status without
 * its node, or a node without its status.
 */
import type { CaseResult, CaseStep, Pickup, ShipmentStage, SupplementRequest } from '../../src/shared/api/cases';
import type { HallLevel } from '../../src/shared/api/halls';

/**
 * What the seed decided for this case, so a demo repeats: most are approved in time; some get a
 * supplement request first; a few are refused; a few run past their promise (red on the big screen).
 */
export const CASE_OUTCOMES = ['approve', 'supplement', 'refuse', 'late'] as const;
export type CaseOutcome = (typeof CASE_OUTCOMES)[number];

/** One hall or department on the case's way up, from where it was filed to where it is decided. */
export interface RouteNode {
  role: 'intake' | 'relay' | 'decide';
  level: HallLevel;
  /** the hall's id (= its division code) */
  hallId: string;
  /** the hall, or for `decide` the item's department */
  department: string;
}

/** What the engine will do next, and when (world time). */
export const ENGINE_ACTIONS = ['handover', 'accept', 'decide', 'make', 'ship', 'supplement_expired', 'fee_expired'] as const;
export type EngineAction = (typeof ENGINE_ACTIONS)[number];

export interface Scheduled {
  action: EngineAction;
  dueAt: string;
}

export interface ShipmentRecord {
  carrier: string;
  waybill: string;
  stage: ShipmentStage;
  events: Array<{ stage: ShipmentStage; at: string; text: string }>;
  /** the delivery address id at the time (can change before 揽收) */
  addressId: string;
  receivedAt?: string;
}

export interface CaseState {
  seed: number;
  outcome: CaseOutcome;
  route: RouteNode[];
  /** index into `route` of the node holding the case */
  at: number;
  steps: CaseStep[];
  next?: Scheduled;
  /** the case waits for the citizen (a supplement) or their fee, not for the clock */
  waitingFor?: 'supplement' | 'fee';
  /** Beijing date of 受理: the promise counts from here */
  acceptedOn?: string;
  /** supplement waits after acceptance, Beijing dates: excluded from the count */
  pauses: Array<{ from: string; to?: string }>;
  supplements: SupplementRequest[];
  /** working minutes of review still to run (kept across a supplement during review) */
  reviewLeft?: number;
  result?: CaseResult;
  shipment?: ShipmentRecord;
  pickup?: Pickup;
}
