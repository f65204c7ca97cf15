/**
 * In-process timing of the nearby query over random points in Chongqing's bounding box:
 *   npx tsx mock/scripts/bench-nearby.ts [iterations]
 * Exports benchNearby() so scripts/bench.ts can reuse it.
 */
import type { HallLevel } from '../../src/shared/api/halls';
import { mulberry32 } from '../halls/prng';
import { HallStore } from '../halls/store';
import type { NearbyQuery } from '../halls/store';

/** Chongqing's extent, roughly (GCJ-02). */
const BOUNDS = { minLat: 28.16, maxLat: 32.2, minLng: 105.28, maxLng: 110.19 };

export interface BenchResult {
  label: string;
  iterations: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export function benchNearby(
  store: HallStore,
  options: { label?: string; iterations?: number; level?: HallLevel; openNow?: boolean; limit?: number; now?: Date } = {},
): BenchResult {
  const iterations = options.iterations ?? 5000;
  const now = options.now ?? new Date('2026-03-04T10:00:00+08:00');
  const rng = mulberry32(42);
  const range = { offset: 0, limit: options.limit ?? 20 };
  const queries: NearbyQuery[] = Array.from({ length: iterations }, () => ({
    lat: BOUNDS.minLat + rng() * (BOUNDS.maxLat - BOUNDS.minLat),
    lng: BOUNDS.minLng + rng() * (BOUNDS.maxLng - BOUNDS.minLng),
    level: options.level,
    openNow: options.openNow,
  }));
  for (let i = 0; i < 500; i++) store.nearby(queries[i % iterations], range, now); // warm up the JIT
  const times = queries.map((q) => {
    const t0 = performance.now();
    store.nearby(q, range, now);
    return performance.now() - t0;
  });
  times.sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 1000) / 1000;
  return {
    label: options.label ?? 'nearby',
    iterations,
    p50Ms: round(percentile(times, 50)),
    p99Ms: round(percentile(times, 99)),
    maxMs: round(times[times.length - 1]),
  };
}

if (require.main === module) {
  const iterations = Number(process.argv[2] ?? 5000);
  const t0 = performance.now();
  const store = new HallStore();
  console.log(`store built in ${Math.round(performance.now() - t0)} ms (${store.halls.length} halls)`);
  const saturday = new Date('2026-03-07T10:00:00+08:00');
  for (const r of [
    benchNearby(store, { label: 'all levels, limit 20', iterations }),
    benchNearby(store, { label: 'all levels, limit 50', iterations, limit: 50 }),
    benchNearby(store, { label: 'village, limit 20', iterations, level: 'village' }),
    benchNearby(store, { label: 'district, limit 20', iterations, level: 'district' }),
    benchNearby(store, { label: 'openNow, Wednesday 10:00', iterations, openNow: true }),
    benchNearby(store, { label: 'openNow, Saturday 10:00 (few open)', iterations, openNow: true, now: saturday }),
  ]) {
    console.log(`${r.label.padEnd(38)} p50 ${r.p50Ms.toFixed(3)} ms  p99 ${r.p99Ms.toFixed(3)} ms  max ${r.maxMs.toFixed(3)} ms  (n=${r.iterations})`);
  }
}
