/** Dates in words. Pure: used by the app and by tests. */

/** 2026-12-09 → 2026年12月9日 */
export function dateWords(date: string): string {
  const [y, m, d] = date.slice(0, 10).split('-').map(Number);
  return `${y}年${m}月${d}日`;
}
