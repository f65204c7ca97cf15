/**
 * `npm run bench`: size, load, latency, throughput and Lighthouse figures against their budgets.
 *
 *   --no-lighthouse   skip Lighthouse (the nearby first visit 5 times and nine other pages, ~3 min)
 *   --strict          exit 1 when any budget is missed (default: budgets are only reported)
 *   --duration=N      autocannon seconds (default 10)
 *   --points=N        random points for the in-process query latency (default 5000)
 *   --submits=N       timed submits for the in-process submit latency (default 300)
 *   --journey-seconds=N  how long the 50 journey clients run (default 60)
 *   --journey-memory  journey server without a journal (MOCK_DATA_DIR=memory; default: a temp folder)
 *   --cases=N         cases in the world of the in-process case list/page latency (default 100000)
 *   --case-samples=N  timed requests of each kind there (default 2000)
 *   --poll-seconds=N  how long the 50 clients poll their cases while the clock races (default 60)
 *   --poll-speed=N    the world clock's speed meanwhile (default 600, at most 3600)
 *   --poll-cases=N    cases each of the three personas files before that run (default 20)
 *   --lcp-runs=N      Lighthouse audits of the nearby first visit; its LCP is their median (default 5)
 *   --only=a,b        run only the sections with these ids (e.g. case-latency,case-polling)
 *
 * Needs dist/weapp and dist/h5 (`npx taro build --type weapp`, `--type h5`). Every measurement is
 * guarded on its own: one that cannot be made is reported as ERROR and the others still run. The
 * exit code is 2 when a measurement could not be made, 1 with --strict when a budget is missed.
 * Results go to .bench/results.json (git-ignored).
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { measureCaseLatency } from './bench/case-latency';
import { measureCasePolling } from './bench/case-polling';
import { measureH5FirstLoad } from './bench/h5-first-load';
import { measureHttpThroughput } from './bench/http-throughput';
import { measureJourneys } from './bench/journeys';
import type { FailingAudit } from './bench/lighthouse';
import { DEFAULT_LCP_RUNS, measureLighthouse } from './bench/lighthouse';
import { measureNearbyLatency } from './bench/nearby-latency';
import { measureSearchLatency } from './bench/search-latency';
import type { Section } from './bench/report';
import { renderTable } from './bench/report';
import type { ChildServer } from './bench/server';
import { startChildServer } from './bench/server';
import { measureSubmitLatency } from './bench/submit-latency';
import { measureWeappSize } from './bench/weapp-size';

const ROOT = path.resolve(__dirname, '..');
const WEAPP_DIR = path.join(ROOT, 'dist/weapp');
const H5_DIR = path.join(ROOT, 'dist/h5');
/** Wednesday 10:00 Beijing time: halls open, so openNow and queue work is part of what is measured. */
const MOCK_NOW = '2026-12-02T10:00:00+08:00';

function flag(name: string): boolean {
  return process.argv.includes(`--${name}`);
}
function numberFlag(name: string, fallback: number): number {
  const raw = process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  const n = raw === undefined ? fallback : Number(raw);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} must be a positive number, got ${raw}`);
  return n;
}

const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',');
/** What `guarded` answers for a section --only leaves out; never reported. */
const SKIPPED: Section = { id: 'skipped', title: 'skipped', ok: true, ms: 0, metrics: [] };

/** Runs one measurement; a throw becomes an ERROR section instead of ending the bench. */
async function guarded(id: string, title: string, work: () => Promise<Omit<Section, 'ms'>>): Promise<Section> {
  if (only && !only.includes(id)) return SKIPPED;
  const t0 = performance.now();
  process.stdout.write(`… ${title}\n`);
  try {
    const section = await work();
    return { ...section, ms: Math.round(performance.now() - t0) };
  } catch (e) {
    const error = e instanceof Error ? e.message : String(e);
    return { id, title, ok: false, error: error.split('\n')[0], ms: Math.round(performance.now() - t0), metrics: [], details: { error } };
  }
}

function requireDir(dir: string, build: string): void {
  if (!existsSync(dir)) throw new Error(`${path.relative(ROOT, dir)} is missing: run \`npx taro build --type ${build}\``);
}

