const BJ_OFFSET_MS = 8 * 3_600_000;

/** An ISO instant as Beijing wall time, e.g. 12月2日 10:00 (whatever the device's zone). */
export function beijingTime(iso: string): string {
  const t = new Date(new Date(iso).getTime() + BJ_OFFSET_MS);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${t.getUTCMonth() + 1}月${t.getUTCDate()}日 ${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}`;
}

/** A share as a percentage with one decimal, e.g. 98.2%; a dash when there is nothing to divide. */
export function percent(part: number, whole: number): string {
  return whole > 0 ? `${(Math.round((part / whole) * 1000) / 10).toFixed(1)}%` : '—';
}
