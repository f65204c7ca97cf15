/**
 * The endpoints of ComplaintsApi (src/shared/api/complaints.ts): make a complaint about one of the
 * citizen's cases (Idempotency-Key), 我的投诉, one complaint settled to now, and the citizen's
 * 满意 / 不满意 with its reply. All need a session; another citizen's case or complaint is 404.
 */
import { z } from 'zod';
import { COMPLAINT_CATEGORIES, COMPLAINT_TEXT_MAX, COMPLAINT_TEXT_MIN, FEEDBACK_TEXT_MAX, FEEDBACK_TEXT_MIN } from '../../src/shared/api/complaints';
import { sendAndStop } from '../applications/errors';
import { idempotencyKey } from '../payments/idempotency';
import { str } from '../server/params';
import type { RouteTable } from '../server/route';
import { route } from '../server/route';
import { COMPLAINT_MESSAGES } from './rules';
import { complain, complaintView, complaintsOf, giveFeedback, ownComplaint } from './store';

export const COMPLAINT_FIELD_MESSAGES = {
  applicationId: '请选择要投诉的办件',
  category: COMPLAINT_MESSAGES.category,
  description: `请写明投诉的具体情况（${COMPLAINT_TEXT_MIN}–${COMPLAINT_TEXT_MAX}字）`,
  satisfied: '请选择满意或不满意',
  reason: `请写明不满意的原因（${FEEDBACK_TEXT_MIN}–${FEEDBACK_TEXT_MAX}字）`,
  body: '请求体必须是 JSON 对象',
  id: '编号格式不正确',
} as const;

const ID = /^[A-Za-z0-9_-]{1,64}$/;
const idParams = z.object({ id: str(COMPLAINT_FIELD_MESSAGES.id).regex(ID, { error: COMPLAINT_FIELD_MESSAGES.id }) });

/** Trimmed, then counted in characters (a Chinese character, or an emoji, is one). */
const text = (min: number, max: number, message: string) =>
  z
    .string({ error: message })
    .trim()
    .refine((s) => [...s].length >= min && [...s].length <= max, { error: message });

const complaintBody = z.strictObject(
  {
    applicationId: str(COMPLAINT_FIELD_MESSAGES.applicationId).regex(ID, { error: COMPLAINT_FIELD_MESSAGES.applicationId }),
    category: z.enum(COMPLAINT_CATEGORIES, { error: COMPLAINT_FIELD_MESSAGES.category }),
    description: text(COMPLAINT_TEXT_MIN, COMPLAINT_TEXT_MAX, COMPLAINT_FIELD_MESSAGES.description),
  },
  { error: COMPLAINT_FIELD_MESSAGES.body },
);

/** 不满意 needs its reason; with 满意 a reason is not asked for and not kept. */
const feedbackBody = z
  .strictObject(
    {
      satisfied: z.boolean({ error: COMPLAINT_FIELD_MESSAGES.satisfied }),
      reason: z.string({ error: COMPLAINT_FIELD_MESSAGES.reason }).trim().max(FEEDBACK_TEXT_MAX, { error: COMPLAINT_FIELD_MESSAGES.reason }).optional(),
    },
    { error: COMPLAINT_FIELD_MESSAGES.body },
  )
  .superRefine((b, ctx) => {
    if (!b.satisfied && [...(b.reason ?? '')].length < FEEDBACK_TEXT_MIN) ctx.addIssue({ code: 'custom', path: ['reason'], message: COMPLAINT_FIELD_MESSAGES.reason });
  })
  .transform((b) => (b.satisfied ? { satisfied: true } : { satisfied: false, reason: b.reason }));

export function complaintRoutes(table: RouteTable): void {
  route(table, 'POST /complaints', { auth: true, body: complaintBody, status: 201 }, ({ principal, body, world, req, res, now }) => {
    const key = idempotencyKey(req);
    const outcome = complain(world, principal.userId, key, body, now);
    const view = complaintView(outcome.complaint);
    if (outcome.status === 200) sendAndStop(res, 200, view);
    return view;
  });

  route(table, 'GET /complaints', { auth: true }, ({ principal, world, now }) => complaintsOf(world, principal.userId, now).map(complaintView));

  route(table, 'GET /complaints/:id', { auth: true, params: idParams }, ({ principal, params, world, now }) => complaintView(ownComplaint(world, principal.userId, params.id, now)));

  route(table, 'POST /complaints/:id/feedback', { auth: true, params: idParams, body: feedbackBody }, ({ principal, params, body, world, now }) =>
    complaintView(giveFeedback(world, principal.userId, params.id, body, now)),
  );
}
