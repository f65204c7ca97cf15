/**
 * Working time: the back office of a Chongqing hall works 9:00–12:00 and 14:00–17:30 Beijing time
 * on working days (calendar.ts: holidays off, 调休 weekend days on). A workflow step that "takes
 * two working hours" started at 11:30 ends at 15:30; one started on the Friday before 国庆节 ends
 * after the holiday. Everything is Beijing wall time (UTC+8, no DST), whatever the machine's TZ.
 */
import { addDays, isWorkday, pad2 } from './calendar';

const BJ_OFFSET_MS = 8 * 60 * 60 * 1000;
const MINUTE_MS = 60_000;

/** Minutes after Beijing midnight: [start, end) of each working period. */
export const WORKING_PERIODS: ReadonlyArray<readonly [number, number]> = [
  [9 * 60, 12 * 60],
  [14 * 60, 17 * 60 + 30],
];

/** Working minutes in a working day (330). */
export const WORKING_MINUTES_PER_DAY = WORKING_PERIODS.reduce((sum, [from, to]) => sum + (to - from), 0);

/** The Beijing calendar date (`YYYY-MM-DD`) of an instant. */
export function beijingDate(at: Date): string {
  const t = new Date(at.getTime() + BJ_OFFSET_MS);
  return `${t.getUTCFullYear()}-${pad2(t.getUTCMonth() + 1)}-${pad2(t.getUTCDate())}`;
}

/** Minutes after Beijing midnight of an instant. */
function beijingMinutes(at: Date): number {
  const t = new Date(at.getTime() + BJ_OFFSET_MS);
  return t.getUTCHours() * 60 + t.getUTCMinutes() + t.getUTCSeconds() / 60 + t.getUTCMilliseconds() / 60_000;
}

/** The instant of a Beijing date at `minutes` after its midnight. */
export function beijingInstant(date: string, minutes: number): Date {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d) - BJ_OFFSET_MS + Math.round(minutes * MINUTE_MS));
}

/**
 * `minutes` of working time after `from`: time outside the periods and on days off does not count.
 * 0 minutes from outside working time gives the start of the next period.
 */
export function addWorkingMinutes(from: Date, minutes: number): Date {
  if (!(Number.isFinite(minutes) && minutes >= 0)) throw new RangeError(`working minutes must be ≥ 0, got ${minutes}`);
  let date = beijingDate(from);
  let at = beijingMinutes(from);
  let left = minutes;
  for (let guard = 0; guard < 100_000; guard += 1) {
    if (isWorkday(date)) {
      for (const [start, end] of WORKING_PERIODS) {
        if (at >= end) continue;
        const begin = Math.max(at, start);
        if (begin + left <= end) return beijingInstant(date, begin + left);
        left -= end - begin;
        at = end;
      }
    }
    date = addDays(date, 1);
    at = 0;
  }
  throw new RangeError('working time did not end within 100,000 days');
}

/** True while the back office works (a working day, inside a period). */
export function isWorkingTime(at: Date): boolean {
  if (!isWorkday(beijingDate(at))) return false;
  const minutes = beijingMinutes(at);
  return WORKING_PERIODS.some(([start, end]) => minutes >= start && minutes < end);
}
