/**
 * The applying endpoints of ApplicationsApi (src/shared/api/applications.ts): drafts, uploads
 * (我的材料) and applications. Every route needs a session (401), and another citizen's draft,
 * upload or application is 404, never 403. Status rule as the identity slice: 400 for a body the
 * contract's types refuse, 422 for a well-typed but unacceptable value, 409 for a clash with
 * state (a stale If-Match, a chunk at the wrong offset), each naming its field.
 */
import express from 'express';
import type { Request, Response } from 'express';
import { z } from 'zod';
import type { CreateDraftInput, DraftConflictBody, UploadConflictBody } from '../../src/shared/api/applications';
import { APPLICANT_KINDS, TASKS, UPLOAD_CHUNK_BYTES, UPLOAD_TYPES } from '../../src/shared/api/applications';
import { ApiError } from '../server/errors';
import { str } from '../server/params';
import type { RouteTable } from '../server/route';
import { route } from '../server/route';
import { APPLICATION_MESSAGES, IDEMPOTENCY_KEY, applicationView, recoverApplications, requireApplication, submit } from './applications';
import { createDraft, deleteDraft, draftView, draftsOf, requireDraft, saveDraft } from './drafts';
import { badRequest, conflict, sendAndStop } from './errors';
import { UPLOAD_MESSAGES, chunkProblems, completeUploads, createUpload, deleteUpload, parseContentRange, requireUpload, storeChunk, uploadView } from './uploads';

// ---- request shapes (400) -------------------------------------------------------------------

const text = (label: string) => str(`${label}必须是文字`, `请填写${label}`);
const body = <S extends z.ZodRawShape>(shape: S) => z.strictObject(shape, { error: '请求体必须是 JSON 对象' });
const idParams: z.ZodType<{ id: string }> = z.object({ id: z.string() });

const itemDraftBody = body({ itemId: text('事项编号 itemId').max(64, { error: '事项编号过长' }), situationId: text('办理情形 situationId').max(64, { error: '办理情形编号过长' }) });
const lifeEventDraftBody = body({ lifeEventId: text('“一件事”编号 lifeEventId').max(64, { error: '“一件事”编号过长' }) });
/** An item draft, or a life-event draft when the body names `lifeEventId` (each with its own field errors). */
const createDraftBody = z.unknown().transform((input, ctx): CreateDraftInput => {
  const schema = typeof input === 'object' && input !== null && !Array.isArray(input) && 'lifeEventId' in input ? lifeEventDraftBody : itemDraftBody;
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  // The chosen schema's own issues, as they are (paths and unknown keys kept for the field errors).
  for (const issue of parsed.error.issues) ctx.addIssue(issue as Parameters<typeof ctx.addIssue>[0]);
  return z.NEVER;
});

const fieldValue = z.union([z.string().max(5000), z.boolean()], { error: '表单的值只能是文字或勾选' });
const sectionValues = z.record(z.string().max(64), fieldValue, { error: '表单的每一部分必须是对象' });
const formValues = z.record(z.string().max(64), z.union([sectionValues, z.array(sectionValues).max(100)], { error: '表单的每一部分必须是对象或列表' }), {
  error: 'values 必须是对象',
});
const materialAnswer = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('certificate'), certificateId: z.string().min(1).max(64) }),
    z.strictObject({ kind: z.literal('upload'), uploadIds: z.array(z.string().min(1).max(64)).min(1).max(10) }),
    z.strictObject({ kind: z.literal('deferred') }),
  ],
  { error: '材料的提供方式只能是 certificate、upload 或 deferred' },
);
const deliveryChoice = z.discriminatedUnion(
  'method',
  [
    z.strictObject({ method: z.literal('express'), addressId: z.string().min(1).max(64) }),
    z.strictObject({ method: z.literal('pickup'), hallId: z.string().min(1).max(12) }),
    z.strictObject({ method: z.literal('electronic') }),
  ],
  { error: '领取方式只能是 express、pickup 或 electronic' },
);
const applicantChoice = z.strictObject(
  {
    kind: z.enum(APPLICANT_KINDS, { error: '申请人只能是 self、company 或 family' }),
    companyId: z.string().min(1).max(64).optional(),
    familyMemberId: z.string().min(1).max(64).optional(),
  },
  { error: '申请人格式不正确' },
);
const saveDraftBody = body({
  situationId: text('办理情形 situationId').max(64),
  applicant: applicantChoice,
  values: formValues,
  materials: z.record(z.string().max(40), materialAnswer, { error: 'materials 必须是对象' }),
  delivery: deliveryChoice.optional(),
  currentTask: z.enum(TASKS, { error: '当前步骤只能是 situation、applicant、form、materials、delivery、review 之一' }),
});

const uploadBody = body({
  fileName: text('文件名'),
  contentType: z.enum(UPLOAD_TYPES, { error: '只能上传 JPEG、PNG 图片或 PDF 文件' }),
  size: z.number({ error: '文件大小必须是数字（字节）' }),
});

const submitBody = body({ draftId: text('草稿编号 draftId').max(64) });

// ---- headers ----------------------------------------------------------------------------------

const IF_MATCH_MESSAGE = '请在 If-Match 请求头中带上草稿的版本号';

/** `If-Match: 3`, `"3"` or `W/"3"` → 3; missing → 428; malformed → 400. */
function ifMatchVersion(req: Request): number {
  const raw = req.get('If-Match');
  if (raw === undefined || raw.trim() === '') throw new ApiError(428, 'bad_request', IF_MATCH_MESSAGE, { 'If-Match': IF_MATCH_MESSAGE });
  const match = /^(?:W\/)?"?(\d{1,9})"?$/.exec(raw.trim());
  if (!match) throw badRequest('If-Match', '草稿版本号 If-Match 必须是数字');
  return Number(match[1]);
}

