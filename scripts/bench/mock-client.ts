/**
 * A small HTTP client for the mock API measurements (submit latency, journeys under load): one
 * keep-alive agent per client, JSON or raw bytes in, status + parsed JSON + round-trip time out,
 * a timeout per request. Plus what both measurements need to get a draft ready to submit: the
 * item ids, a PDF in 我的材料, and the full save (form filled by the tests' fillForm, test/support/api-client.ts).
 */
import { Agent, request } from 'node:http';
import type { Draft, Upload } from '../../src/shared/api/applications';
import { UPLOAD_CHUNK_BYTES } from '../../src/shared/api/applications';
import type { ItemListResponse } from '../../src/shared/api/catalog';
import type { PersonaId, SessionGrant } from '../../src/shared/api/identity';
import { answerChecklist, fillForm, pdfBytes } from '../../test/support/api-client';

export interface Answer<T = unknown> {
  status: number;
  body: T;
  /** round trip, request written → last byte of the answer read, ms */
  ms: number;
}

export interface CallOptions {
  token?: string;
  json?: unknown;
  raw?: Buffer;
  headers?: Record<string, string>;
}

export class MockClient {
  private readonly agent: Agent;
  private readonly host: string;
  private readonly port: number;
  private readonly timeoutMs: number;

  constructor(baseUrl: string, options: { sockets?: number; timeoutMs?: number } = {}) {
    const url = new URL(baseUrl);
    this.timeoutMs = options.timeoutMs ?? 10_000;
    this.host = url.hostname;
    this.port = Number(url.port);
    this.agent = new Agent({ keepAlive: true, maxSockets: options.sockets ?? 1 });
  }

  /** Rejects on a socket error or timeout; any HTTP status resolves. */
  call<T = unknown>(method: string, path: string, options: CallOptions = {}): Promise<Answer<T>> {
    const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    let payload: Buffer | undefined;
    if (options.json !== undefined) {
      headers['content-type'] ??= 'application/json';
      payload = Buffer.from(JSON.stringify(options.json));
    } else if (options.raw) {
      headers['content-type'] ??= 'application/octet-stream';
      payload = options.raw;
    }
    if (payload) headers['content-length'] = String(payload.length);
    return new Promise((resolve, reject) => {
      const t0 = performance.now();
      const req = request({ host: this.host, port: this.port, method, path: `/api${path}`, headers, agent: this.agent }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', reject);
        res.on('end', () => {
          const ms = performance.now() - t0;
          const text = Buffer.concat(chunks).toString('utf8');
          try {
            resolve({ status: res.statusCode ?? 0, body: (text ? JSON.parse(text) : undefined) as T, ms });
          } catch {
            resolve({ status: res.statusCode ?? 0, body: text as T, ms });
          }
        });
      });
      req.setTimeout(this.timeoutMs, () => req.destroy(new Error(`timeout after ${this.timeoutMs} ms: ${method} ${path}`)));
      req.on('error', reject);
      req.end(payload);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}

/** Throws unless the answer has the expected status. */
export function expectStatus<T>(answer: Answer<T>, status: number, what: string): T {
  if (answer.status !== status) throw new Error(`${what}: ${answer.status} ${JSON.stringify(answer.body).slice(0, 300)}`);
  return answer.body;
}

export async function demoSignIn(client: MockClient, persona: PersonaId): Promise<string> {
  return expectStatus(await client.call<SessionGrant>('POST', '/session/demo', { json: { persona } }), 200, `demo sign-in ${persona}`).token;
}

/** Declares and sends a file in chunks; answers the completed upload. */
export async function uploadFile(client: MockClient, token: string, fileName: string, contentType: string, bytes: Buffer): Promise<Upload> {
  let upload = expectStatus(await client.call<Upload>('POST', '/uploads', { token, json: { fileName, contentType, size: bytes.length } }), 201, 'upload init');
  while (upload.received < bytes.length) {
    const from = upload.received;
    const to = Math.min(from + UPLOAD_CHUNK_BYTES, bytes.length) - 1;
    const headers = { 'content-range': `bytes ${from}-${to}/${bytes.length}` };
    upload = expectStatus(await client.call<Upload>('PUT', `/uploads/${upload.id}`, { token, raw: bytes.subarray(from, to + 1), headers }), 200, 'upload chunk');
  }
  return upload;
}

/** The verified demo personas (newcomer is unverified and cannot submit). */
export const SUBMITTING_PERSONAS = ['yu', 'tian', 'tu'] as const satisfies readonly PersonaId[];
export type SubmittingPersona = (typeof SUBMITTING_PERSONAS)[number];

export interface Items {
  /** 企业设立登记（区县级） in 九龙坡区 */
  company: string;
  /** 普通护照签发 (city level) */
  passport: string;
}

export async function findItems(client: MockClient): Promise<Items> {
  const idOf = async (q: string, name: string, division?: string): Promise<string> => {
    const query = `/items?q=${encodeURIComponent(q)}${division ? `&division=${division}` : ''}`;
    const found = expectStatus(await client.call<ItemListResponse>('GET', query), 200, `search ${q}`);
    const id = found.items.find((i) => i.name === name)?.id;
    if (!id) throw new Error(`no item ${name} in the catalog`);
    return id;
  };
  return { company: await idOf('企业设立登记', '企业设立登记（区县级）', '500107'), passport: await idOf('普通护照签发', '普通护照签发') };
}

/**
 * What each persona applies for: 企业设立登记 needs a company name only 喻先生's profile prefills
 * (his company), so he alternates it with 普通护照签发; 田 and 涂 apply for passports.
 */
export function itemFor(persona: SubmittingPersona, items: Items, n: number): string {
  return persona === 'yu' && n % 2 === 0 ? items.company : items.passport;
}

export const BENCH_PDF = pdfBytes(3000);

/** The full save of a fresh draft: every field, every required material (the PDF), express home. */
export function fullSave(draft: Draft, persona: SubmittingPersona, today: string, pdfId: string) {
  const materials = answerChecklist(draft, pdfId);
  return {
    situationId: draft.situationId,
    applicant: { kind: 'self' as const },
    values: fillForm(draft.form, today, pdfId),
    materials,
    delivery: { method: 'express' as const, addressId: `addr_${persona}_home` },
    currentTask: 'review' as const,
  };
}

/** Creates a draft of `itemId` (situation s1) and saves it complete; answers the saved draft. */
export async function readyDraft(client: MockClient, token: string, persona: SubmittingPersona, itemId: string, today: string, pdfId: string): Promise<Draft> {
  const created = expectStatus(await client.call<Draft>('POST', '/drafts', { token, json: { itemId, situationId: 's1' } }), 201, 'create draft');
  const saved = expectStatus(
    await client.call<Draft>('PUT', `/drafts/${created.id}`, { token, json: fullSave(created, persona, today, pdfId), headers: { 'If-Match': String(created.version) } }),
    200,
    'save draft',
  );
  if (Object.keys(saved.problems).length > 0) throw new Error(`draft of ${persona} not ready: ${JSON.stringify(saved.problems)}`);
  return saved;
}

/** Beijing date of an instant, YYYY-MM-DD (what the mock's form checks call today). */
export function beijingDate(at: Date): string {
  return new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}
