/**
 * HTTP helpers of the payments, appointments and company-name tests: JSON in, status and JSON
 * out, a bearer token, an optional Idempotency-Key, demo sign-in.
 */
import type { PersonaId, SessionGrant } from '../../../src/shared/api/identity';

export interface Answer<T = unknown> {
  status: number;
  body: T;
}

export interface ErrorBody {
  error: { code: string; message: string; fields?: Record<string, string> };
}

export interface CallOptions {
  body?: unknown;
  /** sent as is, for malformed JSON */
  rawBody?: string;
  key?: string;
  headers?: Record<string, string>;
}

export class Api {
  constructor(
    readonly base: string,
    readonly token?: string,
  ) {}

  async call<T = unknown>(method: string, path: string, options: CallOptions = {}): Promise<Answer<T>> {
    const headers: Record<string, string> = { ...options.headers };
    if (options.body !== undefined || options.rawBody !== undefined) headers['content-type'] = 'application/json';
    if (this.token) headers.authorization = `Bearer ${this.token}`;
    if (options.key !== undefined) headers['idempotency-key'] = options.key;
    const res = await fetch(`${this.base}/api${path}`, {
      method,
      headers,
      body: options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
    });
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : undefined) as T };
  }

  get<T = unknown>(path: string) {
    return this.call<T>('GET', path);
  }

  post<T = unknown>(path: string, body?: unknown, key?: string) {
    return this.call<T>('POST', path, { body, key });
  }

  del<T = unknown>(path: string) {
    return this.call<T>('DELETE', path);
  }

  async as(persona: PersonaId): Promise<Api> {
    const res = await this.post<SessionGrant>('/session/demo', { persona });
    if (res.status !== 200) throw new Error(`demo sign-in failed: ${res.status}`);
    return new Api(this.base, res.body.token);
  }
}

let counter = 0;
/** A fresh Idempotency-Key. */
export function newKey(): string {
  counter += 1;
  return `test-key-${counter}-${Math.random().toString(36).slice(2, 10)}`;
}
