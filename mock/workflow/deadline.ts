/**
 * The deadline clock of a case, in working days (holidays and 调休 respected):
 * - the promise (承诺时限) counts from the day of acceptance (受理之日), so before acceptance the
 *   promised date is an estimate from today and the state is `not_started`;
 * - while a supplement requested after acceptance is awaited, the count pauses (`paused`), and the
 *   working days it waited are added to the promised date when it is answered;
 * - at risk when one working day or less is left, overdue after the promised date;
 * - once decided: `met` or `missed`.
 */
import type { CaseDeadline } from '../../src/shared/api/cases';
import { addWorkingDays, workingDaysBetween } from '../server/calendar';
import type { CaseState } from './model';

/** Working days excluded by the pauses closed so far (each counts its days waited). */
export function pausedDays(pauses: CaseState['pauses'], today: string): number {
  return pauses.reduce((sum, p) => sum + Math.max(0, workingDaysBetween(p.from, p.to ?? today)), 0);
}

export interface DeadlineInput {
  promisedDays: number;
  acceptedOn?: string;
  pauses: CaseState['pauses'];
  /** Beijing date of the decision, when decided */
  decidedOn?: string;
  /** withdrawn or not accepted: the promise never started */
  ended?: boolean;
}

export function deadlineOf(input: DeadlineInput, today: string): CaseDeadline {
  const { promisedDays, acceptedOn } = input;
  if (!acceptedOn) {
    return { state: 'not_started', promisedDays, promisedDate: addWorkingDays(today, promisedDays), usedDays: 0, daysLeft: promisedDays };
  }
  const open = input.pauses.find((p) => !p.to);
  const until = input.decidedOn ?? today;
  const paused = pausedDays(input.pauses, until);
  const promisedDate = addWorkingDays(acceptedOn, promisedDays + paused);
  const usedDays = Math.max(0, workingDaysBetween(acceptedOn, until) - paused);
  const base = { promisedDays, promisedDate, usedDays };
  if (input.decidedOn) {
    return { ...base, state: input.decidedOn <= promisedDate ? 'met' : 'missed', daysLeft: workingDaysBetween(input.decidedOn, promisedDate) };
  }
  const daysLeft = workingDaysBetween(today, promisedDate);
  if (open) return { ...base, state: 'paused', daysLeft, pausedSince: open.from };
  if (daysLeft < 0) return { ...base, state: 'overdue', daysLeft };
  if (daysLeft <= 1) return { ...base, state: 'at_risk', daysLeft };
  return { ...base, state: 'on_track', daysLeft };
}
