/**
 * Citizens polling their cases while the world clock races: a mock server child of its own
 * (journaled to a fresh temp folder with fsync, as `npm run mock` runs), the three verified
 * personas with `perPersona` cases each filed through the real submit path (two of every three
 * fees paid), then `POST /api/dev/clock {speed}` and 50 concurrent clients, each on its own
 * keep-alive connection and session, looping for `seconds`:
 *
 *   GET /applications (我的办件) → GET /applications/:id (one of the persona's cases, in turn)
 *
 * while the server's engine moves every case node by node (the settle before each request and
 * the once-a-second ticker). Errors: any status other than 200, socket errors and timeouts (10 s).
 * At the end the clock is frozen and every case of every persona is read back: the recorded
 * steps of each must pass `impossibleMoves` (the transition table), and the steps recorded
 * during the run are counted ("steps settled").
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Application, Payment } from '../../src/shared/api/applications';
import type { CaseList } from '../../src/shared/api/cases';
import type { ClockState } from '../../src/shared/api/dev';
import type { ApplicationRecord } from '../../mock/applications/model';
import { impossibleMoves } from '../../mock/workflow/engine';
import type { SubmittingPersona } from './mock-client';
import { BENCH_PDF, MockClient, SUBMITTING_PERSONAS, beijingDate, demoSignIn, expectStatus, findItems, readyDraft, uploadFile } from './mock-client';
import type { Section } from './report';
import { metric, percentile } from './report';
import { startChildServer } from './server';

const CLIENTS = 50;

async function casesOf(client: MockClient, token: string): Promise<Application[]> {
  const ids: string[] = [];
  let cursor: string | null = null;
  do {
    const query: string = `/applications?limit=50${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const page: CaseList = expectStatus(await client.call<CaseList>('GET', query, { token }), 200, 'list');
    ids.push(...page.items.map((i) => i.id));
    cursor = page.nextCursor;
  } while (cursor);
  const cases: Application[] = [];
  for (const id of ids) cases.push(expectStatus(await client.call<Application>('GET', `/applications/${id}`, { token }), 200, 'case page'));
  return cases;
}

/** The case as the transition check reads it: its status and its recorded steps (the timeline). */
function asRecord(a: Application): ApplicationRecord {
  return { number: a.number, status: a.status, case: { steps: a.timeline } } as unknown as ApplicationRecord;
}

