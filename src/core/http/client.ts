import Taro from '@tarojs/taro';
import type { Api, ApiKey } from '../../shared/api';
import type { MethodOf, PathOf } from '../../shared/api/endpoint';
import type { ApiErrorBody } from '../../shared/api/errors';
import { endSession, sessionToken } from '../session/session';
import { HttpError, MalformedResponseError, NetworkError, UnauthorizedError } from './errors';

/**
 * The one HTTP client. Pages and hooks never call Taro.request: services call `apiGet` /
 * `apiSend`, which own the base URL, the session header, timeout, retries and turning every
 * failure into a typed error (Taro.request resolves on 4xx/5xx, so the status is checked here).
 */

export type QueryValue = string | number | boolean | undefined | null;
export type Query = Record<string, QueryValue>;

export interface RequestOptions {
  /** ms before giving up on one attempt */
  timeout?: number;
  /** extra attempts after the first; reads only */
  retries?: number;
  /**
   * false for the sign-in exchange itself: its 401 means the credential was refused, and must
   * not start another sign-in
   */
  recoverSession?: boolean;
  /** request headers the endpoint reads (Idempotency-Key, If-Match, Content-Range) */
  headers?: Record<string, string>;
}

const DEFAULT_TIMEOUT = 10_000;
const DEFAULT_READ_RETRIES = 2;
const BACKOFF_BASE_MS = 400;

let baseUrl: string = typeof API_BASE_URL === 'string' ? API_BASE_URL : '';

/** For tests and tools: point the client somewhere else. */
export function setApiBaseUrl(url: string): void {
  baseUrl = url.replace(/\/+$/, '');
}

export function buildUrl(path: string, query?: Query): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    parts.push(`${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`);
  }
  return `${baseUrl}/api${path}${parts.length ? `?${parts.join('&')}` : ''}`;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** JSON for objects; raw bytes (upload chunks) as they are. */
function contentTypeOf(body: unknown): Record<string, string> {
  if (body === undefined) return {};
  return { 'Content-Type': body instanceof ArrayBuffer ? 'application/octet-stream' : 'application/json' };
}

async function attempt<T>(method: Method, url: string, body: unknown, timeout: number, token: string | null, headers: Record<string, string> = {}): Promise<T> {
  let res: Taro.request.SuccessCallbackResult<string | TaroGeneral.IAnyObject>;
  try {
    res = await Taro.request<string | TaroGeneral.IAnyObject>({
      url,
      method,
      data: body as Taro.request.Option['data'],
      header: {
        Accept: 'application/json',
        ...contentTypeOf(body),
        ...headers,
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
      },
      timeout,
      dataType: '其他',
      responseType: 'text',
    });
  } catch (e) {
    const message = (e as { errMsg?: string; message?: string })?.errMsg ?? (e as Error)?.message ?? 'request failed';
    throw new NetworkError(message, /timeout|超时|abort/i.test(message));
  }
  const parsed = parseBody(res.data);
  if (res.statusCode < 200 || res.statusCode >= 300) {
    const errorBody = parsed.ok ? (parsed.value as Partial<ApiErrorBody> | null)?.error : undefined;
    const body = errorBody && typeof errorBody.message === 'string' ? errorBody : undefined;
    throw res.statusCode === 401 ? new UnauthorizedError(body) : new HttpError(res.statusCode, body);
  }
  if (!parsed.ok || parsed.value === null || typeof parsed.value !== 'object') {
    throw new MalformedResponseError(`malformed body from ${method} ${url.split('?')[0]}`);
  }
  return parsed.value as T;
}

function parseBody(data: unknown): { ok: true; value: unknown } | { ok: false } {
  if (typeof data !== 'string') return data === undefined ? { ok: false } : { ok: true, value: data };
  try {
    return { ok: true, value: JSON.parse(data) };
  } catch {
    return { ok: false };
  }
}

/**
 * What the platform does when the server refuses a session (core/session/recovery.*, installed
 * at app start): resolves true once a new session has started and the refused request may be
 * sent again, false when the citizen has to act (the H5 sign-in page). `sentWith` is the token
 * the refused request carried, so a re-login that another request already finished is reused.
 */
export type UnauthorizedHandler = (sentWith: string | null) => Promise<boolean>;

let unauthorizedHandler: UnauthorizedHandler | null = null;

/** Installs the platform's answer to a 401; null puts back the default (the error reaches the screen). */
export function setUnauthorizedHandler(handler: UnauthorizedHandler | null): void {
  unauthorizedHandler = handler;
}

/** Per call: the sign-in exchange itself must not try to sign in again when it is refused. */
interface SessionOptions {
  recover: boolean;
}

