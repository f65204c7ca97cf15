/**
 * The one HTTP client of the tests that call the mock API: JSON or raw bytes with headers, an
 * optional Idempotency-Key, a bearer token, sign-in (demo persona, SMS through the dev outbox),
 * a chunked upload; files built in the test (a real small PDF, PNG and JPEG); a valid answer to
 * any form; and a whole application filed as the apply flow files it.
 */
import { deflateSync } from 'node:zlib';
import type { Application, DeliveryChoice, Draft, MaterialAnswer, Upload } from '../../src/shared/api/applications';
import { UPLOAD_CHUNK_BYTES } from '../../src/shared/api/applications';
import type { OutboxMessage } from '../../src/shared/api/dev';
import type { Address, PersonaId, SessionGrant } from '../../src/shared/api/identity';
import type { ApplicationForm, FieldValue, FormField, FormValues, SectionValues } from '../../src/shared/forms/types';
import { creditCodeCheckCharacter, idCheckCharacter } from '../../src/shared/identity/checks';

export interface Answer<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

export interface ErrorBody {
  error: { code: string; message: string; fields?: Record<string, string> };
}

export interface CallOptions {
  /** sent as JSON (content-type application/json unless `headers` names another) */
  json?: unknown;
  /** sent as is (content-type application/octet-stream unless `headers` names another) */
  raw?: Buffer;
  /** the Idempotency-Key header */
  key?: string;
  headers?: Record<string, string>;
}

export class Api {
  constructor(
    readonly base: string,
    readonly token?: string,
  ) {}

  withToken(token: string | undefined): Api {
    return new Api(this.base, token);
  }

  async call<T = unknown>(method: string, path: string, options: CallOptions = {}): Promise<Answer<T>> {
    const headers: Record<string, string> = { ...options.headers };
    if (this.token) headers.authorization = `Bearer ${this.token}`;
    if (options.key !== undefined) headers['idempotency-key'] = options.key;
    let body: string | Blob | undefined;
    if (options.json !== undefined) {
      headers['content-type'] ??= 'application/json';
      body = JSON.stringify(options.json);
    } else if (options.raw) {
      headers['content-type'] ??= 'application/octet-stream';
      body = new Blob([new Uint8Array(options.raw)]);
    }
    const res = await fetch(`${this.base}/api${path}`, { method, headers, body });
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : undefined) as T, headers: res.headers };
  }

  get<T = unknown>(path: string) {
    return this.call<T>('GET', path);
  }
  /** `extra`: the request's headers, or its Idempotency-Key alone. */
  post<T = unknown>(path: string, json?: unknown, extra?: Record<string, string> | string) {
    return this.call<T>('POST', path, { json, ...extraOptions(extra) });
  }
  put<T = unknown>(path: string, json?: unknown, extra?: Record<string, string> | string) {
    return this.call<T>('PUT', path, { json, ...extraOptions(extra) });
  }
  del<T = unknown>(path: string, json?: unknown) {
    return this.call<T>('DELETE', path, { json });
  }

  /** The same server as the demo persona. */
  async demo(persona: PersonaId): Promise<Api> {
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

  /** Signs in by SMS: the code is read from the dev outbox. */
  async sms(phone: string): Promise<{ client: Api; grant: SessionGrant }> {
    const sent = await this.post('/session/sms-code', { phone });
    if (sent.status !== 200) throw new Error(`sms-code failed: ${sent.status} ${JSON.stringify(sent.body)}`);
    const res = await this.post<SessionGrant>('/session/sms', { phone, code: await this.lastSmsCode() });
    if (res.status !== 200) throw new Error(`sms sign-in failed: ${res.status} ${JSON.stringify(res.body)}`);
    return { client: this.withToken(res.body.token), grant: res.body };
  }

  /** Declares and sends a file in chunks; answers the last Upload. */
  async upload(fileName: string, contentType: string, bytes: Buffer, chunk = UPLOAD_CHUNK_BYTES): Promise<Upload> {
    const created = await this.post<Upload>('/uploads', { fileName, contentType, size: bytes.length });
    if (created.status !== 201) throw new Error(`upload init failed: ${created.status} ${JSON.stringify(created.body)}`);
    let upload = created.body;
    while (upload.received < bytes.length) {
      const from = upload.received;
      const to = Math.min(from + chunk, bytes.length) - 1;
      const res = await this.putChunk<Upload>(upload.id, bytes.subarray(from, to + 1), from, to, bytes.length);
      if (res.status !== 200) throw new Error(`chunk failed: ${res.status} ${JSON.stringify(res.body)}`);
      upload = res.body;
    }
    return upload;
  }

  putChunk<T = unknown>(id: string, bytes: Buffer, from: number, to: number, size: number, headers: Record<string, string> = {}) {
    return this.call<T>('PUT', `/uploads/${id}`, { raw: bytes, headers: { 'content-range': `bytes ${from}-${to}/${size}`, ...headers } });
  }
}