export async function measureCasePolling(repoRoot: string, seconds: number, speed: number, perPersona: number, mockNow: string): Promise<Omit<Section, 'ms'>> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'bench-cases-'));
  const server = await startChildServer(repoRoot, { MOCK_NOW: mockNow, H5_DIR: '', MOCK_DATA_DIR: dataDir }).catch((e: unknown) => {
    rmSync(dataDir, { recursive: true, force: true });
    throw e;
  });
  const setup = new MockClient(server.baseUrl, { sockets: 1, timeoutMs: 60_000 });
  try {
    const items = await findItems(setup);
    const today = beijingDate(new Date(mockNow));
    const caseIds = {} as Record<SubmittingPersona, string[]>;
    for (const persona of SUBMITTING_PERSONAS) {
      const token = await demoSignIn(setup, persona);
      const pdfId = (await uploadFile(setup, token, '申请材料.pdf', 'application/pdf', BENCH_PDF)).id;
      caseIds[persona] = [];
      for (let n = 0; n < perPersona; n++) {
        const draft = await readyDraft(setup, token, persona, items.passport, today, pdfId);
        const filed = expectStatus(await setup.call<Application>('POST', '/applications', { token, json: { draftId: draft.id }, headers: { 'Idempotency-Key': `poll-${persona}-${n}` } }), 201, 'submit');
        caseIds[persona].push(filed.id);
        if (filed.fee && n % 3 !== 0) {
          const payment = expectStatus(await setup.call<Payment>('POST', `/applications/${filed.id}/payments`, { token, headers: { 'Idempotency-Key': `poll-pay-${persona}-${n}` } }), 200, 'pay');
          expectStatus(await setup.call<Payment>('POST', `/dev/payments/${payment.id}/notify`, { json: { result: 'success' } }), 200, 'notify');
        }
      }
    }
    const stepsBefore = (await Promise.all(SUBMITTING_PERSONAS.map(async (p) => casesOf(setup, await demoSignIn(setup, p))))).flat().reduce((n, a) => n + a.timeline.length, 0);

    // Each client signs in before the clock races, so the run measures polling, not sign-in.
    const clients = await Promise.all(
      Array.from({ length: CLIENTS }, async (_, i) => {
        const persona = SUBMITTING_PERSONAS[i % SUBMITTING_PERSONAS.length];
        const client = new MockClient(server.baseUrl, { sockets: 1, timeoutMs: 10_000 });
        return { i, persona, client, token: await demoSignIn(client, persona) };
      }),
    );
    const clockBefore = expectStatus(await setup.call<ClockState>('POST', '/dev/clock', { json: { speed } }), 200, 'clock speed');
    const latency: number[] = [];
    let requests = 0;
    let errors = 0;
    const errorSamples: string[] = [];
    const t0 = performance.now();
    const deadline = t0 + seconds * 1000;
    await Promise.all(
      clients.map(async ({ i, persona, client, token }) => {
        const mine = caseIds[persona];
        for (let loop = 0; performance.now() < deadline; loop++) {
          for (const urlPath of ['/applications', `/applications/${mine[(i + loop) % mine.length]}`]) {
            requests++;
            try {
              const answer = await client.call('GET', urlPath, { token });
              latency.push(answer.ms);
              if (answer.status !== 200) {
                errors++;
                if (errorSamples.length < 10) errorSamples.push(`client ${i} ${urlPath}: ${answer.status} ${JSON.stringify(answer.body).slice(0, 160)}`);
              }
            } catch (e) {
              errors++;
              if (errorSamples.length < 10) errorSamples.push(`client ${i} ${urlPath}: ${e instanceof Error ? e.message : String(e)}`);
            }
          }
        }
      }),
    );
    const elapsed = (performance.now() - t0) / 1000;
    for (const c of clients) c.client.close();
    const clockAfter = expectStatus(await setup.call<ClockState>('POST', '/dev/clock', { json: { speed: 0 } }), 200, 'clock freeze');

    const all = (await Promise.all(SUBMITTING_PERSONAS.map(async (p) => casesOf(setup, await demoSignIn(setup, p))))).flat();
    const impossible = all.flatMap((a) => impossibleMoves(asRecord(a)));
    const stepsAfter = all.reduce((n, a) => n + a.timeline.length, 0);
    const byStatus: Record<string, number> = {};
    for (const a of all) byStatus[a.status] = (byStatus[a.status] ?? 0) + 1;

    const sorted = [...latency].sort((a, b) => a - b);
    const r2 = (n: number) => Math.round(n * 100) / 100;
    const worldHours = r2((Date.parse(clockAfter.now) - Date.parse(clockBefore.now)) / 3_600_000);
    return {
      id: 'case-polling',
      title: 'cases polled while the clock races',
      ok: true,
      metrics: [
        metric('requests per second', r2(requests / elapsed), 'req/s', undefined, `${CLIENTS} clients × ${seconds} s, clock ×${speed} (${worldHours} h of world time), journaled`),
        metric('errors (non-200 + socket + timeout)', errors, 'errors', { op: '<=', limit: 0 }),
        metric('latency p50', r2(percentile(sorted, 50)), 'ms'),
        metric('latency p99', r2(percentile(sorted, 99)), 'ms'),
        metric('steps settled during the run', stepsAfter - stepsBefore, 'steps', undefined, `${all.length} cases`),
        metric('cases in an impossible state', impossible.length, 'moves', { op: '<=', limit: 0 }),
      ],
      details: {
        clients: CLIENTS,
        seconds,
        elapsedSeconds: r2(elapsed),
        speed,
        clock: { before: clockBefore.now, after: clockAfter.now, worldHours },
        data: 'journaled to a fresh temp folder (fsync per write batch), as npm run mock',
        requests,
        errors,
        errorSamples,
        latency: { p50: r2(percentile(sorted, 50)), p95: r2(percentile(sorted, 95)), p99: r2(percentile(sorted, 99)), max: r2(sorted[sorted.length - 1] ?? Number.NaN) },
        cases: all.length,
        stepsBefore,
        stepsAfter,
        byStatus,
        impossible: impossible.slice(0, 10),
      },
    };
  } finally {
    setup.close();
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
