/**
 * Opening rules of halls. Pure: the clock is always passed in (the world's clock, by the
 * routes); holidays and 调休 come from the one working-day calendar (server/calendar.ts).
 * Everything is computed in Beijing time (UTC+8, no DST) whatever the machine's TZ, because
 * halls keep Beijing hours and tests/CI may run anywhere.
 */
import type { DaySchedule, TimeRange, WeeklyHours } from '../../src/shared/api/halls';
import type { CalendarDay } from '../server/calendar';
import { addDays, calendarDay, pad2, weekdayOf } from '../server/calendar';

const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000;

/** A moment as a Beijing wall clock. */
export interface BeijingTime {
  /** `YYYY-MM-DD` */
  date: string;
  /** 1 = Monday … 7 = Sunday */
  weekday: number;
  /** minutes since Beijing midnight */
  minutes: number;
}

export function toBeijingTime(now: Date): BeijingTime {
  // Shifting by +8 h and reading the UTC fields gives the Beijing wall clock on any TZ.
  const shifted = new Date(now.getTime() + BEIJING_OFFSET_MS);
  const utcDay = shifted.getUTCDay(); // 0 = Sunday
  return {
    date: `${shifted.getUTCFullYear()}-${pad2(shifted.getUTCMonth() + 1)}-${pad2(shifted.getUTCDate())}`,
    weekday: utcDay === 0 ? 7 : utcDay,
    minutes: shifted.getUTCHours() * 60 + shifted.getUTCMinutes(),
  };
}

/** `HH:mm` → minutes since midnight. */
export function parseHm(hm: string): number {
  const [h, m] = hm.split(':').map(Number);
  return h * 60 + m;
}

/** Ranges in force on a date: none on holidays, Monday's on 调休 working weekends. */
export function rangesFor(hours: WeeklyHours, weekday: number, day: CalendarDay): TimeRange[] {
  if (day.kind === 'holiday') return [];
  // Adjusted working days follow a normal working day; Monday stands for Monday–Friday.
  if (day.kind === 'adjusted_workday') return hours.days[0];
  return hours.days[weekday - 1];
}

export function daySchedule(hours: WeeklyHours, date: string): DaySchedule {
  const weekday = weekdayOf(date);
  const day = calendarDay(date);
  const schedule: DaySchedule = { date, weekday, kind: day.kind, ranges: rangesFor(hours, weekday, day) };
  if (day.holidayName) schedule.holidayName = day.holidayName;
  return schedule;
}

type MinuteRanges = Array<[start: number, end: number]>;
// Keyed by the ranges array, which hours templates share: the openNow filter of a nearby query
// calls this for thousands of halls and must not re-parse `HH:mm` strings each time.
const minuteCache = new WeakMap<readonly TimeRange[], MinuteRanges>();

function minuteRanges(ranges: readonly TimeRange[]): MinuteRanges {
  let m = minuteCache.get(ranges);
  if (!m) {
    m = ranges.map((r): [number, number] => [parseHm(r.start), parseHm(r.end)]);
    minuteCache.set(ranges, m);
  }
  return m;
}

/** Start inclusive, end exclusive: at 12:00 a 09:00–12:00 range is already closed (lunch). */
export function isWithin(ranges: readonly TimeRange[], minutes: number): boolean {
  for (const [start, end] of minuteRanges(ranges)) if (minutes >= start && minutes < end) return true;
  return false;
}

/** The one opening rule; openNow() and the store's per-request checks both go through it. */
export function isOpenAt(hours: WeeklyHours, bj: BeijingTime, day: CalendarDay): boolean {
  return isWithin(rangesFor(hours, bj.weekday, day), bj.minutes);
}

export function todaySchedule(hall: { weeklyHours: WeeklyHours }, now: Date): DaySchedule {
  return daySchedule(hall.weeklyHours, toBeijingTime(now).date);
}

export function openNow(hall: { weeklyHours: WeeklyHours }, now: Date): boolean {
  const bj = toBeijingTime(now);
  return isOpenAt(hall.weeklyHours, bj, calendarDay(bj.date));
}

/** Today and the six days after it. */
export function weekSchedule(hall: { weeklyHours: WeeklyHours }, now: Date): DaySchedule[] {
  const today = toBeijingTime(now).date;
  return Array.from({ length: 7 }, (_, i) => daySchedule(hall.weeklyHours, addDays(today, i)));
}
