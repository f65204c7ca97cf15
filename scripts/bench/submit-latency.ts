/**
 * Latency of `POST /api/applications` handled in-process: a World in memory (clock frozen at the
 * bench's MOCK_NOW), the real express app (createApp) on a loopback port of this process, and one
 * keep-alive connection sending one submit at a time. Real HTTP rather than a fake request object,
 * so JSON parsing, compression, auth and the error handler are all in what is timed; the figure is
 * the client's round trip, so it also carries the loopback hop and the client's own parsing (a
 * slight overestimate of the server's time, never an underestimate).
 *
 * The drafts are prepared first, untimed: demo sign-in as 喻先生, 田 and 涂, a PDF in each one's
 * 我的材料, drafts of 企业设立登记（区县级） in 九龙坡区 / 普通护照签发 saved complete with If-Match.
 * A citizen keeps at most 50 drafts, so they are prepared and submitted in rounds of ≤ 45 per
 * persona; a warm-up round (not counted) comes first. Only the submits are timed.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Application, Draft } from '../../src/shared/api/applications';
import { createApp } from '../../mock/app';
import { createWorld } from '../../mock/world';
import { BENCH_PDF, MockClient, SUBMITTING_PERSONAS, beijingDate, demoSignIn, expectStatus, findItems, itemFor, readyDraft, uploadFile } from './mock-client';
import type { SubmittingPersona } from './mock-client';
import type { Section } from './report';
import { metric, percentile } from './report';

const BUDGET_P99_MS = 20;
/** below MAX_DRAFTS (50) per citizen */
const PER_PERSONA_ROUND = 45;
const WARM_UP = 30;

export async function measureSubmitLatency(count: number, now: Date): Promise<Omit<Section, 'ms'>> {
  const world = createWorld({ clock: { mode: 'frozen', at: now } });
  const logged: unknown[][] = [];
  const server = createServer(createApp(world, { logger: { error: (...args: unknown[]) => logged.push(args) } }));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const client = new MockClient(`http://127.0.0.1:${(server.address() as AddressInfo).port}`, { sockets: 1 });
  try {
    const today = beijingDate(now);
    const items = await findItems(client);
    const personas = await Promise.all(
      SUBMITTING_PERSONAS.map(async (persona) => {
        const token = await demoSignIn(client, persona);
        const pdf = await uploadFile(client, token, '申请材料.pdf', 'application/pdf', BENCH_PDF);
        return { persona, token, pdfId: pdf.id };
      }),
    );

    let prepared = 0;
    let seq = 0;
    /** Prepares up to `n` drafts spread over the personas (≤ PER_PERSONA_ROUND each), untimed. */
    const prepareRound = async (n: number) => {
      const drafts: Array<{ persona: SubmittingPersona; token: string; draft: Draft }> = [];
      for (let i = 0; i < n && i < PER_PERSONA_ROUND * personas.length; i++) {
        const p = personas[i % personas.length];
        const draft = await readyDraft(client, p.token, p.persona, itemFor(p.persona, items, Math.floor(i / personas.length)), today, p.pdfId);
        drafts.push({ persona: p.persona, token: p.token, draft });
      }
      prepared += drafts.length;
      return drafts;
    };
    const submitAll = async (drafts: Awaited<ReturnType<typeof prepareRound>>) => {
      const times: number[] = [];
      for (const { token, draft } of drafts) {
        const answer = await client.call<Application>('POST', '/applications', {
          token,
          json: { draftId: draft.id },
          headers: { 'Idempotency-Key': `bench-submit-${++seq}` },
        });
        expectStatus(answer, 201, 'submit');
        times.push(answer.ms);
      }
      return times;
    };

    await submitAll(await prepareRound(WARM_UP));
    const times: number[] = [];
    while (times.length < count) times.push(...(await submitAll(await prepareRound(count - times.length))));
    if (logged.length > 0) throw new Error(`the server logged ${logged.length} error(s): ${String(logged[0][0])}`);

    const sorted = [...times].sort((a, b) => a - b);
    const round = (n: number) => Math.round(n * 1000) / 1000;
    const p99 = round(percentile(sorted, 99));
    return {
      id: 'submit-latency',
      title: 'submit (in-process)',
      ok: true,
      metrics: [
        metric('POST /applications p50', round(percentile(sorted, 50)), 'ms'),
        metric('POST /applications p99', p99, 'ms', { op: '<=', limit: BUDGET_P99_MS }, `${count} submits, 3 personas; loopback keep-alive round trip`),
        metric('POST /applications max', round(sorted[sorted.length - 1]), 'ms'),
      ],
      details: {
        method: 'loopback HTTP, one keep-alive connection, one request at a time, server in this process over createWorld (memory) + createApp',
        submits: count,
        warmUp: WARM_UP,
        draftsPrepared: prepared,
        personas: SUBMITTING_PERSONAS,
        items,
        p50: round(percentile(sorted, 50)),
        p90: round(percentile(sorted, 90)),
        p99,
        max: round(sorted[sorted.length - 1]),
        mean: round(times.reduce((a, b) => a + b, 0) / times.length),
      },
    };
  } finally {
    client.close();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    world.close();
  }
}
