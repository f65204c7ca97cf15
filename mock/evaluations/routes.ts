/**
 * The endpoints of EvaluationsApi (src/shared/api/evaluations.ts): rate a case's stage
 * (Idempotency-Key), read a case's ratings and one rating with its ticket, change it once,
 * confirm or appeal the department's handling; and an item's published figures (no session).
 */
import { z } from 'zod';
import type { RatingTag } from '../../src/shared/api/evaluations';
import { COMMENT_MAX, DIMENSION_MAX, DIMENSION_MIN, RATING_DIMENSIONS, RATING_DIMENSION_LABELS, RATING_LEVELS, RATING_STAGES, RATING_TAGS } from '../../src/shared/api/evaluations';
import { sendAndStop } from '../applications/errors';
import { notFound } from '../server/errors';
import { str } from '../server/params';
import type { RouteTable } from '../server/route';
import { route } from '../server/route';
import { idempotencyKey } from '../payments/idempotency';
import { itemPerformance } from '../history';
import { appeal, caseEvaluations, change, confirm, evaluationView, evaluationsOf, ownEvaluation, rate } from './store';

export const RATING_FIELD_MESSAGES = {
  level: '请选择满意程度',
  stage: '评价环节只能是受理环节（acceptance）或办结环节（completion）',
  dimensions: `请为每一项打分（${DIMENSION_MIN}–${DIMENSION_MAX}分）`,
  tags: '请从列表中选择标签，最多6个',
  comment: `评价内容最多${COMMENT_MAX}字`,
  reason: '请写明申诉理由（5–200字）',
  body: '请求体必须是 JSON 对象',
  id: '编号格式不正确',
} as const;

const ID = /^[A-Za-z0-9_-]{1,64}$/;
const idParams = z.object({ id: str(RATING_FIELD_MESSAGES.id).regex(ID, { error: RATING_FIELD_MESSAGES.id }) });
const itemParams = z.object({ id: str('事项编号格式不正确').max(64, { error: '事项编号格式不正确' }) });

/** One dimension's score, 1–5; the message names the dimension. */
const scoreOf = (label: string) => {
  const message = `请为“${label}”打分（${DIMENSION_MIN}–${DIMENSION_MAX}分）`;
  return z.number({ error: message }).int({ error: message }).min(DIMENSION_MIN, { error: message }).max(DIMENSION_MAX, { error: message });
};
const dimensions = z.strictObject(
  Object.fromEntries(RATING_DIMENSIONS.map((d) => [d, scoreOf(RATING_DIMENSION_LABELS[d])])) as Record<(typeof RATING_DIMENSIONS)[number], ReturnType<typeof scoreOf>>,
  { error: RATING_FIELD_MESSAGES.dimensions },
);
const changeShape = {
  level: z.enum(RATING_LEVELS, { error: RATING_FIELD_MESSAGES.level }),
  dimensions,
  tags: z
    .array(z.enum(RATING_TAGS, { error: RATING_FIELD_MESSAGES.tags }), { error: RATING_FIELD_MESSAGES.tags })
    .max(6, { error: RATING_FIELD_MESSAGES.tags })
    .transform((tags) => [...new Set(tags)] as RatingTag[]),
  comment: z.string({ error: RATING_FIELD_MESSAGES.comment }).max(COMMENT_MAX, { error: RATING_FIELD_MESSAGES.comment }).optional(),
};
const rateBody = z.strictObject({ stage: z.enum(RATING_STAGES, { error: RATING_FIELD_MESSAGES.stage }), ...changeShape }, { error: RATING_FIELD_MESSAGES.body });
const changeBody = z.strictObject(changeShape, { error: RATING_FIELD_MESSAGES.body });
const appealBody = z.strictObject(
  { reason: z.string({ error: RATING_FIELD_MESSAGES.reason }).trim().min(5, { error: RATING_FIELD_MESSAGES.reason }).max(200, { error: RATING_FIELD_MESSAGES.reason }) },
  { error: RATING_FIELD_MESSAGES.body },
);
const noBody = z.strictObject({}, { error: '该接口不接受请求体' });

export function evaluationRoutes(table: RouteTable): void {
  route(table, 'POST /applications/:id/evaluations', { auth: true, params: idParams, body: rateBody, status: 201 }, ({ principal, params, body, world, req, res, now }) => {
    const key = idempotencyKey(req);
    const outcome = rate(world, principal.userId, params.id, key, body, now);
    const view = evaluationView(outcome.evaluation, now);
    if (outcome.status === 200) sendAndStop(res, 200, view);
    return view;
  });

  route(table, 'GET /applications/:id/evaluations', { auth: true, params: idParams }, ({ principal, params, world, now }) => caseEvaluations(world, principal.userId, params.id, now));

  route(table, 'GET /evaluations', { auth: true }, ({ principal, world, now }) => evaluationsOf(world, principal.userId, now));

  route(table, 'GET /evaluations/:id', { auth: true, params: idParams }, ({ principal, params, world, now }) => evaluationView(ownEvaluation(world, principal.userId, params.id, now), now));

  route(table, 'PUT /evaluations/:id', { auth: true, params: idParams, body: changeBody }, ({ principal, params, body, world, now }) =>
    evaluationView(change(world, principal.userId, params.id, body, now), now),
  );

  route(table, 'POST /evaluations/:id/confirm', { auth: true, params: idParams, body: noBody }, ({ principal, params, world, now }) =>
    evaluationView(confirm(world, principal.userId, params.id, now), now),
  );

  route(table, 'POST /evaluations/:id/appeal', { auth: true, params: idParams, body: appealBody }, ({ principal, params, body, world, now }) =>
    evaluationView(appeal(world, principal.userId, params.id, body.reason, now), now),
  );

  route(table, 'GET /items/:id/performance', { params: itemParams }, ({ params, world, now }) => {
    const figures = itemPerformance(world, params.id, now);
    if (!figures) throw notFound(`未找到编号为 ${params.id} 的事项`);
    return figures;
  });
}
