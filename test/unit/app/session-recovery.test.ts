/**
 * Silent re-login on a refused session (the weapp's way), over the real HTTP client and a fake
 * transport standing in for Taro.request: the server below accepts one token at a time, and the
 * fake `wx.login` hands out numbered codes so the test can count logins.
 */
import Taro from '@tarojs/taro';
import { apiGet, apiSend, setApiBaseUrl, setUnauthorizedHandler } from '../../../src/core/http/client';
import { UnauthorizedError } from '../../../src/core/http/errors';
import { returnTargetOf } from '../../../src/core/session/returnTarget';
import { endSession, sessionToken, signedOutByCitizen, signOutLocally, startSession } from '../../../src/core/session/session';
import { createSilentSignIn } from '../../../src/core/session/silentSignIn';

jest.mock('@tarojs/taro', () => {
  const store = new Map<string, unknown>();
  return {
    __esModule: true,
    default: {
      request: jest.fn(),
      getStorageSync: (k: string) => (store.has(k) ? store.get(k) : ''),
      setStorageSync: (k: string, v: unknown) => void store.set(k, v),
      removeStorageSync: (k: string) => void store.delete(k),
    },
  };
});
const request = Taro.request as unknown as jest.Mock;

interface Sent {
  method: string;
  url: string;
  header: Record<string, string>;
  data?: unknown;
}

/** A server that accepts only `valid` tokens, issues `tok-<n>` for each login code, and may refuse again. */
function fakeServer() {
  const valid = new Set<string>();
  let issued = 0;
  const sent: Sent[] = [];
  /** answers waiting to be released, so concurrent requests really overlap */
  let hold: Promise<void> = Promise.resolve();
  let alwaysRefuse = false;
  request.mockImplementation(async (opts: Sent) => {
    sent.push(opts);
    await hold;
    const reply = (statusCode: number, body: unknown) => ({ statusCode, data: JSON.stringify(body), header: {} });
    if (opts.url.endsWith('/api/session') && opts.method === 'POST') {
      issued += 1;
      const token = `tok-${issued}`;
      valid.add(token);
      return reply(200, { token, expiresAt: '2026-12-02T12:00:00+08:00', idleTimeoutMinutes: 30, me: { id: 'u1', realName: 'verified', companies: [], signIn: 'wechat' } });
    }
    const token = opts.header.Authorization?.replace('Bearer ', '');
    if (alwaysRefuse || !token || !valid.has(token)) return reply(401, { error: { code: 'unauthorized', message: '请先登录' } });
    return reply(200, { ok: true, token });
  });
  return {
    sent,
    logins: () => sent.filter((s) => s.url.endsWith('/api/session')).length,
    expireAll: () => valid.clear(),
    refuseEverything: () => (alwaysRefuse = true),
    holdAnswers() {
      let release!: () => void;
      hold = new Promise<void>((r) => (release = r));
      return () => {
        release();
        hold = Promise.resolve();
      };
    },
  };
}

let codes = 0;
const obtainCode = jest.fn(async () => `persona:yu:${++codes}`);

beforeEach(() => {
  request.mockReset();
  obtainCode.mockClear();
  endSession();
  setApiBaseUrl('http://api.test');
  setUnauthorizedHandler(createSilentSignIn(obtainCode).onUnauthorized);
});
afterAll(() => setUnauthorizedHandler(null));

it('signs in silently once after a 401 and sends the refused request once more, with the new token', async () => {
  const server = fakeServer();
  startSession('expired');
  await expect(apiGet('/me')).resolves.toEqual({ ok: true, token: 'tok-1' });
  expect(server.logins()).toBe(1);
  expect(server.sent.map((s) => `${s.method} ${s.url.replace('http://api.test/api', '')} ${s.header.Authorization ?? '-'}`)).toEqual([
    'GET /me Bearer expired',
    'POST /session -',
    'GET /me Bearer tok-1',
  ]);
  expect(server.sent[1].data).toEqual({ code: 'persona:yu:1' });
  expect(sessionToken()).toBe('tok-1');
});

it('signs in lazily on the first personal call when there is no session at all', async () => {
  const server = fakeServer();
  await expect(apiSend('POST', '/me/reveal', { field: 'phone' })).resolves.toMatchObject({ ok: true });
  expect(server.logins()).toBe(1);
});

it('makes ONE login for concurrent 401s, and every refused request goes through after it', async () => {
  const server = fakeServer();
  startSession('expired');
  const release = server.holdAnswers();
  const three = Promise.all([apiGet('/me'), apiGet('/me/certificates'), apiSend('POST', '/me/reveal', { field: 'name' })]);
  // let the three requests reach the server before any answer comes back
  await new Promise((r) => setTimeout(r, 0));
  release();
  await expect(three).resolves.toHaveLength(3);
  expect(server.logins()).toBe(1);
  expect(obtainCode).toHaveBeenCalledTimes(1);
  // each request: refused once, sent again once
  expect(server.sent.filter((s) => !s.url.endsWith('/api/session'))).toHaveLength(6);
});

it('reuses a login another request already finished instead of logging in again', async () => {
  const server = fakeServer();
  startSession('expired');
  await apiGet('/me');
  // a request still carrying the old token is refused after the new session exists
  server.sent.length = 0;
  startSession('tok-1');
  const stale = apiGet('/me/certificates');
  await expect(stale).resolves.toMatchObject({ ok: true });
  expect(server.logins()).toBe(0);
});

it('surfaces a second 401 after the re-login as UnauthorizedError: one login, one retry, no loop', async () => {
  const server = fakeServer();
  server.refuseEverything();
  startSession('expired');
  const error = await apiGet('/me', undefined, { retries: 2 }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(UnauthorizedError);
  expect(server.logins()).toBe(1);
  expect(server.sent.filter((s) => s.url.endsWith('/api/me'))).toHaveLength(2);
  expect(sessionToken()).toBeNull();
});

it('does not sign in again behind the back of a citizen who signed out', async () => {
  const server = fakeServer();
  startSession('tok-x');
  signOutLocally();
  expect(signedOutByCitizen()).toBe(true);
  await expect(apiGet('/me')).rejects.toBeInstanceOf(UnauthorizedError);
  expect(server.logins()).toBe(0);
  // signing in again lifts it
  startSession('tok-y');
  expect(signedOutByCitizen()).toBe(false);
});

it('ensure() signs in once for callers that arrive together, and not at all with a session', async () => {
  const server = fakeServer();
  const silent = createSilentSignIn(obtainCode);
  await expect(Promise.all([silent.ensure(), silent.ensure()])).resolves.toEqual([true, true]);
  expect(server.logins()).toBe(1);
  await silent.ensure();
  expect(server.logins()).toBe(1);
});

describe('the return target after sign-in', () => {
  it('keeps the app’s own route with its query, minus the router’s stamp', () => {
    expect(returnTargetOf('/packages/me/pages/certificate/index?id=c1&stamp=3')).toBe('/packages/me/pages/certificate/index?id=c1');
    expect(returnTargetOf('/packages/me/pages/certificates/index')).toBe('/packages/me/pages/certificates/index');
  });
  it('refuses anything that is not a page of this app', () => {
    expect(returnTargetOf('https://evil.example/pages/x')).toBeUndefined();
    expect(returnTargetOf('//evil.example/pages/x')).toBeUndefined();
    expect(returnTargetOf('javascript:alert(1)')).toBeUndefined();
    expect(returnTargetOf(undefined)).toBeUndefined();
  });
});