function idempotencyKey(req: Request): string {
  const raw = req.get('Idempotency-Key');
  if (raw === undefined || !IDEMPOTENCY_KEY.test(raw)) throw badRequest('Idempotency-Key', APPLICATION_MESSAGES.key);
  return raw;
}

/** The chunk's raw bytes: express.raw on this route only, a little above the chunk size. */
const rawChunk = express.raw({ type: () => true, limit: UPLOAD_CHUNK_BYTES + 1024 });

function readChunk(req: Request, res: Response): Promise<Buffer> {
  if (!req.is('application/octet-stream')) {
    return Promise.reject(badRequest('Content-Type', '请以 application/octet-stream 发送文件内容'));
  }
  return new Promise((resolve, reject) => {
    rawChunk(req, res, (err?: unknown) => {
      if (err) {
        const tooLarge = typeof err === 'object' && err !== null && 'type' in err && err.type === 'entity.too.large';
        const message = tooLarge ? `每次最多上传${UPLOAD_CHUNK_BYTES / 1024}KB` : '文件内容无法读取，请重试';
        reject(new ApiError(tooLarge ? 413 : 400, 'bad_request', message, { body: message }));
      } else {
        resolve(Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0));
      }
    });
  });
}

// ---- routes -----------------------------------------------------------------------------------

export function applicationRoutes(table: RouteTable): void {
  // Whatever a kill interrupted after a submission's commit line is finished before serving.
  recoverApplications(table.world);
  draftRoutes(table);
  uploadRoutes(table);
  submitRoutes(table);
}

function draftRoutes(table: RouteTable): void {
  route(table, 'POST /drafts', { auth: true, body: createDraftBody, status: 201 }, ({ principal, body, world, now }) => createDraft(world, principal.userId, body, now));

  route(table, 'GET /drafts', { auth: true }, ({ principal, world, now }) => draftsOf(world, principal.userId, now));

  route(table, 'GET /drafts/:id', { auth: true, params: idParams }, ({ principal, params, world, now }) => draftView(world, requireDraft(world, principal.userId, params.id), now));

  route(table, 'PUT /drafts/:id', { auth: true, params: idParams, body: saveDraftBody }, ({ principal, params, body, world, now, req, res }) => {
    const record = requireDraft(world, principal.userId, params.id);
    const version = ifMatchVersion(req);
    if (version !== record.version) {
      const message = '草稿已在其他设备上修改，请查看最新内容后再保存';
      const conflictBody: DraftConflictBody = { error: { code: 'conflict', message, fields: { 'If-Match': message } }, current: draftView(world, record, now) };
      sendAndStop(res, 409, conflictBody);
    }
    return saveDraft(world, record, body, now);
  });

  route(table, 'DELETE /drafts/:id', { auth: true, params: idParams }, ({ principal, params, world }) => {
    deleteDraft(world, requireDraft(world, principal.userId, params.id));
    return { deleted: true as const };
  });
}

function uploadRoutes(table: RouteTable): void {
  route(table, 'POST /uploads', { auth: true, body: uploadBody, status: 201 }, ({ principal, body, world, now }) => createUpload(world, principal.userId, body, now));

  route(table, 'PUT /uploads/:id', { auth: true, params: idParams }, async ({ principal, params, world, req, res }) => {
    const bytes = await readChunk(req, res);
    // From here on synchronous: the offset check and the write cannot interleave with another chunk.
    const record = requireUpload(world, principal.userId, params.id);
    if (record.status !== 'uploading') throw conflict('_', UPLOAD_MESSAGES.finished);
    const range = parseContentRange(req.get('Content-Range'));
    if (!range) throw badRequest('Content-Range', UPLOAD_MESSAGES.range);
    if (range.size === record.size && range.from !== record.received) return offsetConflict(res, uploadView(record));
    const problems = chunkProblems(record, range, bytes.length);
    if (Object.keys(problems).length > 0) throw new ApiError(422, 'unprocessable', Object.values(problems)[0], problems);
    const outcome = storeChunk(world, record, range, bytes);
    return outcome.kind === 'offset' ? offsetConflict(res, outcome.upload) : outcome.upload;
  });

  route(table, 'GET /uploads', { auth: true }, ({ principal, world }) => completeUploads(world, principal.userId));

  route(table, 'GET /uploads/:id', { auth: true, params: idParams }, ({ principal, params, world }) => uploadView(requireUpload(world, principal.userId, params.id)));

  route(table, 'DELETE /uploads/:id', { auth: true, params: idParams }, ({ principal, params, world }) => {
    deleteUpload(world, principal.userId, params.id);
    return { deleted: true as const };
  });
}

/** 409 with the upload as the server holds it: the client resumes from `received`. */
function offsetConflict(res: Response, upload: UploadConflictBody['current']): never {
  const message = `服务器已收到${upload.received}字节，请从第${upload.received}字节继续上传`;
  const conflictBody: UploadConflictBody = { error: { code: 'conflict', message, fields: { 'Content-Range': message } }, current: upload };
  return sendAndStop(res, 409, conflictBody);
}

function submitRoutes(table: RouteTable): void {
  route(table, 'POST /applications', { auth: true, body: submitBody, status: 201 }, ({ principal, body, world, now, req, res }) => {
    const key = idempotencyKey(req);
    // Synchronous from here to the write (see applications.ts): one key, one application.
    const outcome = submit(world, principal.userId, key, body, now);
    if (outcome.status === 200) sendAndStop(res, 200, outcome.body);
    return outcome.body;
  });

  route(table, 'GET /applications/:id', { auth: true, params: idParams }, ({ principal, params, world, now }) =>
    applicationView(world, requireApplication(world, principal.userId, params.id), now),
  );
}