function extraOptions(extra: Record<string, string> | string | undefined): Pick<CallOptions, 'key' | 'headers'> {
  if (extra === undefined) return {};
  return typeof extra === 'string' ? { key: extra } : { headers: extra };
}

let counter = 0;
/** A fresh Idempotency-Key. */
export function newKey(): string {
  counter += 1;
  return `test-key-${counter}-${Math.random().toString(36).slice(2, 10)}`;
}

// ---- files built in the test --------------------------------------------------------------------

/** A one-page PDF, padded with a comment to `size` bytes. */
export function pdfBytes(size = 2000): Buffer {
  const head = '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n';
  const tail = 'trailer<</Root 1 0 R>>\n%%EOF\n';
  const pad = Math.max(0, size - head.length - tail.length - 2);
  return Buffer.from(`${head}%${'x'.repeat(pad)}\n${tail}`, 'latin1');
}

function crc32(buf: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of buf) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A real PNG of width × height random grey pixels (random, so it does not compress away). */
export function pngBytes(width = 16, height = 16): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(width + 1);
    for (let x = 1; x <= width; x++) row[x] = (x * 31 + y * 17 + ((x * y) % 13) * 7) & 0xff;
    rows.push(row);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, pngChunk('IHDR', ihdr), pngChunk('IDAT', deflateSync(Buffer.concat(rows), { level: 0 })), pngChunk('IEND', Buffer.alloc(0))]);
}

/** The start of a JPEG (SOI + APP0 JFIF) padded to `size`, ending in EOI. */
export function jpegBytes(size = 1000): Buffer {
  const head = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00]);
  return Buffer.concat([head, Buffer.alloc(Math.max(0, size - head.length - 2), 0x11), Buffer.from([0xff, 0xd9])]);
}

/** 18-character ID numbers and 11-digit mobile numbers, unmasked. */
export const FULL_ID = /(?<![\dA-Za-z*])\d{17}[\dXx](?![\dA-Za-z*])/;
export const FULL_PHONE = /(?<!\d)1[3-9]\d{9}(?!\d)/;

// ---- a valid answer to any form -----------------------------------------------------------------

function withCheck(first17: string, check: (s: string) => string): string {
  return first17 + check(first17);
}

function addDaysTo(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** A value every check of validate.ts accepts for this field. */
export function validValue(field: FormField, today: string, uploadId: string): FieldValue {
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'address': {
      const base = field.type === 'address' ? '九龙坡区兴胜路18号2单元' : '测试填写的内容';
      const min = field.minLength ?? 1;
      const max = field.maxLength ?? (field.type === 'textarea' ? 500 : 100);
      return (base.repeat(Math.ceil(min / base.length) + 1)).slice(0, Math.min(max, Math.max(min, base.length)));
    }
    case 'number':
    case 'money': {
      const value = field.min !== undefined ? Math.max(field.min, Math.min(field.max ?? field.min, Math.ceil(field.min))) : 1;
      const n = field.max !== undefined ? Math.min(value, field.max) : value;
      return String(n);
    }
    case 'date':
      return addDaysTo(today, Math.max(field.minDaysFromToday ?? 0, Math.min(1, field.maxDaysFromToday ?? 1)));
    case 'select':
      return field.options?.[0]?.value ?? '';
    case 'division':
      return '500107001004'.slice(0, field.divisionDepth === 'district' ? 6 : field.divisionDepth === 'township' ? 9 : 12);
    case 'phone':
      return '13800138000';
    case 'id_number':
      return withCheck('50010719900101123', idCheckCharacter);
    case 'credit_code':
      return withCheck('91500107MA5U7C8J2', creditCodeCheckCharacter);
    case 'plate':
      return '渝A12345';
    case 'checkbox':
      return true;
    case 'file':
      return uploadId;
  }
}

