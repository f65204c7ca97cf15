/**
 * Journeys under load: 50 concurrent clients for N seconds against a mock server child of its own
 * (clock frozen at MOCK_NOW; state journaled to a fresh temp folder, fsync and compaction
 * included, as `npm run mock` runs, or in memory with --journey-memory), each client on its own
 * keep-alive connection, looping:
 *
 *   demo sign-in (personas 喻先生, 田, 涂 in rotation: the verified ones, who can submit)
 *   → create a draft (企业设立登记（区县级） in 九龙坡区 or 普通护照签发)
 *   → 3–5 saves with If-Match, the version going up by one each (the form filled in steps, then
 *     the materials, then the delivery)
 *   → submit with a fresh Idempotency-Key; every fifth loop sends that submit again, which must
 *     answer 200 with the same application (same id, same number).
 *
 * Errors: any answer other than the one expected at that step (201/200), any version that is not
 * the previous + 1, a replay that differs, socket errors and timeouts (10 s). A loop stops at its
 * first error and the client starts the next. No loop starts after the deadline, and each request
 * has a timeout, so the run ends by itself.
 *
 * Duplicates, at the end: for each persona, GET /api/applications paged through, against the
 * count before the run. Exactly one application per (persona, key): the new applications must
 * number no more than the keys sent (extra = duplicates) and no fewer than the keys whose submit
 * was answered 201 (fewer = missing); ids and 办件编号 must all be distinct.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Application, ApplicationSummary, Draft } from '../../src/shared/api/applications';
import type { Page } from '../../src/shared/api/page';
import { mulberry32 as prng } from '../../mock/halls/prng';
import type { Answer, CallOptions, Items, SubmittingPersona } from './mock-client';
import { BENCH_PDF, MockClient, SUBMITTING_PERSONAS, beijingDate, demoSignIn, expectStatus, findItems, fullSave, itemFor, uploadFile } from './mock-client';
import type { Section } from './report';
import { metric, percentile } from './report';
import { startChildServer } from './server';

const CLIENTS = 50;
const REPLAY_EVERY = 5;
const STEPS = ['sign-in', 'create', 'save', 'submit', 'replay'] as const;
type Step = (typeof STEPS)[number];

class StepError extends Error {}

interface Tally {
  requests: number;
  errors: number;
  errorSamples: string[];
  latency: Record<Step, number[]>;
  loops: number;
  loopsCompleted: number;
  replays: number;
  /** keys sent per persona, and those answered 201 */
  keysSent: Record<SubmittingPersona, Set<string>>;
  keysConfirmed: Record<SubmittingPersona, Set<string>>;
}

/** The saves of one draft: the form section by section, then materials, then the delivery. */
function saveBodies(draft: Draft, persona: SubmittingPersona, today: string, pdfId: string, saves: number) {
  const full = fullSave(draft, persona, today, pdfId);
  const sections = Object.keys(full.values);
  return Array.from({ length: saves }, (_, i) => {
    const step = i + 1;
    if (step === saves) return full;
    const shown = Math.max(1, Math.ceil((step / (saves - 2 || 1)) * sections.length));
    const values = Object.fromEntries(sections.slice(0, shown).map((k) => [k, full.values[k]]));
    const withMaterials = step === saves - 1;
    return {
      situationId: full.situationId,
      applicant: full.applicant,
      values: withMaterials ? full.values : values,
      materials: withMaterials ? full.materials : {},
      currentTask: withMaterials ? ('materials' as const) : ('form' as const),
    };
  });
}

