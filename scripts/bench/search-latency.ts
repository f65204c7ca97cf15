/**
 * In-process latency of catalog search as the app asks it: `GET /api/items?q=` over every item
 * instance (city items, 38 × 342 district instances, township and village items), both as the
 * flat instance list and grouped to one row per item for the citizen's own division, plus
 * suggestions as you type. Queries mix everyday words, pinyin, initials, substrings of real
 * names and prefixes; same seed every run; a warm-up pass first.
 */
import { CatalogStore } from '../../mock/catalog/store';
import { HallStore } from '../../mock/halls/store';
import { mulberry32 as prng } from '../../mock/halls/prng';
import type { Section } from './report';
import { metric, percentile } from './report';

const BUDGET_P95_MS = 10;
const EVERYDAY = ['社保卡', '身份证', '开公司', '驾照', '上户口', '过户', '公积金', '低保', '护照', '结婚', 'sbk', 'gjj', 'shebao', 'jiashizheng', '食品', '施工许可', '超限运输', '营业执照', '残疾证', '失业金'];
const NEAR = ['500243106200', '500107', '500236001001', undefined];
const FIRST_PAGE = { offset: 0, limit: 20 };


export async function measureSearchLatency(count: number): Promise<Omit<Section, 'ms'>> {
  const t0 = performance.now();
  const catalog = new CatalogStore(new HallStore());
  const buildMs = performance.now() - t0;
  const random = prng(20261127);
  const names = catalog.basics.map((b) => b.spec.name);
  const queries = Array.from({ length: count }, (_, i) => {
    if (i % 3 === 0) return EVERYDAY[Math.floor(random() * EVERYDAY.length)];
    const name = names[Math.floor(random() * names.length)];
    const start = Math.floor(random() * Math.max(1, name.length - 2));
    return name.slice(start, start + 2 + Math.floor(random() * 3));
  });

  const time = (fn: (q: string, i: number) => unknown): number[] => {
    const t = queries.map((q, i) => {
      const s = performance.now();
      fn(q, i);
      return performance.now() - s;
    });
    return t.sort((a, b) => a - b);
  };
  const flat = (q: string) => catalog.list({ q }, FIRST_PAGE);
  const grouped = (q: string, i: number) => catalog.list({ q, group: 'basic', near: NEAR[i % NEAR.length] }, FIRST_PAGE);
  const suggest = (q: string) => catalog.suggest(q, 8);
  time(flat); // warm-up

  const r = (x: number) => Math.round(x * 1000) / 1000;
  const metrics = [metric('item instances searched', catalog.instanceCount, 'instances', undefined, `catalog + index built in ${Math.round(buildMs)} ms`)];
  const details: Record<string, { p50: number; p95: number; p99: number; max: number }> = {};
  for (const [label, fn] of [
    ['all instances', flat],
    ['grouped, near', grouped],
    ['suggest', suggest],
  ] as const) {
    const t = time(fn);
    details[label] = { p50: r(percentile(t, 50)), p95: r(percentile(t, 95)), p99: r(percentile(t, 99)), max: r(t[t.length - 1]) };
    metrics.push(metric(`${label} p50`, details[label].p50, 'ms'));
    metrics.push(metric(`${label} p95`, details[label].p95, 'ms', { op: '<=', limit: BUDGET_P95_MS }));
  }
  return {
    id: 'search-latency',
    title: 'catalog search (in-process)',
    ok: true,
    metrics,
    details: { instances: catalog.instanceCount, basics: catalog.basics.length, queries: count, buildMs: Math.round(buildMs), percentiles: details },
  };
}