/** Values for every visible, unlocked field of a form (and the minimum of each repeated section). */
/** `prefilled`: the draft's prefilled sources; a prefilled field the profile lacks is then filled. */
export function fillForm(form: ApplicationForm, today: string, uploadId: string, prefilled?: Draft['prefilled']): FormValues {
  const values: FormValues = {};
  for (const section of form.sections) {
    const entry = (): SectionValues => {
      const out: SectionValues = {};
      for (const field of section.fields) {
        // locked and prefilled fields come from the profile; a prefill the profile does not have
        // (a truck owner without a company) is typed in, as the citizen would
        if (field.locked || (field.prefill && (!prefilled || prefilled[field.prefill] !== undefined))) continue;
        if (field.visibleWhen && !field.visibleWhen.in.includes(String(out[field.visibleWhen.field] ?? ''))) continue;
        out[field.key] = validValue(field, today, uploadId);
      }
      return out;
    };
    values[section.key] = section.repeat ? Array.from({ length: Math.max(1, section.repeat.min) }, entry) : entry();
  }
  // The form's cross-field rules, met as a careful citizen meets them.
  for (const rule of form.rules ?? []) {
    const [section, field] = (rule.kind === 'sum' ? rule.total : rule.kind === 'order' ? rule.later : rule.field).split('.');
    const target = values[section];
    if (!target || Array.isArray(target) || target[field] === undefined) continue;
    if (rule.kind === 'sum') {
      const [ps, pf] = rule.parts.split('.');
      const parts = values[ps];
      const fen = Array.isArray(parts) ? parts.reduce((sum, e) => sum + Math.round(Number(e[pf] ?? 0) * 100), 0) : 0;
      target[field] = String(fen / 100);
    } else if (rule.kind === 'order') {
      const [es, ef] = rule.earlier.split('.');
      const earlier = values[es];
      if (earlier && !Array.isArray(earlier) && typeof earlier[ef] === 'string' && String(target[field]) < String(earlier[ef])) target[field] = earlier[ef];
    } else if (target[field] === rule.value) {
      const options = form.sections.find((s) => s.key === section)?.fields.find((f) => f.key === field)?.options ?? [];
      target[field] = options.find((o) => o.value !== rule.value)?.value ?? '';
    }
  }
  return values;
}

// ---- a whole application ------------------------------------------------------------------------

/**
 * One application of the signed-in citizen, filed through the API as the apply flow files it: a
 * draft; a PDF for every required material no certificate meets, 容缺 ones deferred; express to
 * the citizen's default address when the item offers it, else the e-certificate; saved with
 * If-Match; submitted with an Idempotency-Key. Throws at the first step the server refuses.
 */
/**
 * The materials answers of a complete draft: what an e-certificate does not meet is met by the
 * given upload, deferrable materials are deferred (容缺), optional ones are left out.
 */
export function answerChecklist(draft: Draft, uploadId: string): Record<string, MaterialAnswer> {
  return Object.fromEntries(
    draft.checklist
      .filter((m) => !m.certificate && m.requirement !== 'optional')
      .map((m): [string, MaterialAnswer] => [m.materialId, m.requirement === 'deferrable' ? { kind: 'deferred' } : { kind: 'upload', uploadIds: [uploadId] }]),
  );
}

export async function fileApplication(api: Api, itemId: string, options: { situationId?: string; key?: string; today?: string } = {}): Promise<Application> {
  const { situationId = 's1', key = newKey(), today = '2026-12-02' } = options;
  const created = await api.post<Draft>('/drafts', { itemId, situationId });
  if (created.status !== 201) throw new Error(`draft: ${created.status} ${JSON.stringify(created.body)}`);
  const draft = created.body;
  const pdf = await api.upload('照片.pdf', 'application/pdf', pdfBytes(3000));
  const materials = answerChecklist(draft, pdf.id);
  let delivery: DeliveryChoice = { method: 'electronic' };
  if (draft.deliveryOptions.includes('express')) {
    const addresses = await api.get<Address[]>('/me/addresses');
    if (addresses.status !== 200) throw new Error(`addresses: ${addresses.status} ${JSON.stringify(addresses.body)}`);
    const home = addresses.body.find((a) => a.isDefault);
    if (home) delivery = { method: 'express', addressId: home.id };
  }
  const saved = await api.put<Draft>(
    `/drafts/${draft.id}`,
    { situationId: draft.situationId, applicant: { kind: 'self' }, values: fillForm(draft.form, today, pdf.id, draft.prefilled), materials, delivery, currentTask: 'review' },
    { 'If-Match': String(draft.version) },
  );
  if (saved.status !== 200) throw new Error(`save: ${saved.status} ${JSON.stringify(saved.body)}`);
  const filed = await api.post<Application>('/applications', { draftId: draft.id }, { 'Idempotency-Key': key });
  if (filed.status !== 201) throw new Error(`submit: ${filed.status} ${JSON.stringify(filed.body)}`);
  return filed.body;
}
