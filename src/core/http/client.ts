import Taro from '@tarojs/taro';
import type { ApiErrorBody } from '../../shared/api/errors';
import { HttpError, MalformedResponseError, NetworkError } from './errors';

/**
 * The one HTTP client. Pages and hooks never call Taro.request: services call `apiGet` /
 * `apiSend`, which own the base URL, timeout, retries and turning every failure into a typed
 * error (Taro.request resolves on 4xx/5xx, so the status is checked here).
 */

export type QueryValue = string | number | boolean | undefined | null;
export type Query = Record<string, QueryValue>;

export interface RequestOptions {
  /** ms before giving up on one attempt */
  timeout?: number;
  /** extra attempts after the first; reads only */
  retries?: number;
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

async function attempt<T>(method: Method, url: string, body: unknown, timeout: number): Promise<T> {
  let res: Taro.request.SuccessCallbackResult<string | TaroGeneral.IAnyObject>;
  try {
    res = await Taro.request<string | TaroGeneral.IAnyObject>({
      url,
      method,
      data: body as Taro.request.Option['data'],
      header: { Accept: 'application/json', ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
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
    throw new HttpError(res.statusCode, errorBody && typeof errorBody.message === 'string' ? errorBody : undefined);
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
      return await attempt<T>('GET', url, undefined, timeout);
    } catch (e) {
      const retryable = (e as { retryable?: boolean }).retryable === true;
      if (!retryable || n >= retries) throw e;
      await sleep(backoffDelay(n));
    }
  }
}

/** Writes are never retried automatically: the citizen decides whether to send again. */
export async function apiSend<T>(method: Exclude<Method, 'GET'>, path: string, body?: unknown, options: RequestOptions = {}): Promise<T> {
  return attempt<T>(method, buildUrl(path), body, options.timeout ?? DEFAULT_TIMEOUT);
}
