/**
 * Bookable slots of a hall. Pure apart from the bookings passed in: the clock is an argument.
 *
 * - Only working days (server/calendar.ts: public holidays closed, 调休 weekend days open with
 *   the hall's Monday hours), within the hall's hours that date; a lunch break is the gap
 *   between two ranges, so no slot covers it.
 * - 30-minute slots, each wholly inside one range (09:00–11:30 gives 09:00 … 11:00).
 * - Capacity per slot by hall level (SLOT_CAPACITY): city 6, district 4, township 2, village 1,
 *   roughly the windows each level has for booked visitors; remaining = capacity − active bookings.
 * - Window: from the first slot starting after now (world clock) up to 7 working days after
 *   today (BOOKING_WINDOW_WORKING_DAYS): `lastBookableDate = addWorkingDays(today, 7)`.
 */
import type { Slot, SlotDay } from '../../src/shared/api/applications';
import type { HallLevel } from '../../src/shared/api/halls';
import { weekdayLabel } from '../../src/shared/format/hall';
import type { Hall } from '../halls/generate';
import { daySchedule, parseHm, toBeijingTime } from '../halls/opening';
import { addWorkingDays, isWorkday, pad2, weekdayOf } from '../server/calendar';

export const SLOT_MINUTES = 30;
export const BOOKING_WINDOW_WORKING_DAYS = 7;
export const SLOT_CAPACITY: Record<HallLevel, number> = { city: 6, district: 4, township: 2, village: 1 };

function hm(minutes: number): string {
  return `${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`;
}

/** 2026年12月3日（周四） */
export function dateWords(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日（${weekdayLabel(weekdayOf(date))}）`;
}

/** The moment a Beijing wall-clock time starts. */
export function beijingInstant(date: string, time: string): Date {
  return new Date(`${date}T${time}:00+08:00`);
}

export interface BookingWindow {
  today: string;
  lastBookableDate: string;
}

export function bookingWindow(now: Date): BookingWindow {
  const today = toBeijingTime(now).date;
  return { today, lastBookableDate: addWorkingDays(today, BOOKING_WINDOW_WORKING_DAYS) };
}

/** The allowed range in words, for a date outside it. */
export function windowWords(window: BookingWindow): string {
  return `可预约日期为${dateWords(window.today)}至${dateWords(window.lastBookableDate)}（今天起 ${BOOKING_WINDOW_WORKING_DAYS} 个工作日内）`;
}

/** Every 30-minute slot of the hall's hours that date, ignoring the clock and bookings. */
export function slotTimes(hall: Pick<Hall, 'weeklyHours'>, date: string): Array<{ start: string; end: string }> {
  if (!isWorkday(date)) return [];
  const out: Array<{ start: string; end: string }> = [];
  for (const range of daySchedule(hall.weeklyHours, date).ranges) {
    const end = parseHm(range.end);
    for (let t = parseHm(range.start); t + SLOT_MINUTES <= end; t += SLOT_MINUTES) out.push({ start: hm(t), end: hm(t + SLOT_MINUTES) });
  }
  return out;
}

/** Why a date in the window has no slots, in words; undefined when it has some. */
function closedReasonOf(hall: Pick<Hall, 'weeklyHours'>, date: string, allTimes: number, left: number): string | undefined {
  const schedule = daySchedule(hall.weeklyHours, date);
  if (schedule.kind === 'holiday') return `${schedule.holidayName ?? '法定节假日'}放假，大厅不接受预约`;
  if (!isWorkday(date)) return `${weekdayLabel(schedule.weekday)}不是工作日，大厅不接受预约`;
  if (allTimes === 0) return '大厅当天不对外办公';
  if (left === 0) return '当天可预约的时段已过，请选择其他日期';
  return undefined;
}

/**
 * The hall's slots on a date in the window: those starting after now, each with what is left.
 * `booked(start)` counts active bookings of that slot.
 */
export function slotDay(hall: Pick<Hall, 'id' | 'level' | 'weeklyHours'>, date: string, now: Date, booked: (start: string) => number): SlotDay {
  const window = bookingWindow(now);
  const capacity = SLOT_CAPACITY[hall.level];
  const all = slotTimes(hall, date);
  const slots: Slot[] = all
    .filter((t) => beijingInstant(date, t.start).getTime() > now.getTime())
    .map((t) => ({ ...t, capacity, remaining: Math.max(0, capacity - booked(t.start)) }));
  const day: SlotDay = { hallId: hall.id, date, slots, lastBookableDate: window.lastBookableDate };
  const reason = closedReasonOf(hall, date, all.length, slots.length);
  if (reason) day.closedReason = reason;
  return day;
}
