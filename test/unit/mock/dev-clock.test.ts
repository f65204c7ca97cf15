/** GET/POST /api/dev/clock: reading and moving the world clock over HTTP, good and bad input. */
import type { ApiErrorBody } from '../../../src/shared/api/errors';
import type { ClockState } from '../../../src/shared/api/dev';
import type { HallDetail } from '../../../src/shared/api/halls';
import type { MockServer } from '../../support/mock-server';
import { FROZEN_NOW, startMockServer } from '../../support/mock-server';

let server: MockServer;
beforeAll(async () => {
  server = await startMockServer();
});
beforeEach(() => server.world.reset());
afterAll(() => server.close());

async function call<T>(method: 'GET' | 'POST', body?: unknown, raw?: string): Promise<{ status: number; body: T }> {
  const res = await fetch(`${server.url}/api/dev/clock`, {
    method,
    headers: body === undefined && raw === undefined ? undefined : { 'content-type': 'application/json' },
    body: raw ?? (body === undefined ? undefined : JSON.stringify(body)),
  });
  return { status: res.status, body: (await res.json()) as T };
}

it('reads the frozen test clock', async () => {
  expect(await call<ClockState>('GET')).toEqual({ status: 200, body: { now: FROZEN_NOW.toISOString(), mode: 'frozen', speed: 0 } });
});

it('advances by minutes, and the halls see the new time', async () => {
  const res = await call<ClockState>('POST', { advanceMinutes: 150 }); // 10:00 → 12:30, lunch break
  expect(res.body).toEqual({ now: '2026-12-02T04:30:00.000Z', mode: 'frozen', speed: 0 });
  const hall = (await (await fetch(`${server.url}/api/halls/500000`)).json()) as HallDetail;
  expect(hall.openNow).toBe(false);
  expect((await call<ClockState>('GET')).body.now).toBe('2026-12-02T04:30:00.000Z');
});

it('freezes at a given time, runs faster, and resumes real time', async () => {
  expect((await call<ClockState>('POST', { freezeAt: '2026-10-01T10:00:00+08:00' })).body).toEqual({
    now: '2026-10-01T02:00:00.000Z',
    mode: 'frozen',
    speed: 0,
  });
  const fast = (await call<ClockState>('POST', { speed: 60 })).body;
  expect(fast).toMatchObject({ mode: 'speed', speed: 60 });
  expect(Date.parse(fast.now)).toBeGreaterThanOrEqual(Date.parse('2026-10-01T02:00:00.000Z'));
  expect((await call<ClockState>('POST', { speed: 0 })).body).toMatchObject({ mode: 'frozen', speed: 0 });
  const real = (await call<ClockState>('POST', { resume: true })).body;
  expect(real.mode).toBe('real');
  expect(Math.abs(Date.parse(real.now) - Date.now())).toBeLessThan(60_000);
});

it.each([
  [{ advanceMinutes: 1.5 }, 'advanceMinutes'],
  [{ advanceMinutes: '60' }, 'advanceMinutes'],
  [{ advanceMinutes: 10_000_000 }, 'advanceMinutes'],
  [{ freezeAt: 'tomorrow' }, 'freezeAt'],
  [{ freezeAt: '2026-12-02T10:00:00' }, 'freezeAt'], // no zone: would depend on the server's TZ
  [{ speed: -1 }, 'speed'],
  [{ speed: 100_000 }, 'speed'],
  [{ resume: false }, 'resume'],
  [{ rewind: 5 }, 'rewind'],
  [{}, '_'],
  [{ advanceMinutes: 5, speed: 2 }, '_'],
])('400s %j naming %s in Chinese and leaves the clock alone', async (body, field) => {
  const res = await call<ApiErrorBody>('POST', body);
  expect(res.status).toBe(400);
  expect(res.body.error.code).toBe('bad_request');
  expect(res.body.error.fields?.[field]).toMatch(/[\u4e00-\u9fff]/);
  expect((await call<ClockState>('GET')).body.now).toBe(FROZEN_NOW.toISOString());
});

it('400s a body that is not JSON, and 405s other methods', async () => {
  expect((await call<ApiErrorBody>('POST', undefined, '{"speed":')).status).toBe(400);
  const res = await fetch(`${server.url}/api/dev/clock`, { method: 'PUT' });
  expect(res.status).toBe(405);
  expect(res.headers.get('allow')).toBe('GET, POST');
});
