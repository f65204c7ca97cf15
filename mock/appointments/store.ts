/**
 * Booking rules over the journaled appointments. Every check runs before anything is written,
 * each refusal naming its field:
 *
 * - the hall must exist (422 hallId) and handle the item (422 hallId / itemId), the item must
 *   exist (422 itemId) and need a visit, 到现场次数 ≥ 1 (422 itemId 该事项无需到现场);
 * - the date must lie in the window, today … 7 working days ahead (422 date, the range in words)
 *   and be a working day with hours (422 date); the start must be one of that day's slots still
 *   ahead of now (422 start);
 * - one active booking per citizen and item (409 itemId, naming the existing booking);
 * - the slot must have room (409 start 该时段已约满).
 *
 * "Active" is booked and not yet over (its slot ends after now).
 */
import type { Appointment, AppointmentInput, SlotDay } from '../../src/shared/api/applications';
import type { Guide } from '../../src/shared/api/catalog';
import { formatDayHours } from '../../src/shared/format/hall';
import { applicationCollections } from '../applications/model';
import type { Hall } from '../halls/generate';
import { daySchedule } from '../halls/opening';
import { ApiError } from '../server/errors';
import { ownedBy } from '../server/records';
import type { World } from '../world';
import type { AppointmentRecord } from './model';
import { appointmentCollections, newCode, newId, sha256 } from './model';
import { beijingInstant, bookingWindow, dateWords, slotDay, slotTimes, windowWords, SLOT_CAPACITY } from './slots';

const unprocessable = (field: string, message: string) => new ApiError(422, 'unprocessable', message, { [field]: message });
const conflict = (field: string, message: string) => new ApiError(409, 'conflict', message, { [field]: message });

export function isActive(record: AppointmentRecord, now: Date): boolean {
  return record.status === 'booked' && beijingInstant(record.date, record.end).getTime() > now.getTime();
}

/** Active bookings of one slot of a hall. */
function bookedCount(world: World, hallId: string, date: string, start: string): number {
  let n = 0;
  for (const a of appointmentCollections(world).appointments.values()) {
    if (a.status === 'booked' && a.hallId === hallId && a.date === date && a.start === start) n += 1;
  }
  return n;
}

/** The hall and the item's guide, checked: the hall handles the item and the item needs a visit. */
export function hallForItem(world: World, hallId: string, itemId: string, hallField: 'id' | 'hallId'): { hall: Hall; guide: Guide } {
  const hall = world.halls.getHall(hallId);
  if (!hall) {
    if (hallField === 'id') throw new ApiError(404, 'not_found', `未找到编号为 ${hallId} 的服务大厅`, { id: '未找到该服务大厅' });
    throw unprocessable('hallId', '未找到该服务大厅');
  }
  const guide = world.catalog.guide(itemId);
  if (!guide) throw unprocessable('itemId', '未找到该事项');
  if (!(world.catalog.hallIdsFor(itemId) ?? []).includes(hallId)) {
    throw unprocessable(hallField === 'id' ? 'itemId' : 'hallId', `${hall.name}不办理“${guide.name}”，请选择办理该事项的大厅`);
  }
  if (guide.channels.visits < 1) throw unprocessable('itemId', '该事项无需到现场');
  return { hall, guide };
}

/** The date lies in the booking window (422 date with the allowed range otherwise). */
function checkWindow(date: string, now: Date): void {
  const window = bookingWindow(now);
  if (date < window.today || date > window.lastBookableDate) throw unprocessable('date', `${dateWords(date)}不可预约：${windowWords(window)}`);
}

export function slotsOf(world: World, hallId: string, itemId: string, date: string, now: Date): SlotDay {
  const { hall } = hallForItem(world, hallId, itemId, 'id');
  checkWindow(date, now);
  return slotDay(hall, date, now, (start) => bookedCount(world, hall.id, date, start));
}

export function appointmentView(world: World, record: AppointmentRecord): Appointment {
  const hall = world.halls.getHall(record.hallId);
  return {
    id: record.id,
    code: record.code,
    hallId: record.hallId,
    hallName: hall?.name ?? '',
    hallAddress: hall?.address ?? '',
    hallHours: hall ? formatDayHours(daySchedule(hall.weeklyHours, record.date)) : '',
    itemId: record.itemId,
    itemName: record.itemName,
    date: record.date,
    start: record.start,
    end: record.end,
    status: record.status,
  };
}

/** 2026年12月3日（周四）09:30-10:00 */
function slotWords(record: Pick<AppointmentRecord, 'date' | 'start' | 'end'>): string {
  return `${dateWords(record.date)}${record.start}-${record.end}`;
}

/** One of the citizen's own filed applications (mock/applications keeps them), or undefined. */
function ownApplication(world: World, userId: string, id: string): { itemId: string } | undefined {
  return ownedBy(applicationCollections(world).applications.get(id), userId);
}

/**
 * Books a slot (idempotent by key: the same key and body answer the same appointment; the same
 * key with another body is 409 Idempotency-Key).
 */