async function runClient(index: number, baseUrl: string, deadline: number, ctx: { items: Items; today: string; pdfIds: Record<SubmittingPersona, string>; runId: string }, tally: Tally): Promise<void> {
  const client = new MockClient(baseUrl, { sockets: 1, timeoutMs: 10_000 });
  const random = prng(1000 + index);
  const call = async <T>(step: Step, method: string, urlPath: string, options: CallOptions, expected: number): Promise<T> => {
    tally.requests++;
    let answer: Answer<T>;
    try {
      answer = await client.call<T>(method, urlPath, options);
    } catch (e) {
      throw new StepError(`${step}: ${e instanceof Error ? e.message : String(e)}`);
    }
    tally.latency[step].push(answer.ms);
    if (answer.status !== expected) throw new StepError(`${step}: ${answer.status} ${JSON.stringify(answer.body).slice(0, 200)}`);
    return answer.body;
  };
  try {
    for (let loop = 0; performance.now() < deadline; loop++) {
      tally.loops++;
      const persona = SUBMITTING_PERSONAS[(index + loop) % SUBMITTING_PERSONAS.length];
      try {
        const grant = await call<{ token: string }>('sign-in', 'POST', '/session/demo', { json: { persona } }, 200);
        const token = grant.token;
        const itemId = itemFor(persona, ctx.items, loop + index);
        let draft = await call<Draft>('create', 'POST', '/drafts', { token, json: { itemId, situationId: 's1' } }, 201);
        const saves = 3 + Math.floor(random() * 3);
        for (const body of saveBodies(draft, persona, ctx.today, ctx.pdfIds[persona], saves)) {
          const before = draft.version;
          draft = await call<Draft>('save', 'PUT', `/drafts/${draft.id}`, { token, json: body, headers: { 'If-Match': String(before) } }, 200);
          if (draft.version !== before + 1) throw new StepError(`save: version ${draft.version} after ${before}`);
        }
        const key = `${ctx.runId}-${index}-${loop}`;
        const submitOptions = { token, json: { draftId: draft.id }, headers: { 'Idempotency-Key': key } };
        tally.keysSent[persona].add(key);
        const first = await call<Application>('submit', 'POST', '/applications', submitOptions, 201);
        tally.keysConfirmed[persona].add(key);
        if (loop % REPLAY_EVERY === REPLAY_EVERY - 1) {
          tally.replays++;
          const again = await call<Application>('replay', 'POST', '/applications', submitOptions, 200);
          if (again.id !== first.id || again.number !== first.number) throw new StepError(`replay: ${again.number} (${again.id}) instead of ${first.number} (${first.id})`);
        }
        tally.loopsCompleted++;
      } catch (e) {
        if (!(e instanceof StepError)) throw e;
        tally.errors++;
        if (tally.errorSamples.length < 10) tally.errorSamples.push(`client ${index} loop ${loop} (${persona}) ${e.message}`);
      }
    }
  } finally {
    client.close();
  }
}

