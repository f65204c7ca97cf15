/**
 * In-process latency of the nearby query (kd-tree search + shaping 20 results) over every hall,
 * at random points inside Chongqing's bounding box, for all levels together and each level alone.
 * Same seed every run so runs compare; a warm-up pass first so JIT compilation is not measured.
 */
import { HALL_LEVELS } from '../../src/shared/api/halls';
import type { HallLevel } from '../../src/shared/api/halls';
import { HallStore } from '../../mock/halls/store';
import { mulberry32 as prng } from '../../mock/halls/prng';
import type { Section } from './report';
import { metric, percentile } from './report';

const BUDGET_P99_MS = 5;
/** Chongqing municipality, roughly (GCJ-02 degrees). Corners fall outside the city: fine, a query still answers. */
const BOX = { latMin: 28.16, latMax: 32.2, lngMin: 105.29, lngMax: 110.19 };


export async function measureNearbyLatency(points: number, now: Date): Promise<Omit<Section, 'ms'>> {
  const t0 = performance.now();
  const store = new HallStore();
  const buildMs = performance.now() - t0;
  const random = prng(20261202);
  const pts = Array.from({ length: points }, () => ({
    lat: BOX.latMin + random() * (BOX.latMax - BOX.latMin),
    lng: BOX.lngMin + random() * (BOX.lngMax - BOX.lngMin),
  }));

  const run = (level: HallLevel | undefined, openNow = false): number[] => {
    const times = new Array<number>(pts.length);
    for (let i = 0; i < pts.length; i++) {
      const start = performance.now();
      const result = store.nearby({ ...pts[i], level, openNow }, { offset: 0, limit: 20 }, now);
      times[i] = performance.now() - start;
      if (result.items.length === 0) throw new Error(`no halls near ${pts[i].lat},${pts[i].lng} (${level ?? 'all'})`);
    }
    return times.sort((a, b) => a - b);
  };

  run(undefined); // warm-up
  const variants: Array<{ label: string; level?: HallLevel; openNow?: boolean }> = [
    { label: 'all levels' },
    ...HALL_LEVELS.map((level) => ({ label: level, level })),
    { label: 'all levels, openNow', openNow: true },
  ];
  const metrics = [];
  const details: Record<string, { p50: number; p90: number; p99: number; max: number }> = {};
  for (const v of variants) {
    const t = run(v.level, v.openNow);
    const r = (x: number) => Math.round(x * 1000) / 1000;
    details[v.label] = { p50: r(percentile(t, 50)), p90: r(percentile(t, 90)), p99: r(percentile(t, 99)), max: r(t[t.length - 1]) };
    metrics.push(metric(`${v.label} p50`, details[v.label].p50, 'ms'));
    metrics.push(metric(`${v.label} p99`, details[v.label].p99, 'ms', { op: '<=', limit: BUDGET_P99_MS }));
  }
  return {
    id: 'nearby-latency',
    title: 'nearby query (in-process)',
    ok: true,
    metrics: [metric('halls indexed', store.halls.length, 'halls', undefined, `store built in ${Math.round(buildMs)} ms`), ...metrics],
    details: { halls: store.halls.length, points, buildMs: Math.round(buildMs), percentiles: details },
  };
}
