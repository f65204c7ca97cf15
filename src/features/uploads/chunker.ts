import { UPLOAD_CHUNK_BYTES, UPLOAD_MAX_BYTES, UPLOAD_TYPES, type Upload, type UploadInit, type UploadType } from '../../shared/api/applications';

/**
 * The device side of a chunked, resumable upload, free of any platform: it reads bytes through a
 * `FileSource` and talks to the server through an `UploadTransport`, so the same loop runs on
 * weapp (file paths), H5 (File/Blob) and in unit tests (a fake transport).
 *
 * The server holds `received` bytes of an upload; the next chunk always starts there. A 409
 * (the server holds more or fewer bytes than this chunk assumed: another attempt got through
 * before the app was killed, or a response was lost) is answered by asking the server where it
 * stands and continuing from its `received`, never from the device's guess.
 */

/** Bytes of one file, read a range at a time (weapp: readFile with position/length; H5: Blob.slice). */
export interface FileSource {
  name: string;
  size: number;
  contentType: UploadType;
  /** bytes [from, to) */
  read(from: number, to: number): Promise<ArrayBuffer>;
}

export interface UploadTransport {
  create(init: UploadInit): Promise<Upload>;
  /** sends bytes [from, to) of `size`, with `Content-Range: bytes from-(to-1)/size` */
  putChunk(id: string, from: number, to: number, size: number, bytes: ArrayBuffer): Promise<Upload>;
  get(id: string): Promise<Upload>;
}

export interface ChunkedUploadOptions {
  source: FileSource;
  transport: UploadTransport;
  /** the server's upload to continue (after a kill or a failed chunk); a new one otherwise */
  uploadId?: string;
  /** called as soon as the server has named the upload, so the device can remember it */
  onCreated?: (upload: Upload) => void;
  /** bytes the server holds, after every chunk */
  onProgress?: (received: number, size: number) => void;
  chunkBytes?: number;
  /** how many 409s in a row to resynchronise before giving up (a server that keeps disagreeing) */
  maxConflicts?: number;
}

/** An error with an HTTP status, as the client throws them (HttpError). */
function statusOf(e: unknown): number | undefined {
  const status = (e as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

export class UploadConflictError extends Error {
  override readonly name = 'UploadConflictError';
  get userMessage(): string {
    return '上传进度与服务器不一致，请重试';
  }
}

/** `bytes 0-262143/1048576`: the inclusive range of one chunk, as HTTP writes it. */
export function contentRange(from: number, to: number, size: number): string {
  return `bytes ${from}-${to - 1}/${size}`;
}

/**
 * Sends what the server does not have yet, chunk by chunk, and answers the server's final
 * word on the upload: `complete`, or `rejected` with its `rejection` (the content check).
 * Throws the transport's error when a chunk fails: calling again with the same `uploadId`
 * continues from where the server stands.
 */
export async function uploadInChunks(options: ChunkedUploadOptions): Promise<Upload> {
  const { source, transport, onProgress } = options;
  const chunk = options.chunkBytes ?? UPLOAD_CHUNK_BYTES;
  const maxConflicts = options.maxConflicts ?? 3;

  let upload: Upload | undefined;
  if (options.uploadId) {
    try {
      upload = await transport.get(options.uploadId);
    } catch (e) {
      // gone (deleted, expired, another account): start a new upload instead of failing forever
      if (statusOf(e) !== 404) throw e;
    }
    if (upload && (upload.size !== source.size || upload.fileName !== source.name)) upload = undefined;
  }
  if (!upload) {
    upload = await transport.create({ fileName: source.name, contentType: source.contentType, size: source.size });
    options.onCreated?.(upload);
  }

  let conflicts = 0;
  onProgress?.(upload.received, source.size);
  while (upload.status === 'uploading' && upload.received < source.size) {
    const from = upload.received;
    const to = Math.min(from + chunk, source.size);
    const bytes = await source.read(from, to);
    try {
      upload = await transport.putChunk(upload.id, from, to, source.size, bytes);
      conflicts = 0;
    } catch (e) {
      if (statusOf(e) !== 409) throw e;
      conflicts += 1;
      if (conflicts > maxConflicts) throw new UploadConflictError('server keeps refusing the chunk offset');
      upload = await transport.get(upload.id);
    }
    onProgress?.(upload.received, source.size);
  }
  return upload;
}

// ---- local checks -----------------------------------------------------------------------------

const EXTENSION_TYPES: Record<string, UploadType> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  pdf: 'application/pdf',
};

/** What the device says a file is, from its MIME type or else its name; undefined when neither is one we take. */
export function declaredTypeOf(name: string, mime?: string): UploadType | undefined {
  if (mime && (UPLOAD_TYPES as readonly string[]).includes(mime)) return mime as UploadType;
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  return ext ? EXTENSION_TYPES[ext] : undefined;
}

export type Accept = 'image' | 'pdf' | 'any';

const ACCEPT_TYPES: Record<Accept, readonly UploadType[]> = {
  image: ['image/jpeg', 'image/png'],
  pdf: ['application/pdf'],
  any: UPLOAD_TYPES,
};

const ACCEPT_WORDS: Record<Accept, string> = {
  image: 'JPG 或 PNG 图片',
  pdf: 'PDF 文件',
  any: 'JPG、PNG 图片或 PDF 文件',
};

/** Size in words: 2.5 MB, 300 KB. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(bytes >= 10 * 1024 * 1024 ? 0 : 1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/**
 * The checks the device can make before sending a byte: a type we take, not empty, not over the
 * limit. The message says what to do. The server checks the content itself (a PDF named .jpg).
 */
export function checkFile(file: { name: string; size: number; type?: UploadType }, accept: Accept = 'any'): { ok: true; type: UploadType } | { ok: false; message: string } {
  const type = file.type;
  if (!type || !ACCEPT_TYPES[accept].includes(type)) {
    return { ok: false, message: `不支持此文件类型，请选择${ACCEPT_WORDS[accept]}` };
  }
  if (file.size <= 0) return { ok: false, message: '文件是空的，请重新选择' };
  if (file.size > UPLOAD_MAX_BYTES) {
    return { ok: false, message: `文件太大（${formatBytes(file.size)}），请选择不超过 ${formatBytes(UPLOAD_MAX_BYTES)} 的文件` };
  }
  return { ok: true, type };
}

export { ACCEPT_TYPES };