/**
 * One attempt with the current session's token. A 401 goes to `onUnauthorized`, the single place
 * that decides what a refused session leads to.
 */
async function withSession<T>(send: (token: string | null) => Promise<T>, options: SessionOptions): Promise<T> {
  const token = sessionToken();
  try {
    return await send(token);
  } catch (e) {
    if (e instanceof UnauthorizedError) return onUnauthorized(e, token, () => send(sessionToken()), options);
    throw e;
  }
}

/**
 * A 401 ends the session it was sent with (the server no longer accepts that token). Then the
 * platform's handler may start a new session (weapp: silently, with wx.login), after which the
 * request is sent exactly once more; a second 401 reaches the screen as an UnauthorizedError.
 */
async function onUnauthorized<T>(error: UnauthorizedError, sentWith: string | null, resend: () => Promise<T>, options: SessionOptions): Promise<T> {
  endSession(sentWith);
  if (!options.recover || !unauthorizedHandler) throw error;
  const renewed = await unauthorizedHandler(sentWith);
  if (!renewed) throw error;
  const retriedWith = sessionToken();
  try {
    return await resend();
  } catch (e) {
    if (e instanceof UnauthorizedError) endSession(retriedWith);
    throw e;
  }
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Delay before retry n (0-based): exponential with jitter, so many clients do not retry in step. */
export function backoffDelay(n: number, random: () => number = Math.random): number {
  const base = BACKOFF_BASE_MS * 2 ** n;
  return Math.round(base / 2 + random() * (base / 2));
}

/** GET with retries on network errors, 5xx, 429 and malformed bodies. */
export async function apiGet<T>(path: string, query?: Query, options: RequestOptions = {}): Promise<T> {
  const url = buildUrl(path, query);
  const retries = options.retries ?? DEFAULT_READ_RETRIES;
  const timeout = options.timeout ?? DEFAULT_TIMEOUT;
  for (let n = 0; ; n += 1) {
    try {
      return await withSession((token) => attempt<T>('GET', url, undefined, timeout, token, options.headers), { recover: options.recoverSession ?? true });
    } catch (e) {
      const retryable = (e as { retryable?: boolean }).retryable === true;
      if (!retryable || n >= retries) throw e;
      await sleep(backoffDelay(n));
    }
  }
}

/** Writes are never retried automatically: the citizen decides whether to send again. */
export async function apiSend<T>(method: Exclude<Method, 'GET'>, path: string, body?: unknown, options: RequestOptions = {}): Promise<T> {
  return withSession((token) => attempt<T>(method, buildUrl(path), body, options.timeout ?? DEFAULT_TIMEOUT, token, options.headers), { recover: options.recoverSession ?? true });
}

// ---- typed calls ---------------------------------------------------------------------------

type Field<K extends ApiKey, F extends string> = F extends keyof Api[K] ? Api[K][F] : never;
type Part<K extends ApiKey, F extends string> = [Field<K, F>] extends [never] ? {} : { [P in F]: Field<K, F> };

/** What one endpoint call takes: its path params, query, headers and body, as the contract names them. */
export type CallInput<K extends ApiKey> = Part<K, 'params'> & Part<K, 'query'> & Part<K, 'headers'> & Part<K, 'body'>;
export type CallResponse<K extends ApiKey> = Api[K]['response'];

/** Fills `:name` segments, each URI-encoded; a missing parameter is a programming error. */
export function fillPath(path: string, params: Record<string, string> | undefined): string {
  return path.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    const value = params?.[name];
    if (value === undefined) throw new Error(`missing path parameter ${name} for ${path}`);
    return encodeURIComponent(value);
  });
}

/**
 * Calls one endpoint of the contract by its `METHOD /path` key. Reads retry (apiGet), writes
 * never do (apiSend). The answer is typed by the same table the mock server's route is typed by.
 */
export function call<K extends ApiKey>(key: K, ...[input, options]: {} extends CallInput<K> ? [CallInput<K>?, RequestOptions?] : [CallInput<K>, RequestOptions?]): Promise<CallResponse<K>> {
  const space = key.indexOf(' ');
  const method = key.slice(0, space) as MethodOf<K>;
  const parts = (input ?? {}) as { params?: Record<string, string>; query?: Query; headers?: Record<string, string>; body?: unknown };
  const path = fillPath(key.slice(space + 1) as PathOf<K>, parts.params);
  const withHeaders = parts.headers ? { ...options, headers: { ...options?.headers, ...parts.headers } } : options;
  if (method === 'GET') return apiGet<CallResponse<K>>(path, parts.query, withHeaders);
  return apiSend<CallResponse<K>>(method, path, parts.body, withHeaders);
}
