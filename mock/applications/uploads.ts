/**
 * 我的材料: uploads in chunks. `POST /uploads` declares the file; `PUT /uploads/:id` sends one
 * chunk at `received` (Content-Range); when the last byte arrives the CONTENT is checked against
 * the declared type (magic bytes) and the upload is complete or rejected. The record (with
 * `received`) is journaled after the chunk's bytes are fsynced, so an upload resumes after the
 * app is killed and after the server restarts.
 */
import { randomBytes } from 'node:crypto';
import type { Upload, UploadInit, UploadType } from '../../src/shared/api/applications';
import { UPLOAD_CHUNK_BYTES, UPLOAD_MAX_BYTES } from '../../src/shared/api/applications';
import { ownedBy, viewOf } from '../server/records';
import type { World } from '../world';
import { blobsOf } from './blobs';
import { conflict, missing, refuseIfAny } from './errors';
import type { UploadRecord } from './model';
import { applicationCollections, nextSeq } from './model';

export const MAX_UPLOADS = 200;
export const MAX_FILE_NAME = 100;

const TYPE_NAMES: Record<UploadType, string> = { 'image/jpeg': 'JPEG图片', 'image/png': 'PNG图片', 'application/pdf': 'PDF' };
const EXTENSIONS: Record<string, UploadType> = { jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', pdf: 'application/pdf' };
const MAGIC: Record<UploadType, number[]> = {
  'image/jpeg': [0xff, 0xd8, 0xff],
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  'application/pdf': [0x25, 0x50, 0x44, 0x46, 0x2d],
};

export const UPLOAD_MESSAGES = {
  notFound: '未找到该文件，可能已删除',
  fileName: '文件名不能为空',
  fileNameLong: `文件名不能超过${MAX_FILE_NAME}个字`,
  fileNameChars: '文件名不能包含 / \\ 或控制字符',
  extension: '文件扩展名与所选文件类型不一致',
  size: '文件大小必须是正整数（字节）',
  tooLarge: `文件不能超过${UPLOAD_MAX_BYTES / 1024 / 1024}MB，请压缩后重新选择`,
  cap: `“我的材料”最多保存${MAX_UPLOADS}个文件，请先删除不用的文件`,
  range: 'Content-Range 格式应为 bytes 起-止/总大小',
  rangeSize: '总大小与登记的文件大小不一致',
  rangeBounds: '字节范围超出文件大小',
  chunk: `每次最多上传${UPLOAD_CHUNK_BYTES / 1024}KB`,
  length: '收到的字节数与 Content-Range 不一致',
  finished: '文件已上传完成，不能再追加内容',
  inUse: '该文件已用于提交的申请，不能删除',
} as const;

export function newUploadId(): string {
  return `up_${randomBytes(12).toString('base64url')}`;
}

export function uploadView(record: UploadRecord): Upload {
  return viewOf(record, ['id', 'fileName', 'contentType', 'size', 'received', 'status', 'createdAt'], ['rejection']);
}

/** The citizen's own upload, or undefined (another citizen's is undefined too). */
export function ownUpload(world: World, userId: string, id: string): UploadRecord | undefined {
  return ownedBy(applicationCollections(world).uploads.get(id), userId);
}

export function requireUpload(world: World, userId: string, id: string): UploadRecord {
  const record = ownUpload(world, userId, id);
  if (!record) throw missing('id', UPLOAD_MESSAGES.notFound);
  return record;
}

function fileNameProblem(raw: string, contentType: UploadType): string | null {
  const name = raw.trim();
  if (name === '' || name === '.' || name === '..') return UPLOAD_MESSAGES.fileName;
  if ([...name].length > MAX_FILE_NAME) return UPLOAD_MESSAGES.fileNameLong;
  // eslint-disable-next-line no-control-regex
  if (/[/\\\u0000-\u001f\u007f]/.test(name)) return UPLOAD_MESSAGES.fileNameChars;
  const extension = /\.([A-Za-z0-9]+)$/.exec(name)?.[1].toLowerCase();
  const typeOfExtension = extension ? EXTENSIONS[extension] : undefined;
  if (typeOfExtension && typeOfExtension !== contentType) return UPLOAD_MESSAGES.extension;
  return null;
}

export function createUpload(world: World, userId: string, input: UploadInit, now: Date): Upload {
  const fields: Record<string, string> = {};
  const nameProblem = fileNameProblem(input.fileName, input.contentType);
  if (nameProblem) fields.fileName = nameProblem;
  if (!Number.isSafeInteger(input.size) || input.size < 1) fields.size = UPLOAD_MESSAGES.size;
  else if (input.size > UPLOAD_MAX_BYTES) fields.size = UPLOAD_MESSAGES.tooLarge;
  refuseIfAny(fields);
  const { uploads } = applicationCollections(world);
  const mine = uploads.values().filter((u) => u.userId === userId);
  if (mine.length >= MAX_UPLOADS) throw conflict('_', UPLOAD_MESSAGES.cap);
  const record: UploadRecord = {
    id: newUploadId(),
    userId,
    seq: nextSeq(uploads.values()),
    fileName: input.fileName.trim(),
    contentType: input.contentType,
    size: input.size,
    received: 0,
    status: 'uploading',
    createdAt: now.toISOString(),
  };
  uploads.put(record.id, record);
  return uploadView(record);
}

export interface ContentRange {
  from: number;
  to: number;
  size: number;
}

/** `bytes <from>-<to>/<size>`, or null. */
export function parseContentRange(header: string | undefined): ContentRange | null {
  const match = /^bytes (\d{1,9})-(\d{1,9})\/(\d{1,9})$/.exec((header ?? '').trim());
  if (!match) return null;
  return { from: Number(match[1]), to: Number(match[2]), size: Number(match[3]) };
}

/** Why the complete content does not match the declared type, or undefined when it does. */
export function contentRejection(declared: UploadType, head: Buffer): string | undefined {
  const matches = (type: UploadType) => MAGIC[type].every((byte, i) => head[i] === byte);
  if (matches(declared)) return undefined;
  const actual = (Object.keys(MAGIC) as UploadType[]).find(matches);
  return actual
    ? `文件内容是${TYPE_NAMES[actual]}，不是${TYPE_NAMES[declared]}，请重新选择`
    : `文件内容不是${TYPE_NAMES[declared]}，请重新选择`;
}

export type ChunkOutcome = { kind: 'stored'; upload: Upload } | { kind: 'offset'; upload: Upload };

/**
 * Stores one chunk. Synchronous from the offset check to the journal write, so two chunks of one
 * upload racing each other cannot both be written at the same offset.
 */
export function storeChunk(world: World, record: UploadRecord, range: ContentRange, bytes: Buffer): ChunkOutcome {
  if (record.status !== 'uploading') throw conflict('_', UPLOAD_MESSAGES.finished);
  if (range.from !== record.received) return { kind: 'offset', upload: uploadView(record) };
  const blobs = blobsOf(world);
  blobs.write(record.id, range.from, bytes);
  const next: UploadRecord = { ...record, received: record.received + bytes.length };
  if (next.received === next.size) {
    const rejection = contentRejection(next.contentType, blobs.head(next.id, 8));
    if (rejection) {
      next.status = 'rejected';
      next.rejection = rejection;
      blobs.delete(next.id);
    } else {
      next.status = 'complete';
    }
  }
  applicationCollections(world).uploads.put(next.id, next);
  return { kind: 'stored', upload: uploadView(next) };
}

/** The chunk's header checks, before any byte is written (400 / 422). */
export function chunkProblems(record: UploadRecord, range: ContentRange | null, length: number): Record<string, string> {
  if (!range) return { 'Content-Range': UPLOAD_MESSAGES.range };
  if (range.size !== record.size) return { 'Content-Range': UPLOAD_MESSAGES.rangeSize };
  if (range.to < range.from || range.to >= record.size) return { 'Content-Range': UPLOAD_MESSAGES.rangeBounds };
  if (range.to - range.from + 1 > UPLOAD_CHUNK_BYTES) return { 'Content-Range': UPLOAD_MESSAGES.chunk };
  if (range.to - range.from + 1 !== length) return { body: UPLOAD_MESSAGES.length };
  return {};
}

/** The citizen's complete uploads, newest first (我的材料). */
export function completeUploads(world: World, userId: string): Upload[] {
  return applicationCollections(world)
    .uploads.values()
    .filter((u) => u.userId === userId && u.status === 'complete')
    .sort((a, b) => b.seq - a.seq)
    .map(uploadView);
}

/** Uploads used by a submitted application of the citizen. */
export function uploadsInUse(world: World, userId: string): Set<string> {
  const used = new Set<string>();
  for (const app of applicationCollections(world).applications.values()) {
    if (app.userId !== userId) continue;
    for (const m of app.materials) if (m.answer.kind === 'upload') for (const id of m.answer.uploadIds) used.add(id);
    for (const id of fileValues(app.values)) used.add(id);
  }
  return used;
}

/** Upload ids held by file fields of a form's values. */
export function fileValues(values: Record<string, unknown>): string[] {
  const out: string[] = [];
  const visit = (v: unknown) => {
    if (typeof v === 'string' && /^up_[A-Za-z0-9_-]{6,40}$/.test(v)) out.push(v);
    else if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') Object.values(v).forEach(visit);
  };
  visit(values);
  return out;
}

export function deleteUpload(world: World, userId: string, id: string): void {
  const record = requireUpload(world, userId, id);
  if (uploadsInUse(world, userId).has(id)) throw conflict('id', UPLOAD_MESSAGES.inUse);
  applicationCollections(world).uploads.delete(record.id);
  blobsOf(world).delete(record.id);
}
