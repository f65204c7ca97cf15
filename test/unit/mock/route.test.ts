/**
 * The typed route helper on a small app of its own: parsing (400 with fields), 405 with Allow
 * for every method a path does not take, the auth slot (401), and the compile-time check of
 * each handler's answer against the contract.
 */
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { z } from 'zod';
import { errorHandler } from '../../../mock/server/errors';
import { hallIdParams } from '../../../mock/server/params';
import { RouteTable, route } from '../../../mock/server/route';
import type { World } from '../../../mock/world';
import { createWorld } from '../../../mock/world';
import type { ApiErrorBody } from '../../../src/shared/api/errors';
import type { ClockState } from '../../../src/shared/api/dev';
import { FROZEN_NOW } from '../../support/mock-server';

const world: World = createWorld({ clock: { mode: 'frozen', at: FROZEN_NOW } });
const seen: { principal?: string; now?: string } = {};

function table(): RouteTable {
  const t = new RouteTable(world);
  route(t, 'GET /dev/clock', { query: z.object({ n: z.string({ error: '请填写 n' }).regex(/^\d+$/, { error: 'n 必须是数字' }) }) }, ({ world: w, now }) => {
    seen.now = now.toISOString();
    return w.clock.describe();
  });
  route(t, 'POST /dev/clock', { body: z.strictObject({ speed: z.number({ error: 'speed 必须是数字' }) }), status: 201 }, ({ body, world: w }) => ({
    ...w.clock.describe(),
    speed: body.speed,
  }));
  route(t, 'GET /halls/:id', { params: hallIdParams, auth: true }, ({ params, principal, world: w, now }) => {
    seen.principal = principal.userId;
    const hall = w.halls.detail(params.id, now);
    if (!hall) throw new Error('test hall missing');
    return hall;
  });
  return t;
}

let server: Server;
let base = '';
beforeAll(async () => {
  const app = express();
  app.use(express.json());
  app.use('/api', table().toRouter());
  app.use(errorHandler({ error: () => undefined }));
  server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
});
beforeEach(() => {
  world.reset();
  world.authenticate = () => undefined;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

async function call<T>(path: string, init?: RequestInit): Promise<{ status: number; body: T; headers: Headers }> {
  const res = await fetch(base + path, init);
  return { status: res.status, body: (await res.json()) as T, headers: res.headers };
}
const postJson = (body: unknown): RequestInit => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

it('answers with the handler value, reading the world clock once', async () => {
  const res = await call<ClockState>('/dev/clock?n=1');
  expect(res.status).toBe(200);
  expect(res.body).toEqual({ now: FROZEN_NOW.toISOString(), mode: 'frozen', speed: 0 });
  expect(seen.now).toBe(FROZEN_NOW.toISOString());
});

it('sends the status the route declares', async () => {
  const res = await call<ClockState>('/dev/clock', postJson({ speed: 3 }));
  expect(res.status).toBe(201);
  expect(res.body.speed).toBe(3);
});

it('400s with a Chinese message per field for bad query and body', async () => {
  const q = await call<ApiErrorBody>('/dev/clock?n=x');
  expect(q.status).toBe(400);
  expect(q.body.error).toEqual({ code: 'bad_request', message: '请求参数有误：n', fields: { n: 'n 必须是数字' } });
  const body = await call<ApiErrorBody>('/dev/clock', postJson({ speed: 'fast', extra: 1 }));
  expect(body.status).toBe(400);
  expect(body.body.error.fields).toEqual({ speed: 'speed 必须是数字', extra: expect.stringMatching(/[\u4e00-\u9fff]/) });
});

it('405s a method the path does not take, listing every method it does', async () => {
  const res = await call<ApiErrorBody>('/dev/clock', { method: 'DELETE' });
  expect(res.status).toBe(405);
  expect(res.headers.get('allow')).toBe('GET, POST');
  expect(res.body.error).toEqual({ code: 'method_not_allowed', message: '该接口不支持 DELETE 请求，请使用 GET 或 POST' });
  const single = await call<ApiErrorBody>('/halls/500000', { method: 'PUT' });
  expect(single.headers.get('allow')).toBe('GET');
});

it('401s an auth route while no session exists, before looking at its parameters', async () => {
  for (const path of ['/halls/500000', '/halls/not-an-id']) {
    const res = await call<ApiErrorBody>(path);
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('unauthorized');
    expect(res.body.error.message).toMatch(/登录/);
  }
});

it('passes whoever authenticate() names to the handler', async () => {
  world.authenticate = () => ({ userId: 'u-zhangsan' });
  const res = await call<{ id: string }>('/halls/500000');
  expect(res.status).toBe(200);
  expect(res.body.id).toBe('500000');
  expect(seen.principal).toBe('u-zhangsan');
});

it('refuses the same key twice', () => {
  const t = table();
  expect(() => route(t, 'GET /dev/clock', {}, ({ world: w }) => w.clock.describe())).toThrow(/twice/);
});

it('checks each answer against the contract at compile time', () => {
  const t = new RouteTable(world);
  // @ts-expect-error a ClockState without `speed` is not the contract's answer
  route(t, 'GET /dev/clock', {}, () => ({ now: '', mode: 'real' }));
  // @ts-expect-error keys must be endpoints of Api
  route(t, 'GET /nowhere', {}, () => ({}));
  // @ts-expect-error a params schema must produce the contract's params
  route(t, 'GET /halls/:id', { params: z.object({ code: z.string() }) }, ({ world: w, now }) => w.halls.detail('500000', now)!);
  expect(true).toBe(true);
});
