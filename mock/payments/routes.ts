/**
 * The payment endpoints: pay an application's fee notice (`POST /applications/:id/payments`,
 * Idempotency-Key required) and read a payment (`GET /payments/:id`), both the citizen's own
 * (401 without a session, 404 for another citizen's ids). The developer endpoint
 * `POST /dev/payments/:id/notify` plays WeChat Pay's notification, the only thing that settles a
 * payment: there is no endpoint through which the client could say "I paid".
 */
import { z } from 'zod';
import { str } from '../server/params';
import { ApiError } from '../server/errors';
import type { RouteTable } from '../server/route';
import { route } from '../server/route';
import { paymentView, settlePayment, startPayment, paymentOf } from './fees';
import { idempotencyKey } from './idempotency';

const MESSAGES = {
  applicationId: '办件编号格式不正确',
  paymentId: '支付单编号格式不正确',
  result: 'result 只能是 success 或 fail',
  body: '请求体必须是 JSON 对象',
  noBody: '该接口不接受请求体',
} as const;

/** Ids are `<prefix>_<base64url>`: letters, digits, `_` and `-`, at most 64 characters. */
const ID = /^[A-Za-z0-9_-]{1,64}$/;
const applicationParams = z.object({ id: str(MESSAGES.applicationId).regex(ID, { error: MESSAGES.applicationId }) });
const paymentParams = z.object({ id: str(MESSAGES.paymentId).regex(ID, { error: MESSAGES.paymentId }) });
/** Paying takes no body: everything comes from the notice. An empty JSON object is tolerated. */
const noBody = z.strictObject({}, { error: MESSAGES.noBody });
const notifyBody = z.strictObject({ result: z.enum(['success', 'fail'], { error: MESSAGES.result }) }, { error: MESSAGES.body });

export function paymentRoutes(table: RouteTable): void {
  route(table, 'POST /applications/:id/payments', { auth: true, params: applicationParams, body: noBody }, ({ params, principal, world, req, now }) => {
    const key = idempotencyKey(req);
    return paymentView(startPayment(world, principal.userId, params.id, key, now));
  });

  route(table, 'GET /payments/:id', { auth: true, params: paymentParams }, ({ params, principal, world }) => {
    const payment = paymentOf(world, principal.userId, params.id);
    if (!payment) throw new ApiError(404, 'not_found', `未找到编号为 ${params.id} 的支付单`, { id: '未找到该支付单' });
    return paymentView(payment);
  });
}

/** Registered by mock/server/dev-routes.ts. */
export function paymentDevRoutes(table: RouteTable): void {
  route(table, 'POST /dev/payments/:id/notify', { params: paymentParams, body: notifyBody }, ({ params, body, world, now }) =>
    paymentView(settlePayment(world, params.id, body.result, now)),
  );
}
