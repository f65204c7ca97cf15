/**
 * Mini-program package sizes from dist/weapp. WeChat limits each package (main ≤ 2 MB), but the
 * project budgets are tighter: main ≤ 380 KB (issue 7: the acting half lives in subpackages), each subpackage ≤ 300 KB. A file belongs to the
 * subpackage whose root (app.json subPackages[].root) contains it, else to the main package.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Section } from './report';
import { kb, metric } from './report';

const MAIN_BUDGET_KB = 380;
const SUB_BUDGET_KB = 300;
/** Project files that configure DevTools and are not part of any uploaded package. */
const NOT_UPLOADED = new Set(['project.config.json', 'project.private.config.json']);

interface AppJson {
  subPackages?: Array<{ root: string; name?: string }>;
  subpackages?: Array<{ root: string; name?: string }>;
}

function walk(dir: string, base = dir): Array<{ rel: string; bytes: number }> {
  const out: Array<{ rel: string; bytes: number }> = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(full, base));
    else if (entry.isFile()) out.push({ rel: path.relative(base, full).split(path.sep).join('/'), bytes: statSync(full).size });
  }
  return out;
}

export async function measureWeappSize(root: string): Promise<Omit<Section, 'ms'>> {
  const appJson = JSON.parse(readFileSync(path.join(root, 'app.json'), 'utf8')) as AppJson;
  const subs = (appJson.subPackages ?? appJson.subpackages ?? []).map((s) => ({ name: s.name ?? s.root, root: s.root.replace(/\/+$/, '') + '/' }));
  const files = walk(root).filter((f) => !NOT_UPLOADED.has(f.rel));
  const totals = new Map<string, number>([['main', 0], ...subs.map((s) => [s.name, 0] as [string, number])]);
  const byPackage: Record<string, Array<{ file: string; bytes: number }>> = {};
  for (const f of files) {
    const owner = subs.find((s) => f.rel.startsWith(s.root))?.name ?? 'main';
    totals.set(owner, (totals.get(owner) ?? 0) + f.bytes);
    (byPackage[owner] ??= []).push({ file: f.rel, bytes: f.bytes });
  }
  for (const list of Object.values(byPackage)) list.sort((a, b) => b.bytes - a.bytes);
  const mainBytes = totals.get('main') ?? 0;
  const metrics = [
    metric('main package', kb(mainBytes), 'KB', { op: '<=', limit: MAIN_BUDGET_KB }, `${mainBytes} B`),
    ...subs.map((s) => {
      const bytes = totals.get(s.name) ?? 0;
      return metric(`subpackage ${s.name} (${s.root})`, kb(bytes), 'KB', { op: '<=', limit: SUB_BUDGET_KB }, `${bytes} B`);
    }),
  ];
  return {
    id: 'weapp-size',
    title: 'weapp size',
    ok: true,
    metrics,
    details: { bytes: Object.fromEntries(totals), largestFiles: Object.fromEntries(Object.entries(byPackage).map(([k, v]) => [k, v.slice(0, 10)])) },
  };
}
