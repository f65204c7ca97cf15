/**
 * The appointment endpoints (预约): a hall's slots for an item on a date (public, like the rest
 * of a hall's page), and the citizen's bookings (`auth: true`: 401 without a session, 404 for
 * another citizen's ids). Booking takes an Idempotency-Key. Status rule as everywhere: a body the
 * contract's types refuse is 400; a well-typed value that is not acceptable is 422; a clash with
 * existing bookings is 409; each names its field.
 */
import { z } from 'zod';
import { ITEM_ID } from '../catalog/instances';
import { idempotencyKey } from '../payments/idempotency';
import { DIVISION_CODE, hallIdParams, str } from '../server/params';
import type { RouteTable } from '../server/route';
import { route } from '../server/route';
import { appointmentView, book, cancel, listAppointments, slotsOf } from './store';

export const APPOINTMENT_MESSAGES = {
  hallId: '大厅编号必须是 6、9 或 12 位数字',
  hallIdMissing: '请选择服务大厅 hallId',
  itemId: '事项编号格式不正确',
  itemIdMissing: '请提供事项编号 itemId',
  date: '日期必须是 YYYY-MM-DD 格式的有效日期，例如 2026-12-03',
  dateMissing: '请选择预约日期 date',
  start: '开始时间必须是 HH:mm 格式，例如 09:30',
  startMissing: '请选择预约时段 start',
  applicationId: '办件编号格式不正确',
  id: '预约编号格式不正确',
  body: '请求体必须是 JSON 对象',
} as const;

const M = APPOINTMENT_MESSAGES;

/** A real calendar date, `YYYY-MM-DD`, 2000–2099. */
function isDate(s: string): boolean {
  if (!/^20\d{2}-\d{2}-\d{2}$/.test(s)) return false;
  const [y, m, d] = s.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

const date = str(M.date, M.dateMissing).refine(isDate, { error: M.date });
const itemId = str(M.itemId, M.itemIdMissing).regex(ITEM_ID, { error: M.itemId });
const ID = /^[A-Za-z0-9_-]{1,64}$/;

const slotsQuery = z.object({ itemId, date });

const appointmentBody = z.strictObject(
  {
    hallId: str(M.hallId, M.hallIdMissing).regex(DIVISION_CODE, { error: M.hallId }),
    itemId,
    date,
    start: str(M.start, M.startMissing).regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: M.start }),
    applicationId: str(M.applicationId).regex(ID, { error: M.applicationId }).optional(),
  },
  { error: M.body },
);

const appointmentParams = z.object({ id: str(M.id).regex(ID, { error: M.id }) });

export function appointmentRoutes(table: RouteTable): void {
  route(table, 'GET /halls/:id/slots', { params: hallIdParams, query: slotsQuery }, ({ params, query, world, now }) =>
    slotsOf(world, params.id, query.itemId, query.date, now),
  );

  route(table, 'GET /appointments', { auth: true }, ({ principal, world, now }) =>
    listAppointments(world, principal.userId, now).map((a) => appointmentView(world, a)),
  );

  route(table, 'POST /appointments', { auth: true, body: appointmentBody }, ({ body, principal, world, req, now }) => {
    const key = idempotencyKey(req);
    return appointmentView(world, book(world, principal.userId, body, key, now));
  });

  route(table, 'DELETE /appointments/:id', { auth: true, params: appointmentParams }, ({ params, principal, world, now }) =>
    appointmentView(world, cancel(world, principal.userId, params.id, now)),
  );
}

