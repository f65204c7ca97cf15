import type { DaySchedule, HallLevel, TimeRange } from '../api/halls';

/** Display helpers for halls. Pure: used by the app and by tests. */

export const LEVEL_LABEL: Record<HallLevel, string> = {
  city: '市级',
  district: '区县级',
  township: '乡镇(街道)',
  village: '村(社区)',
};

/** 86 → "86m", 1234 → "1.2km", 23456 → "23km": precision a walker or driver can use. */
export function formatDistance(meters: number): string {
  if (!Number.isFinite(meters) || meters < 0) return '';
  if (meters < 1000) return `${Math.round(meters)}m`;
  const km = meters / 1000;
  return km < 10 ? `${km.toFixed(1)}km` : `${Math.round(km)}km`;
}

/** Spoken form for screen readers: "1.2 公里" rather than "1.2km". */
export function describeDistance(meters: number): string {
  if (meters < 1000) return `${Math.round(meters)} 米`;
  const km = meters / 1000;
  return `${km < 10 ? km.toFixed(1) : Math.round(km)} 公里`;
}

export function formatRanges(ranges: TimeRange[]): string {
  return ranges.map((r) => `${r.start}-${r.end}`).join('，');
}

/** "09:00-12:00，13:30-17:30" or "休息（国庆节）". */
export function formatDayHours(day: DaySchedule): string {
  if (day.ranges.length === 0) {
    return day.kind === 'holiday' ? `休息（${day.holidayName ?? '法定节假日'}）` : '休息';
  }
  const hours = formatRanges(day.ranges);
  return day.kind === 'adjusted_workday' ? `${hours}（调休上班）` : hours;
}

const WEEKDAY = ['', '周一', '周二', '周三', '周四', '周五', '周六', '周日'];
export function weekdayLabel(weekday: number): string {
  return WEEKDAY[weekday] ?? '';
}

/** "12 人排队，约 20 分钟" / "无需排队". */
export function formatQueue(waiting: number, minutes: number): string {
  if (waiting <= 0) return '无需排队';
  return `${waiting} 人排队，约 ${minutes} 分钟`;
}
