/**
 * Calendar dates as the server writes them (`YYYY-MM-DD`, Beijing), stepped without time zones:
 * the booking window comes from the server's clock (a hall's `today` and a SlotDay's
 * `lastBookableDate`), never from the phone's.
 */
export function nextDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1, d + 1));
  return t.toISOString().slice(0, 10);
}

/** from … to, both included; at most `max` dates (a safety bound on a malformed answer). */
export function datesBetween(from: string, to: string, max = 31): string[] {
  const out: string[] = [];
  for (let d = from; d <= to && out.length < max; d = nextDate(d)) out.push(d);
  return out;
}

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];

/** 12月3日 周四 */
export function dateLabel(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return `${m}月${d}日 周${WEEKDAYS[weekday]}`;
}