async function listApplications(client: MockClient, token: string): Promise<ApplicationSummary[]> {
  const all: ApplicationSummary[] = [];
  let cursor: string | null = null;
  for (let pages = 0; pages < 100_000; pages++) {
    const query: string = `/applications?limit=50${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const page: Page<ApplicationSummary> = expectStatus(await client.call<Page<ApplicationSummary>>('GET', query, { token }), 200, 'list applications');
    all.push(...page.items);
    cursor = page.nextCursor;
    if (!cursor) return all;
  }
  throw new Error('list applications: paging did not end');
}

/** `memory`: the child keeps its state in memory only (MOCK_DATA_DIR=memory), no journal. */
export async function measureJourneys(repoRoot: string, seconds: number, mockNow: string, options: { memory?: boolean } = {}): Promise<Omit<Section, 'ms'>> {
  const dataDir = options.memory ? undefined : mkdtempSync(path.join(os.tmpdir(), 'bench-journeys-'));
  const removeData = () => dataDir && rmSync(dataDir, { recursive: true, force: true });
  const server = await startChildServer(repoRoot, { MOCK_NOW: mockNow, H5_DIR: '', MOCK_DATA_DIR: dataDir ?? 'memory' }).catch((e: unknown) => {
    removeData();
    throw e;
  });
  const setup = new MockClient(server.baseUrl, { sockets: 1, timeoutMs: 60_000 });
  try {
    const today = beijingDate(new Date(mockNow));
    const items = await findItems(setup);
    const pdfIds = {} as Record<SubmittingPersona, string>;
    const before = {} as Record<SubmittingPersona, ApplicationSummary[]>;
    for (const persona of SUBMITTING_PERSONAS) {
      const token = await demoSignIn(setup, persona);
      pdfIds[persona] = (await uploadFile(setup, token, '申请材料.pdf', 'application/pdf', BENCH_PDF)).id;
      before[persona] = await listApplications(setup, token);
    }
    const perPersona = <T>(make: () => T) => Object.fromEntries(SUBMITTING_PERSONAS.map((p) => [p, make()])) as Record<SubmittingPersona, T>;
    const tally: Tally = {
      requests: 0,
      errors: 0,
      errorSamples: [],
      latency: Object.fromEntries(STEPS.map((s) => [s, []])) as unknown as Record<Step, number[]>,
      loops: 0,
      loopsCompleted: 0,
      replays: 0,
      keysSent: perPersona(() => new Set<string>()),
      keysConfirmed: perPersona(() => new Set<string>()),
    };
    const runId = `j${Date.now().toString(36)}`;
    const t0 = performance.now();
    const deadline = t0 + seconds * 1000;
    await Promise.all(Array.from({ length: CLIENTS }, (_, i) => runClient(i, server.baseUrl, deadline, { items, today, pdfIds, runId }, tally)));
    const elapsed = (performance.now() - t0) / 1000;

    // Exactly one application per (persona, key).
    let duplicates = 0;
    let missing = 0;
    const ids = new Set<string>();
    const numbers = new Set<string>();
    let listed = 0;
    const perPersonaCheck: Record<string, unknown> = {};
    for (const persona of SUBMITTING_PERSONAS) {
      const token = await demoSignIn(setup, persona);
      const after = await listApplications(setup, token);
      const created = after.length - before[persona].length;
      const sent = tally.keysSent[persona].size;
      const confirmed = tally.keysConfirmed[persona].size;
      duplicates += Math.max(0, created - sent);
      missing += Math.max(0, confirmed - created);
      for (const a of after) {
        ids.add(a.id);
        numbers.add(a.number);
      }
      listed += after.length;
      perPersonaCheck[persona] = { applicationsBefore: before[persona].length, applicationsAfter: after.length, keysSent: sent, keysConfirmed: confirmed };
    }
    // The same id or 办件编号 listed twice is a duplicate too.
    duplicates += listed - ids.size + (listed - numbers.size);

    const all = STEPS.flatMap((s) => tally.latency[s]).sort((a, b) => a - b);
    const round = (n: number) => Math.round(n * 100) / 100;
    const stepLatency = Object.fromEntries(
      STEPS.map((s) => {
        const sorted = [...tally.latency[s]].sort((a, b) => a - b);
        return [s, { count: sorted.length, p50: round(percentile(sorted, 50)), p99: round(percentile(sorted, 99)), max: round(sorted[sorted.length - 1] ?? Number.NaN) }];
      }),
    );
    const submitP99 = (stepLatency.submit as { p99: number }).p99;
    return {
      id: 'journeys',
      title: 'journeys under load',
      ok: true,
      metrics: [
        metric('requests', tally.requests, 'req', undefined, `${CLIENTS} clients × ${seconds} s, ${dataDir ? 'journaled' : 'memory'}: ${Math.round(tally.requests / elapsed)} req/s, ${tally.loopsCompleted} journeys, ${tally.replays} replays`),
        metric('errors (non-2xx + socket + timeout)', tally.errors, 'errors', { op: '<=', limit: 0 }),
        metric('duplicate applications', duplicates, 'apps', { op: '<=', limit: 0 }),
        metric('missing applications', missing, 'apps', { op: '<=', limit: 0 }),
        metric('latency p50', round(percentile(all, 50)), 'ms'),
        metric('latency p99', round(percentile(all, 99)), 'ms'),
        metric('submit p99 under load', submitP99, 'ms'),
      ],
      details: {
        clients: CLIENTS,
        seconds,
        elapsedSeconds: round(elapsed),
        data: dataDir ? 'journaled to a fresh temp folder (fsync per write, compaction every 10,000 lines)' : 'memory only (MOCK_DATA_DIR=memory)',
        requests: tally.requests,
        requestsPerSecond: round(tally.requests / elapsed),
        loops: tally.loops,
        loopsCompleted: tally.loopsCompleted,
        replays: tally.replays,
        errors: tally.errors,
        errorSamples: tally.errorSamples,
        duplicates,
        missing,
        applications: perPersonaCheck,
        latency: { p50: round(percentile(all, 50)), p99: round(percentile(all, 99)), max: round(all[all.length - 1] ?? Number.NaN), byStep: stepLatency },
      },
    };
  } finally {
    setup.close();
    await server.stop();
    removeData();
  }
}
