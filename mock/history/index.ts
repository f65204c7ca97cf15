/**
 * SAMPLE history of past cases per item, generated from a seed (the item's id and the period),
 * nothing typed by hand: how many cases were decided in the period, each one's accepted and decided
 * dates in working days against the promise, whether the citizen rated it (voluntary: about two in
 * three), with which level, and for bad ratings whether 整改 was finished, confirmed, or the
 * department's appeal upheld. Each department has its own seeded punctuality and its items share it.
 *
 * The published figures (`GET /items/:id/performance`) are computed from these rows, lazily per item
 * and period on first request and cached for the process (rows are pure functions of the seed, so
 * every world shares them); nothing is generated at server start.
 */
import type { ItemPerformance, RatingLevel } from '../../src/shared/api/evaluations';
import { RATING_LEVELS, RECTIFY_WORKING_DAYS, isBadLevel } from '../../src/shared/api/evaluations';
import type { ItemSummary } from '../../src/shared/api/catalog';
import { hashString, mulberry32 } from '../halls/prng';
import { addDays, isWorkday, pad2 } from '../server/calendar';
import { beijingDate } from '../server/working-time';
import type { World } from '../world';

export interface HistoryRow {
  acceptedOn: string;
  decidedOn: string;
  /** working days from acceptance to decision */
  usedDays: number;
  rating?: {
    level: RatingLevel;
    ratedOn: string;
    /** bad ratings only */
    ticket?: { rectified: boolean; confirmed: boolean; appealUpheld: boolean };
  };
}

export interface Period {
  from: string;
  to: string;
}

/** The 12 full calendar months before the month of `now` (Beijing). */
export function historyPeriod(now: Date): Period {
  const [y, m] = beijingDate(now).split('-').map(Number);
  const to = addDays(`${y}-${pad2(m)}-01`, -1);
  const from = `${y - 1}-${pad2(m)}-01`;
  return { from, to };
}

const workdayCache = new Map<string, string[]>();

/** The working days of a period, in order (computed once per period). */
function workdaysOf(period: Period): string[] {
  const key = `${period.from}|${period.to}`;
  let days = workdayCache.get(key);
  if (!days) {
    days = [];
    for (let d = period.from; d <= period.to; d = addDays(d, 1)) if (isWorkday(d)) days.push(d);
    workdayCache.set(key, days);
  }
  return days;
}

const SIZE_BY_LEVEL: Record<ItemSummary['level'], [number, number]> = {
  city: [120, 600],
  district: [30, 220],
  township: [8, 60],
  village: [3, 30],
};

type ItemFacts = Pick<ItemSummary, 'id' | 'department' | 'level' | 'promisedDays'>;

/** The seeded rows of one item's period, in order of acceptance. */
export function historyOf(item: ItemFacts, period: Period): HistoryRow[] {
  const rng = mulberry32(hashString(`${item.id}|${period.from}|${period.to}|history`));
  // the department's punctuality: share of late cases between 1 % and 12 %
  const lateShare = 0.01 + mulberry32(hashString(`${item.department}|punctuality`))() * 0.11;
  const [min, max] = SIZE_BY_LEVEL[item.level];
  const count = min + Math.floor(rng() * (max - min + 1));
  const workdays = workdaysOf(period);
  const rows: HistoryRow[] = [];
  for (let i = 0; i < count; i += 1) {
    const start = Math.floor(rng() * workdays.length);
    const late = rng() < lateShare;
    const promised = item.promisedDays;
    const usedDays = late ? promised + 1 + Math.floor(rng() * 5) : Math.round(promised * (0.3 + rng() * 0.7));
    // still running at the period's end: not in the sample
    if (start + usedDays >= workdays.length) continue;
    const row: HistoryRow = { acceptedOn: workdays[start], decidedOn: workdays[start + usedDays], usedDays };
    if (rng() < 0.66) {
      const level = levelFor(rng(), late);
      const rated = Math.min(start + usedDays + Math.floor(rng() * 3), workdays.length - 1);
      row.rating = { level, ratedOn: workdays[rated] };
      if (isBadLevel(level)) {
        const upheld = rng() < 0.08;
        // 整改 due 5 working days after the rating: within the period, or still in progress
        const rectified = !upheld && rated + RECTIFY_WORKING_DAYS < workdays.length && rng() < 0.95;
        row.rating.ticket = { rectified, confirmed: rectified && rng() < 0.8, appealUpheld: upheld };
      }
    }
    rows.push(row);
  }
  return rows.sort((a, b) => a.acceptedOn.localeCompare(b.acceptedOn));
}

/** On time: mostly 非常满意/满意; late: far more bad ratings. */
function levelFor(r: number, late: boolean): RatingLevel {
  const cumulative = late ? [0.15, 0.35, 0.6, 0.85, 1] : [0.62, 0.9, 0.975, 0.993, 1];
  return RATING_LEVELS[cumulative.findIndex((c) => r < c)];
}

/** The published figures of seeded rows: counts, not one inflated percentage. */
export function figuresOf(itemId: string, promisedDays: number, period: Period, rows: readonly HistoryRow[]): ItemPerformance {
  const levels = Object.fromEntries(RATING_LEVELS.map((l) => [l, 0])) as Record<RatingLevel, number>;
  const bad = { total: 0, rectified: 0, confirmed: 0, appealUpheld: 0, inProgress: 0 };
  let onTime = 0;
  let used = 0;
  let rated = 0;
  for (const row of rows) {
    if (row.usedDays <= promisedDays) onTime += 1;
    used += row.usedDays;
    const rating = row.rating;
    if (!rating) continue;
    rated += 1;
    if (rating.ticket?.appealUpheld) {
      bad.appealUpheld += 1;
      continue; // shown, not counted in the spread
    }
    levels[rating.level] += 1;
    if (!rating.ticket) continue;
    bad.total += 1;
    if (rating.ticket.rectified) bad.rectified += 1;
    else bad.inProgress += 1;
    if (rating.ticket.confirmed) bad.confirmed += 1;
  }
  return {
    itemId,
    period,
    cases: rows.length,
    promisedDays,
    onTime,
    averageWorkingDays: rows.length ? Math.round((used / rows.length) * 10) / 10 : 0,
    ratings: { total: rated, levels, bad },
    sample: true,
  };
}

const cache = new Map<string, ItemPerformance>();
const CACHE_MAX = 5000;

/** An item's figures for the period before `now`; undefined for an unknown item. */
export function itemPerformance(world: World, itemId: string, now: Date): ItemPerformance | undefined {
  const period = historyPeriod(now);
  const key = `${itemId}|${period.to}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const item = world.catalog.summary(itemId);
  if (!item) return undefined;
  const figures = figuresOf(item.id, item.promisedDays, period, historyOf(item, period));
  if (cache.size >= CACHE_MAX) cache.delete(cache.keys().next().value as string);
  cache.set(key, figures);
  return figures;
}
