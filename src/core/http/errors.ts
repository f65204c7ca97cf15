import type { ApiErrorBody } from '../../shared/api/errors';

/**
 * Every failure of an API call becomes one of these, so screens can say the right thing:
 * "no network" asks the citizen to check their connection, a field error goes next to the field.
 */
export abstract class RequestError extends Error {
  // Getters, not abstract fields: a compiled class field on the base would shadow the
  // subclasses' getters and every message would come out empty.
  /** a sentence a citizen can read */
  abstract get userMessage(): string;
  /** whether trying again may help */
  abstract get retryable(): boolean;
}

/** The request never got an answer: offline, DNS, refused, or timed out. */
export class NetworkError extends RequestError {
  override readonly name = 'NetworkError';
  get retryable(): boolean {
    return true;
  }
  constructor(
    message: string,
    readonly timedOut = false,
  ) {
    super(message);
  }
  get userMessage(): string {
    return this.timedOut ? '服务器响应超时，请稍后重试' : '网络连接不可用，请检查网络后重试';
  }
}

/** The server answered with a non-2xx status. */
export class HttpError extends RequestError {
  override readonly name: string = 'HttpError';
  readonly code: string;
  /** per-field Chinese messages from the server's validation, keyed by request field */
  readonly fields: Record<string, string>;
  constructor(
    readonly status: number,
    body: ApiErrorBody['error'] | undefined,
  ) {
    super(body?.message ?? `HTTP ${status}`);
    this.code = body?.code ?? 'http_error';
    this.fields = body?.fields ?? {};
  }
  get retryable(): boolean {
    return this.status >= 500 || this.status === 429;
  }
  get userMessage(): string {
    if (this.status === 404) return this.message && this.code === 'not_found' ? this.message : '没有找到您要的内容';
    if (this.status === 429) return '访问人数较多，请稍后重试';
    if (this.status >= 500) return '服务暂时不可用，请稍后重试';
    return this.message || '请求有误，请检查后重试';
  }
}

/**
 * 401: the server does not accept the session (none, expired or revoked). Still an HttpError,
 * so screens that only know HttpError keep working; screens that can sign in again look for
 * this class.
 */
export class UnauthorizedError extends HttpError {
  override readonly name = 'UnauthorizedError';
  constructor(body: ApiErrorBody['error'] | undefined) {
    super(401, body);
  }
  override get retryable(): boolean {
    // sending the same request again with the same token cannot help; signing in again can
    return false;
  }
  override get userMessage(): string {
    return '登录已失效，请重新登录';
  }
}

/** The server answered 2xx but the body is not the JSON we expect. */
export class MalformedResponseError extends RequestError {
  override readonly name = 'MalformedResponseError';
  get retryable(): boolean {
    return true;
  }
  get userMessage(): string {
    return '服务返回的数据有误，请稍后重试';
  }
}

export function isRequestError(e: unknown): e is RequestError {
  return e instanceof RequestError;
}

/** The message to show for any error a request may throw. */
export function userMessageOf(e: unknown): string {
  return isRequestError(e) ? e.userMessage : '出了点问题，请稍后重试';
}
