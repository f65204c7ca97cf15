import { call } from '../../core/http/client';
import type { UploadTransport } from './chunker';
import { contentRange } from './chunker';

/** A chunk may take a while on a slow mobile link: more than a JSON read. */
const CHUNK_TIMEOUT_MS = 30_000;

/** Typed calls for 我的材料 (uploads), keyed by the contract's endpoint table. */
export const uploadsService = {
  list: () => call('GET /uploads'),
  get: (id: string) => call('GET /uploads/:id', { params: { id } }),
  remove: (id: string) => call('DELETE /uploads/:id', { params: { id } }),
};

/** The chunker's way to the server: POST /uploads, PUT /uploads/:id with Content-Range, GET /uploads/:id. */
export const uploadTransport: UploadTransport = {
  create: (init) => call('POST /uploads', { body: init }),
  putChunk: (id, from, to, size, bytes) =>
    call('PUT /uploads/:id', { params: { id }, headers: { 'Content-Range': contentRange(from, to, size) }, body: bytes }, { timeout: CHUNK_TIMEOUT_MS }),
  // a read: the client retries it on a flaky network by itself
  get: (id) => call('GET /uploads/:id', { params: { id } }),
};