export function book(world: World, userId: string, input: AppointmentInput, idempotencyKey: string, now: Date): AppointmentRecord {
  const c = appointmentCollections(world);
  const keyId = `k_${sha256(`${userId}\n${idempotencyKey}`)}`;
  const bodyHash = sha256(JSON.stringify([input.hallId, input.itemId, input.date, input.start, input.applicationId ?? null]));
  const replay = c.keys.get(keyId);
  if (replay) {
    const earlier = c.appointments.get(replay.appointmentId);
    if (replay.bodyHash !== bodyHash || !earlier) throw conflict('Idempotency-Key', '该请求编号已用于另一次预约，请重新提交');
    return earlier;
  }
  const { hall, guide } = hallForItem(world, input.hallId, input.itemId, 'hallId');
  if (input.applicationId !== undefined) {
    const application = ownApplication(world, userId, input.applicationId);
    if (!application) throw unprocessable('applicationId', '未找到该办件');
    if (application.itemId !== input.itemId) throw unprocessable('applicationId', '该办件不是所预约的事项');
  }
  checkWindow(input.date, now);
  const times = slotTimes(hall, input.date);
  if (times.length === 0) throw unprocessable('date', slotDay(hall, input.date, now, () => 0).closedReason ?? '当天不接受预约');
  const slot = times.find((t) => t.start === input.start);
  if (!slot) throw unprocessable('start', `${input.start} 不是${hall.name}当天的预约时段（每 30 分钟一个，午休不可预约）`);
  if (beijingInstant(input.date, slot.start).getTime() <= now.getTime()) throw unprocessable('start', '该时段已开始或已过，请选择之后的时段');
  const existing = c.appointments.values().find((a) => a.userId === userId && a.itemId === input.itemId && isActive(a, now));
  if (existing) {
    const existingHall = world.halls.getHall(existing.hallId)?.name ?? '';
    throw conflict('itemId', `你已预约该事项：${slotWords(existing)} ${existingHall}。如需改约，请先取消原预约`);
  }
  if (bookedCount(world, hall.id, input.date, slot.start) >= SLOT_CAPACITY[hall.level]) throw conflict('start', '该时段已约满，请选择其他时段');
  const codes = new Set(c.appointments.values().map((a) => a.code));
  const record: AppointmentRecord = {
    id: newId('appt'),
    userId,
    seq: c.appointments.values().reduce((max, a) => Math.max(max, a.seq), 0) + 1,
    code: newCode((code) => codes.has(code)),
    hallId: hall.id,
    itemId: input.itemId,
    itemName: guide.name,
    date: input.date,
    start: slot.start,
    end: slot.end,
    status: 'booked',
    createdAt: now.toISOString(),
  };
  if (input.applicationId !== undefined) record.applicationId = input.applicationId;
  c.appointments.put(record.id, record);
  c.keys.put(keyId, { userId, bodyHash, appointmentId: record.id });
  return record;
}

export function appointmentOfUser(world: World, userId: string, id: string): AppointmentRecord | undefined {
  return ownedBy(appointmentCollections(world).appointments.get(id), userId);
}

/** The citizen's bookings: active ones soonest first, then the rest newest first. */
export function listAppointments(world: World, userId: string, now: Date): AppointmentRecord[] {
  const mine = appointmentCollections(world).appointments.values().filter((a) => a.userId === userId);
  const key = (a: AppointmentRecord) => `${a.date}T${a.start}#${String(a.seq).padStart(9, '0')}`;
  const upcoming = mine.filter((a) => isActive(a, now)).sort((a, b) => (key(a) < key(b) ? -1 : 1));
  const rest = mine.filter((a) => !isActive(a, now)).sort((a, b) => (key(a) < key(b) ? 1 : -1));
  return [...upcoming, ...rest];
}

/** Cancels before the slot starts (422 id after); cancelling again answers it unchanged. */
export function cancel(world: World, userId: string, id: string, now: Date): AppointmentRecord {
  const record = appointmentOfUser(world, userId, id);
  if (!record) throw new ApiError(404, 'not_found', `未找到编号为 ${id} 的预约`, { id: '未找到该预约' });
  if (record.status === 'cancelled') return record;
  if (beijingInstant(record.date, record.start).getTime() <= now.getTime()) {
    throw unprocessable('id', `预约时段${slotWords(record)}已开始，不能再取消`);
  }
  const cancelled: AppointmentRecord = { ...record, status: 'cancelled', cancelledAt: now.toISOString() };
  appointmentCollections(world).appointments.put(cancelled.id, cancelled);
  return cancelled;
}

/** The booking linked to an application (Application.appointment): the active one, else the latest. */
export function appointmentOf(world: World, userId: string, applicationId: string, now: Date = world.clock.now()): Appointment | undefined {
  const linked = listAppointments(world, userId, now).filter((a) => a.applicationId === applicationId);
  const record = linked.find((a) => isActive(a, now)) ?? linked[0];
  return record && appointmentView(world, record);
}
