/**
 * The one HTTP client, against a fake transport standing in for Taro.request (which on both
 * platforms resolves with whatever status the server sent, and rejects only when no answer came).
 */
import Taro from '@tarojs/taro';
import { apiGet, apiSend, backoffDelay, buildUrl, setApiBaseUrl } from '../../../src/core/http/client';
import { HttpError, MalformedResponseError, NetworkError, UnauthorizedError, userMessageOf } from '../../../src/core/http/errors';
import { endSession, sessionToken, startSession } from '../../../src/core/session/session';

jest.mock('@tarojs/taro', () => ({ __esModule: true, default: { request: jest.fn() } }));
const request = Taro.request as unknown as jest.Mock;

const answer = (statusCode: number, body: unknown) =>
  Promise.resolve({ statusCode, data: typeof body === 'string' ? body : JSON.stringify(body), header: {} });

beforeEach(() => {
  request.mockReset();
  endSession();
  setApiBaseUrl('http://api.test');
  jest.spyOn(global, 'setTimeout').mockImplementation(((fn: () => void) => {
    fn();
    return 0 as unknown as NodeJS.Timeout;
  }) as typeof setTimeout);
});
afterEach(() => jest.restoreAllMocks());

it('builds /api URLs and leaves out empty parameters', () => {
  expect(buildUrl('/halls/nearby', { lat: 29.5, lng: 106.5, level: undefined, openNow: '', q: '黄家镇' })).toBe(
    'http://api.test/api/halls/nearby?lat=29.5&lng=106.5&q=%E9%BB%84%E5%AE%B6%E9%95%87',
  );
});

it('returns the parsed body of a 2xx answer', async () => {
  request.mockReturnValueOnce(answer(200, { items: [1, 2] }));
  await expect(apiGet('/x')).resolves.toEqual({ items: [1, 2] });
});

it('turns a 400 into an HttpError carrying the server’s field messages, without retrying', async () => {
  request.mockReturnValue(answer(400, { error: { code: 'bad_request', message: '参数有误', fields: { lat: '纬度必须是 -90 到 90 之间的数字' } } }));
  const error = await apiGet('/halls/nearby').catch((e: unknown) => e);
  expect(error).toBeInstanceOf(HttpError);
  expect((error as HttpError).status).toBe(400);
  expect((error as HttpError).fields.lat).toBe('纬度必须是 -90 到 90 之间的数字');
  expect(userMessageOf(error)).toBe('参数有误');
  expect(request).toHaveBeenCalledTimes(1);
});

it('retries a read after a 503 and succeeds', async () => {
  request.mockReturnValueOnce(answer(503, { error: { code: 'internal', message: 'x' } })).mockReturnValueOnce(answer(200, { ok: true }));
  await expect(apiGet('/x')).resolves.toEqual({ ok: true });
  expect(request).toHaveBeenCalledTimes(2);
});

it('gives up after the retries and says the network is down', async () => {
  request.mockRejectedValue({ errMsg: 'request:fail' });
  const error = await apiGet('/x', undefined, { retries: 2 }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(NetworkError);
  expect(userMessageOf(error)).toBe('网络连接不可用，请检查网络后重试');
  expect(request).toHaveBeenCalledTimes(3);
});

it('tells a timeout apart from being offline', async () => {
  request.mockRejectedValue({ errMsg: 'request:fail timeout' });
  const error = await apiGet('/x', undefined, { retries: 0 }).catch((e: unknown) => e);
  expect((error as NetworkError).timedOut).toBe(true);
  expect(userMessageOf(error)).toBe('服务器响应超时，请稍后重试');
});

it('rejects a 2xx body that is not JSON as malformed', async () => {
  request.mockReturnValue(answer(200, '<html>gateway</html>'));
  const error = await apiGet('/x', undefined, { retries: 0 }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(MalformedResponseError);
  expect(userMessageOf(error)).toBe('服务返回的数据有误，请稍后重试');
});

it('never retries a write on its own: the citizen decides', async () => {
  request.mockReturnValue(answer(502, 'bad gateway'));
  const error = await apiSend('POST', '/applications', { a: 1 }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(HttpError);
  expect(userMessageOf(error)).toBe('服务暂时不可用，请稍后重试');
  expect(request).toHaveBeenCalledTimes(1);
  expect(request.mock.calls[0][0]).toMatchObject({ method: 'POST', header: { 'Content-Type': 'application/json' } });
});

it('backs off exponentially with jitter', () => {
  expect(backoffDelay(0, () => 0)).toBe(200);
  expect(backoffDelay(0, () => 1)).toBe(400);
  expect(backoffDelay(2, () => 0.5)).toBe(1200);
});

describe('the session', () => {
  const headerOf = (call: number) => (request.mock.calls[call][0] as { header: Record<string, string> }).header;

  it('sends no Authorization header while nobody is signed in', async () => {
    request.mockReturnValue(answer(200, { ok: true }));
    await apiGet('/x');
    expect(headerOf(0)).not.toHaveProperty('Authorization');
  });

  it('sends the session token as a bearer token on reads and writes', async () => {
    startSession('tok-123');
    request.mockReturnValue(answer(200, { ok: true }));
    await apiGet('/x');
    await apiSend('POST', '/applications', { a: 1 });
    expect(headerOf(0).Authorization).toBe('Bearer tok-123');
    expect(headerOf(1).Authorization).toBe('Bearer tok-123');
  });

  it('turns a 401 into an UnauthorizedError, does not retry it, and ends the refused session', async () => {
    startSession('expired');
    request.mockReturnValue(answer(401, { error: { code: 'unauthorized', message: '请先登录' } }));
    const error = await apiGet('/x', undefined, { retries: 2 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnauthorizedError);
    // still an HttpError, so screens that only know HttpError keep working
    expect(error).toBeInstanceOf(HttpError);
    expect((error as UnauthorizedError).status).toBe(401);
    expect((error as UnauthorizedError).retryable).toBe(false);
    expect(userMessageOf(error)).toBe('登录已失效，请重新登录');
    expect(request).toHaveBeenCalledTimes(1);
    expect(sessionToken()).toBeNull();
  });

  it('keeps a newer session when a 401 answers a request sent with the old token', async () => {
    startSession('old');
    let answerOld: (v: unknown) => void = () => undefined;
    request.mockReturnValueOnce(new Promise((resolve) => (answerOld = resolve)));
    const pending = apiSend('POST', '/x', {}).catch((e: unknown) => e);
    startSession('new');
    answerOld({ statusCode: 401, data: JSON.stringify({ error: { code: 'unauthorized', message: '请先登录' } }), header: {} });
    await expect(pending).resolves.toBeInstanceOf(UnauthorizedError);
    expect(sessionToken()).toBe('new');
  });

  it('tells a 401 apart from other refusals: a 403 stays a plain HttpError', async () => {
    request.mockReturnValue(answer(403, { error: { code: 'bad_request', message: '无权办理' } }));
    const error = await apiSend('POST', '/x', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect(error).not.toBeInstanceOf(UnauthorizedError);
  });
});
