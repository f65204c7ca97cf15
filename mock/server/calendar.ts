/**
 * The working-day calendar: China's public holidays and 调休 working weekend days, from the
 * official tables shipped by chinese-days. Used by opening hours now and by deadlines
 * (承诺时限 in working days) next. Dates are Beijing calendar dates, `YYYY-MM-DD`, so nothing
 * here depends on the machine's TZ.
 *
 * Years after the newest chinese-days table (2026 in 1.5.7) fall back to the statutory holidays of
 * 《全国年节及纪念日放假办法》 (国务院令第798号; statutory-holidays.ts): 元旦 1 day, 春节 4 (除夕 to
 * 正月初三), 清明 1, 劳动节 2, 端午 1, 中秋 1, 国庆节 3, with the usual names. No 调休 working
 * weekend day or 补假 weekday is guessed, so such a year is an estimate until the State Council's
 * notice (usually November) reaches chinese-days: isProvisional(date) says so for every date in it.
 */
// Read as data: chinese-days' getDayDetail() mixes local and UTC dates and answers for the wrong
// day on machines west of UTC (seen with TZ=America/Los_Angeles); the date-keyed tables are TZ-free.
import chineseDays from 'chinese-days/dist/chinese-days.json';
import type { DayKind } from '../../src/shared/api/halls';
import { statutoryHolidays } from './statutory-holidays';

const DAY_MS = 24 * 60 * 60 * 1000;

export function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** `YYYY-MM-DD` of a UTC-midnight epoch. */
function isoDate(ms: number): string {
  const t = new Date(ms);
  return `${t.getUTCFullYear()}-${pad2(t.getUTCMonth() + 1)}-${pad2(t.getUTCDate())}`;
}

function epochOf(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y, m - 1, d);
}

/** `YYYY-MM-DD` plus n calendar days. */
export function addDays(date: string, n: number): string {
  return isoDate(epochOf(date) + n * DAY_MS);
}

/** 1 = Monday … 7 = Sunday, for a `YYYY-MM-DD` date. */
export function weekdayOf(date: string): number {
  const day = new Date(epochOf(date)).getUTCDay();
  return day === 0 ? 7 : day;
}

export interface CalendarDay {
  kind: DayKind;
  /** Chinese name of the holiday, e.g. 国庆节 */
  holidayName?: string;
}

/** `English,中文,days` (e.g. `National Day,国庆节,3`) → 国庆节 */
function holidayNameOf(entry: string): string | undefined {
  return entry.split(',')[1];
}

const holidays: Record<string, string> = chineseDays.holidays;
const workdays: Record<string, string> = chineseDays.workdays;

/** The newest year with an official table. */
const LAST_OFFICIAL_YEAR = Math.max(...Object.keys(holidays).map((date) => Number(date.slice(0, 4))));

/** Statutory holidays (date → name) of years past the tables, built on first use. */
const fallbackByYear = new Map<number, Map<string, string>>();

function fallbackHoliday(year: number, date: string): string | undefined {
  let days = fallbackByYear.get(year);
  if (!days) {
    days = statutoryHolidays(year);
    fallbackByYear.set(year, days);
  }
  return days.get(date);
}

/**
 * True for dates after the newest official table: their holidays are the statutory ones, and the
 * State Council's 调休 working weekends and 补假 days are not known yet.
 */
export function isProvisional(date: string): boolean {
  return Number(date.slice(0, 4)) > LAST_OFFICIAL_YEAR;
}

/**
 * What the official calendar says about a date: a statutory holiday (including weekdays given
 * off in lieu, which chinese-days lists among the holidays), a 调休 working weekend day, or a
 * regular day. Past the tables, the statutory holidays only (see isProvisional).
 */
export function calendarDay(date: string): CalendarDay {
  if (isProvisional(date)) {
    const name = fallbackHoliday(Number(date.slice(0, 4)), date);
    return name === undefined ? { kind: 'regular' } : { kind: 'holiday', holidayName: name };
  }
  const holiday = holidays[date];
  if (holiday !== undefined) return { kind: 'holiday', holidayName: holidayNameOf(holiday) };
  const workday = workdays[date];
  if (workday !== undefined && weekdayOf(date) >= 6) {
    return { kind: 'adjusted_workday', holidayName: holidayNameOf(workday) };
  }
  return { kind: 'regular' };
}

/** The holiday (or the holiday a 调休 day makes up for) of a date, e.g. 国庆节. */
export function holidayName(date: string): string | undefined {
  return calendarDay(date).holidayName;
}

/** Monday–Friday unless a holiday, plus 调休 working weekend days. */
export function isWorkday(date: string): boolean {
  const day = calendarDay(date);
  if (day.kind === 'holiday') return false;
  return day.kind === 'adjusted_workday' || weekdayOf(date) <= 5;
}

/** The n-th working day after `date` (n ≥ 0; 0 is `date` itself), as 承诺时限 count. */
export function addWorkingDays(date: string, n: number): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`working days must be a whole number ≥ 0, got ${n}`);
  let day = date;
  for (let left = n; left > 0; ) {
    day = addDays(day, 1);
    if (isWorkday(day)) left -= 1;
  }
  return day;
}

/** Working days in (from, to]: addWorkingDays(from, n) = to ⇒ workingDaysBetween(from, to) = n. */
export function workingDaysBetween(from: string, to: string): number {
  if (to < from) return -workingDaysBetween(to, from);
  let count = 0;
  for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) if (isWorkday(day)) count += 1;
  return count;
}
