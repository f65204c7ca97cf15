/** The shapes the bench reports in, and the budget check, shared by every measurement. */

export type Status = 'PASS' | 'FAIL' | 'INFO';

export interface Budget {
  op: '<=' | '>=';
  limit: number;
}

export interface Metric {
  name: string;
  value: number;
  unit: string;
  budget?: Budget;
  status: Status;
  note?: string;
}

export interface Section {
  id: string;
  title: string;
  /** false when the measurement could not be made (not when a budget is missed) */
  ok: boolean;
  error?: string;
  ms: number;
  metrics: Metric[];
  /** raw figures for results.json (per-file sizes, failing audits, …) */
  details?: unknown;
}

export function metric(name: string, value: number, unit: string, budget?: Budget, note?: string): Metric {
  const status: Status = !budget ? 'INFO' : (budget.op === '<=' ? value <= budget.limit : value >= budget.limit) ? 'PASS' : 'FAIL';
  return { name, value, unit, budget, status, note };
}

export const kb = (bytes: number): number => Math.round((bytes / 1024) * 10) / 10;

/** Percentile of an ascending-sorted array (nearest-rank). */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

function fmt(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (Number.isInteger(n)) return n.toLocaleString('en-US');
  // 3 significant decimals for small figures (latencies), 1 for the rest; no trailing zeros.
  return String(Number(n.toFixed(Math.abs(n) < 10 ? 3 : 1)));
}

/** A plain-text table: measurement | value | budget | status. */
export function renderTable(sections: Section[]): string {
  const rows: string[][] = [['measurement', 'value', 'budget', 'status']];
  for (const s of sections) {
    if (!s.ok) rows.push([`${s.title}`, '—', '—', `ERROR: ${s.error ?? 'unknown'}`.slice(0, 100)]);
    for (const m of s.metrics) {
      rows.push([
        `${s.title}: ${m.name}`,
        `${fmt(m.value)} ${m.unit}`,
        m.budget ? `${m.budget.op} ${fmt(m.budget.limit)} ${m.unit}` : '',
        m.status + (m.note ? ` (${m.note})` : ''),
      ]);
    }
  }
  // Width by code points so the Chinese-free labels line up; values are ASCII.
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => [...r[c]].length)));
  const line = (r: string[]) => r.map((cell, c) => cell + ' '.repeat(widths[c] - [...cell].length)).join(' │ ');
  const sep = widths.map((w) => '─'.repeat(w)).join('─┼─');
  return [line(rows[0]), sep, ...rows.slice(1).map(line)].join('\n');
}