async function main(): Promise<number> {
  const started = Date.now();
  const strict = flag('strict');
  const skipLighthouse = flag('no-lighthouse');
  const duration = numberFlag('duration', 10);
  const points = numberFlag('points', 5000);
  const submits = numberFlag('submits', 300);
  const journeySeconds = numberFlag('journey-seconds', 60);
  const cases = numberFlag('cases', 100_000);
  const caseSamples = numberFlag('case-samples', 2000);
  const pollSeconds = numberFlag('poll-seconds', 60);
  const pollSpeed = numberFlag('poll-speed', 600);
  const pollCases = numberFlag('poll-cases', 20);
  const lcpRuns = numberFlag('lcp-runs', DEFAULT_LCP_RUNS);
  const sections: Section[] = [];

  sections.push(
    await guarded('weapp-size', 'weapp size', async () => {
      requireDir(path.join(WEAPP_DIR, 'app.json'), 'weapp');
      return measureWeappSize(WEAPP_DIR);
    }),
  );
  sections.push(await guarded('nearby-latency', 'nearby query (in-process)', () => measureNearbyLatency(points, new Date(MOCK_NOW))));
  sections.push(await guarded('search-latency', 'catalog search (in-process)', () => measureSearchLatency(Math.min(points, 3000))));
  sections.push(await guarded('submit-latency', 'submit (in-process)', () => measureSubmitLatency(submits, new Date(MOCK_NOW))));

  // One server child for everything over HTTP; started lazily so its failure is reported once
  // per dependent measurement rather than aborting the bench.
  let server: ChildServer | undefined;
  let serverError: Error | undefined;
  // A snapshot of the H5 build is served and measured: a rebuild of dist/h5 during the bench
  // (it empties the folder first) would otherwise break the page loads halfway.
  const h5Snapshot = mkdtempSync(path.join(os.tmpdir(), 'bench-h5-'));
  try {
    requireDir(path.join(H5_DIR, 'index.html'), 'h5');
    cpSync(H5_DIR, h5Snapshot, { recursive: true });
    server = await startChildServer(ROOT, { MOCK_NOW, H5_DIR: h5Snapshot });
  } catch (e) {
    serverError = e instanceof Error ? e : new Error(String(e));
  }
  const withServer = <T>(work: (s: ChildServer) => Promise<T>): Promise<T> => {
    if (!server) throw serverError ?? new Error('server not started');
    return work(server);
  };

  try {
    sections.push(await guarded('h5-first-load', 'H5 first load', () => withServer((s) => measureH5FirstLoad(s.baseUrl, h5Snapshot))));
    if (!skipLighthouse) {
      sections.push(await guarded('lighthouse', 'Lighthouse mobile', () => withServer((s) => measureLighthouse(s.baseUrl, undefined, lcpRuns))));
    }
    // Last: the load run leaves the server warm and busy, which would skew the page loads.
    sections.push(await guarded('http-throughput', 'HTTP /api/halls/nearby', () => withServer((s) => measureHttpThroughput(s.baseUrl, duration))));
  } finally {
    await server?.stop();
    rmSync(h5Snapshot, { recursive: true, force: true });
  }
  // A server of its own (fresh temp data folder), once the shared one is gone: the journeys
  // write thousands of applications and must not share a machine's cores with anything measured.
  sections.push(await guarded('journeys', 'journeys under load', () => measureJourneys(ROOT, journeySeconds, MOCK_NOW, { memory: flag('journey-memory') })));
  // 我的办件 and the case page over a world of 100,000 cases at every stage, in-process; then
  // 50 citizens polling their cases on a server of its own while the clock races.
  sections.push(await guarded('case-latency', 'cases (in-process)', () => measureCaseLatency(cases, caseSamples, new Date(MOCK_NOW))));
  sections.push(await guarded('case-polling', 'cases polled while the clock races', () => measureCasePolling(ROOT, pollSeconds, pollSpeed, pollCases, MOCK_NOW)));
  const reported = sections.filter((s) => s !== SKIPPED);
  sections.length = 0;
  sections.push(...reported);

  console.log(`\n${renderTable(sections)}\n`);
  const lighthouse = sections.find((s) => s.id === 'lighthouse');
  const failing = (lighthouse?.details as { failing?: FailingAudit[] } | undefined)?.failing ?? [];
  if (failing.length) {
    console.log('Lighthouse audits below budget:');
    for (const a of failing) {
      console.log(`  [${a.page} / ${a.category}] ${a.id} (score ${a.score}${a.displayValue ? `, ${a.displayValue}` : ''}): ${a.title}`);
      for (const t of a.targets) console.log(`      ${t}`);
    }
    console.log('');
  }
  if (skipLighthouse) console.log('Lighthouse skipped (--no-lighthouse).');

  const errors = sections.filter((s) => !s.ok);
  const missed = sections.flatMap((s) => s.metrics.filter((m) => m.status === 'FAIL').map((m) => `${s.title}: ${m.name}`));
  const outDir = path.join(ROOT, '.bench');
  mkdirSync(outDir, { recursive: true });
  const results = {
    date: new Date().toISOString(),
    durationMs: Date.now() - started,
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, node: process.version, platform: `${os.platform()} ${os.release()}` },
    options: { strict, lighthouse: !skipLighthouse, autocannonSeconds: duration, latencyPoints: points, submits, journeySeconds, journeyMemory: flag('journey-memory'), lcpRuns, mockNow: MOCK_NOW },
    summary: { errors: errors.map((s) => `${s.title}: ${s.error}`), budgetsMissed: missed },
    sections,
  };
  writeFileSync(path.join(outDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(`Wrote ${path.relative(ROOT, path.join(outDir, 'results.json'))} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  if (missed.length) console.log(`Budgets missed (${missed.length}): ${missed.join('; ')}${strict ? '' : ' (not enforced without --strict)'}`);
  if (errors.length) {
    console.error(`Measurements that could not be made: ${errors.map((s) => `${s.title} (${s.error})`).join('; ')}`);
    return 2;
  }
  return strict && missed.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e);
    process.exit(2);
  },
);
