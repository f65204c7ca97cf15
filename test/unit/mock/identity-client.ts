/**
 * A small HTTP client for the identity tests: JSON in, status and JSON out, an optional bearer
 * token, and sign-in helpers (demo persona, SMS through the dev outbox).
 */
import type { OutboxMessage } from '../../../src/shared/api/dev';
import type { PersonaId, SessionGrant } from '../../../src/shared/api/identity';

export interface Answer<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

export interface ErrorBody {
  error: { code: string; message: string; fields?: Record<string, string> };
}

export class Client {
  constructor(
    readonly base: string,
    readonly token?: string,
  ) {}

  withToken(token: string | undefined): Client {
    return new Client(this.base, token);
  }

  async call<T = unknown>(method: string, path: string, body?: unknown, rawBody?: string): Promise<Answer<T>> {
    const headers: Record<string, string> = {};
    if (body !== undefined || rawBody !== undefined) headers['content-type'] = 'application/json';
    if (this.token) headers.authorization = `Bearer ${this.token}`;
    const res = await fetch(`${this.base}/api${path}`, { method, headers, body: rawBody ?? (body === undefined ? undefined : JSON.stringify(body)) });
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : undefined) as T, headers: res.headers };
  }

  get<T = unknown>(path: string) {
    return this.call<T>('GET', path);
  }
  post<T = unknown>(path: string, body?: unknown) {
    return this.call<T>('POST', path, body);
  }
  put<T = unknown>(path: string, body?: unknown) {
    return this.call<T>('PUT', path, body);
  }
  del<T = unknown>(path: string, body?: unknown) {
    return this.call<T>('DELETE', path, body);
  }

  async demo(persona: PersonaId): Promise<Client> {
    const res = await this.post<SessionGrant>('/session/demo', { persona });
    if (res.status !== 200) throw new Error(`demo sign-in failed: ${res.status}`);
    return this.withToken(res.body.token);
  }

  /** The last SMS code the dev outbox holds. */
  async lastSmsCode(): Promise<string> {
    const outbox = await this.get<OutboxMessage[]>('/dev/outbox');
    const match = /验证码为(\d{6})/.exec(outbox.body[0]?.text ?? '');
    if (!match) throw new Error('no SMS code in the outbox');
    return match[1];
  }

  async sms(phone: string): Promise<{ client: Client; grant: SessionGrant }> {
    const sent = await this.post('/session/sms-code', { phone });
    if (sent.status !== 200) throw new Error(`sms-code failed: ${sent.status} ${JSON.stringify(sent.body)}`);
    const res = await this.post<SessionGrant>('/session/sms', { phone, code: await this.lastSmsCode() });
    if (res.status !== 200) throw new Error(`sms sign-in failed: ${res.status} ${JSON.stringify(res.body)}`);
    return { client: this.withToken(res.body.token), grant: res.body };
  }
}

/** 18-character ID numbers and 11-digit mobile numbers, unmasked. */
export const FULL_ID = /(?<![\dA-Za-z*])\d{17}[\dXx](?![\dA-Za-z*])/;
export const FULL_PHONE = /(?<!\d)1[3-9]\d{9}(?!\d)/;
