/**
 * The `Idempotency-Key` header of writes that could be repeated (pay, book): required, 8–128
 * characters of letters, digits and `-_.:` (a UUID fits). A missing or malformed key is 400
 * with `fields['Idempotency-Key']`, decided before anything is read or written.
 */
import type { Request } from 'express';
import { ApiError } from '../server/errors';

export const IDEMPOTENCY_HEADER = 'Idempotency-Key';
const KEY = /^[A-Za-z0-9_.:-]{8,128}$/;

export const IDEMPOTENCY_MESSAGES = {
  missing: '缺少 Idempotency-Key 请求头：每次提交请生成一个新的请求编号',
  bad: 'Idempotency-Key 必须是 8 到 128 位字母、数字或 -_.: 组成的请求编号',
} as const;

export function idempotencyKey(req: Request): string {
  const key = req.get(IDEMPOTENCY_HEADER);
  if (key === undefined || key === '') {
    throw new ApiError(400, 'bad_request', IDEMPOTENCY_MESSAGES.missing, { [IDEMPOTENCY_HEADER]: IDEMPOTENCY_MESSAGES.missing });
  }
  if (!KEY.test(key)) throw new ApiError(400, 'bad_request', IDEMPOTENCY_MESSAGES.bad, { [IDEMPOTENCY_HEADER]: IDEMPOTENCY_MESSAGES.bad });
  return key;
}
