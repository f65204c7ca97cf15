/**
 * Appointments over HTTP: slots within the hall's hours (lunch break excluded) on working days
 * (holidays closed, 调休 Saturdays open), capacity per slot by hall level, the 7-working-day
 * window on the world clock, one active booking per citizen and item, cancelling before the
 * slot starts, idempotent booking, and the 401/404 rules.
 */
import type { Appointment, SlotDay } from '../../../src/shared/api/applications';
import { BOOKING_WINDOW_WORKING_DAYS, SLOT_CAPACITY } from '../../../mock/appointments';
import { apiSuitePerFile } from '../../support/api-suite';
import type { ErrorBody } from '../../support/api-client';
import { Api, newKey } from '../../support/api-client';

const DISTRICT = '500107'; // 九龙坡区政务服务中心: 09:00-12:00，13:30-17:30 on working days
const ID_RENEWAL = '500000-200110001000'; // 居民身份证换领, one visit, handled at every district hall
const VILLAGE = '500107001004'; // 兴胜路社区便民服务站: 09:00-11:30，14:30-17:00
const VILLAGE_ITEM = '500107001004-200240002000'; // 社会保障卡申领代办, one visit
const NO_VISIT = '500000-200110004000'; // 机动车驾驶证换证: 到现场次数 0

let yu: Api;
let tian: Api;
const suite = apiSuitePerFile(async (anon) => {
  yu = await anon.demo('yu');
  tian = await anon.demo('tian');
});

/** Moves the world clock and signs the two citizens in again (sessions idle out after 2 hours). */
async function freezeAt(iso: string): Promise<void> {
  suite.server.world.clock.freeze(new Date(iso));
  await suite.signIn();
}

/** A fifth citizen: a new account signed in by SMS (the code read from the dev outbox). */
async function smsCitizen(phone: string): Promise<Api> {
  expect((await suite.anon.post('/session/sms-code', { phone })).status).toBe(200);
  const outbox = await suite.anon.get<Array<{ text: string }>>('/dev/outbox');
  const code = /验证码为(\d{6})/.exec(outbox.body[0]?.text ?? '')?.[1];
  const res = await suite.anon.post<{ token: string }>('/session/sms', { phone, code });
  expect(res.status).toBe(200);
  return new Api(suite.server.url, res.body.token);
}

const slots = (hall: string, item: string, date: string) => suite.anon.get<SlotDay>(`/halls/${hall}/slots?itemId=${item}&date=${date}`);
const book = (api: Api, body: Record<string, unknown>, key: string = newKey()) => api.post<Appointment>('/appointments', body, key);
const starts = (day: SlotDay) => day.slots.map((s) => s.start);

describe('slots', () => {
  it('are 30-minute slots inside the hall hours, none over the lunch break, capacity 4 at a district hall', async () => {
    const res = await slots(DISTRICT, ID_RENEWAL, '2026-12-03');
    expect(res.status).toBe(200);
    expect(starts(res.body)).toEqual(['09:00', '09:30', '10:00', '10:30', '11:00', '11:30', '13:30', '14:00', '14:30', '15:00', '15:30', '16:00', '16:30', '17:00']);
    expect(res.body.slots[5]).toEqual({ start: '11:30', end: '12:00', capacity: 4, remaining: 4 });
    expect(res.body).toMatchObject({ hallId: DISTRICT, date: '2026-12-03', lastBookableDate: '2026-12-11' });
    expect(res.body.closedReason).toBeUndefined();
  });

  it('at a village hall: its own lunch break (11:30-14:30) and capacity 1', async () => {
    const res = await slots(VILLAGE, VILLAGE_ITEM, '2026-12-03');
    expect(starts(res.body)).toEqual(['09:00', '09:30', '10:00', '10:30', '11:00', '14:30', '15:00', '15:30', '16:00', '16:30']);
    expect(new Set(res.body.slots.map((s) => s.capacity))).toEqual(new Set([1]));
    expect(SLOT_CAPACITY).toEqual({ city: 6, district: 4, township: 2, village: 1 });
  });

  it('today: only slots starting after now (10:00 on the frozen clock)', async () => {
    const res = await slots(DISTRICT, ID_RENEWAL, '2026-12-02');
    expect(starts(res.body)[0]).toBe('10:30');
    await freezeAt('2026-12-02T17:10:00+08:00');
    const late = await slots(DISTRICT, ID_RENEWAL, '2026-12-02');
    expect(late.body.slots).toEqual([]);
    expect(late.body.closedReason).toMatch(/时段已过/);
  });

  it('a weekend is closed with a reason', async () => {
    const res = await slots(DISTRICT, ID_RENEWAL, '2026-12-05');
    expect(res.status).toBe(200);
    expect(res.body.slots).toEqual([]);
    expect(res.body.closedReason).toMatch(/周六/);
  });

  it('a public holiday is closed (国庆节 2026-10-01) and a 调休 Saturday is open with weekday hours (2026-10-10)', async () => {
    await freezeAt('2026-09-28T10:00:00+08:00');
    const holiday = await slots(DISTRICT, ID_RENEWAL, '2026-10-01');
    expect(holiday.status).toBe(200);
    expect(holiday.body.slots).toEqual([]);
    expect(holiday.body.closedReason).toMatch(/国庆节/);
    // 7 working days from Monday 28 September skip the Golden Week and count the 调休 Saturday
    expect(holiday.body.lastBookableDate).toBe('2026-10-13');
    const saturday = await slots(DISTRICT, ID_RENEWAL, '2026-10-10');
    expect(saturday.body.slots).toHaveLength(14);
    expect(saturday.body.closedReason).toBeUndefined();
    const sunday = await slots(DISTRICT, ID_RENEWAL, '2026-10-11');
    expect(sunday.body.slots).toEqual([]);
    const booked = await book(yu, { hallId: DISTRICT, itemId: ID_RENEWAL, date: '2026-10-10', start: '09:00' });
    expect(booked.status).toBe(200);
    expect(booked.body.hallHours).toBe('09:00-12:00，13:30-17:30（调休上班）');
  });

  it('元旦 2027-01-01 is closed (statutory fallback: chinese-days 1.5.7 has no 2027 table)', async () => {
    await freezeAt('2026-12-28T10:00:00+08:00');
    const res = await slots(DISTRICT, ID_RENEWAL, '2027-01-01');
    expect(res.body.slots).toEqual([]);
    expect(res.body.closedReason).toMatch(/元旦/);
  });

  it('the window: today up to 7 working days ahead; outside is 422 naming the range', async () => {
    expect(BOOKING_WINDOW_WORKING_DAYS).toBe(7);
    expect((await slots(DISTRICT, ID_RENEWAL, '2026-12-11')).status).toBe(200);
    for (const date of ['2026-12-12', '2026-12-14', '2026-12-01', '2027-03-01']) {
      const res = await suite.anon.get<ErrorBody>(`/halls/${DISTRICT}/slots?itemId=${ID_RENEWAL}&date=${date}`);
      expect(res.status).toBe(422);
      expect(res.body.error.fields?.date).toMatch(/2026年12月2日.*至2026年12月11日/);
    }
    const far = await book(yu, { hallId: DISTRICT, itemId: ID_RENEWAL, date: '2026-12-14', start: '09:00' });
    expect(far.status).toBe(422);
  });

  it('the hall must handle the item, and the item must need a visit', async () => {
    const notHere = await suite.anon.get<ErrorBody>(`/halls/${VILLAGE}/slots?itemId=${ID_RENEWAL}&date=2026-12-03`);
    expect(notHere.status).toBe(422);
    expect(notHere.body.error.fields?.itemId).toMatch(/不办理/);
    const noVisit = await suite.anon.get<ErrorBody>(`/halls/${DISTRICT}/slots?itemId=${NO_VISIT}&date=2026-12-03`);
    expect(noVisit.status).toBe(422);
    expect(noVisit.body.error.fields?.itemId).toBe('该事项无需到现场');
    const unknownHall = await suite.anon.get<ErrorBody>(`/halls/500199/slots?itemId=${ID_RENEWAL}&date=2026-12-03`);
    expect(unknownHall.status).toBe(404);
  });
});

describe('booking', () => {
  it('answers the appointment with a code, the hall name, address and that day’s hours; remaining drops by one', async () => {
    const res = await book(yu, { hallId: DISTRICT, itemId: ID_RENEWAL, date: '2026-12-03', start: '09:30' });
    expect(res.status).toBe(200);
    const hall = suite.server.world.halls.getHall(DISTRICT);
    expect(res.body).toMatchObject({
      hallId: DISTRICT,
      hallName: '九龙坡区政务服务中心',
      hallAddress: hall?.address,
      hallHours: '09:00-12:00，13:30-17:30',
      itemId: ID_RENEWAL,
      itemName: '居民身份证换领',
      date: '2026-12-03',
      start: '09:30',
      end: '10:00',
      status: 'booked',
    });
    expect(res.body.code).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8}$/);
    const after = await slots(DISTRICT, ID_RENEWAL, '2026-12-03');
    expect(after.body.slots.find((s) => s.start === '09:30')?.remaining).toBe(3);
  });

  it('is idempotent: the same key answers the same appointment; the same key with another body is 409', async () => {
    const key = newKey();
    const body = { hallId: DISTRICT, itemId: ID_RENEWAL, date: '2026-12-03', start: '09:30' };
    const [a, b] = await Promise.all([book(yu, body, key), book(yu, body, key)]);
    expect(a.body).toEqual(b.body);
    expect(suite.server.world.collection('appointments').size).toBe(1);
    const other = await yu.post<ErrorBody>('/appointments', { ...body, start: '10:00' }, key);
    expect(other.status).toBe(409);
    expect(other.body.error.fields).toHaveProperty('Idempotency-Key');
    const noKey = await yu.post<ErrorBody>('/appointments', body);
    expect(noKey.status).toBe(400);
    expect(noKey.body.error.fields).toHaveProperty('Idempotency-Key');
  });

  it('capacity: a village slot (1) taken, the next citizen is refused 409 fields.start', async () => {
    const body = { hallId: VILLAGE, itemId: VILLAGE_ITEM, date: '2026-12-03', start: '09:00' };
    expect((await book(yu, body)).status).toBe(200);
    const full = await book(tian, body);
    expect(full.status).toBe(409);
    expect((full.body as unknown as ErrorBody).error.fields?.start).toBe('该时段已约满，请选择其他时段');
    const day = await slots(VILLAGE, VILLAGE_ITEM, '2026-12-03');
    expect(day.body.slots[0]).toMatchObject({ start: '09:00', capacity: 1, remaining: 0 });
    expect(suite.server.world.collection('appointments').size).toBe(1);
  });

  it('capacity: a district slot takes 4 citizens', async () => {
    const body = { hallId: DISTRICT, itemId: ID_RENEWAL, date: '2026-12-04', start: '14:00' };
    const citizens = [yu, tian, await suite.anon.demo('tu'), await suite.anon.demo('newcomer')];
    for (const api of citizens) expect((await book(api, body)).status).toBe(200);
    const fifth = await book(await smsCitizen('13900001111'), body);
    expect(fifth.status).toBe(409);
    expect((fifth.body as unknown as ErrorBody).error.fields).toHaveProperty('start');
    const day = await slots(DISTRICT, ID_RENEWAL, '2026-12-04');
    expect(day.body.slots.find((s) => s.start === '14:00')?.remaining).toBe(0);
  });

  it('one active booking per citizen and item: 409 fields.itemId naming the booking; after cancelling, booking again works', async () => {
    const first = await book(yu, { hallId: DISTRICT, itemId: ID_RENEWAL, date: '2026-12-03', start: '09:30' });
    const second = await yu.post<ErrorBody>('/appointments', { hallId: '500000', itemId: ID_RENEWAL, date: '2026-12-04', start: '10:00' }, newKey());
    expect(second.status).toBe(409);
    expect(second.body.error.fields?.itemId).toMatch(/2026年12月3日（周四）09:30-10:00/);
    // another citizen, or another item, is not affected
    expect((await book(tian, { hallId: DISTRICT, itemId: ID_RENEWAL, date: '2026-12-03', start: '09:30' })).status).toBe(200);
    expect((await book(yu, { hallId: VILLAGE, itemId: VILLAGE_ITEM, date: '2026-12-03', start: '09:00' })).status).toBe(200);
    expect((await yu.del(`/appointments/${first.body.id}`)).status).toBe(200);
    expect((await book(yu, { hallId: '500000', itemId: ID_RENEWAL, date: '2026-12-04', start: '10:00' })).status).toBe(200);
  });

  it('refuses a start that is not a slot (lunch, off the half hour, after closing, already past) with 422 fields.start', async () => {
    for (const [date, start] of [
      ['2026-12-03', '12:00'],
      ['2026-12-03', '13:00'],
      ['2026-12-03', '09:15'],
      ['2026-12-03', '17:30'],
      ['2026-12-03', '08:00'],
      ['2026-12-02', '09:30'],
      ['2026-12-02', '10:00'],
    ]) {
      const res = await yu.post<ErrorBody>('/appointments', { hallId: DISTRICT, itemId: ID_RENEWAL, date, start }, newKey());
      expect([res.status, Object.keys(res.body.error.fields ?? {})]).toEqual([422, ['start']]);
    }
    const weekend = await yu.post<ErrorBody>('/appointments', { hallId: DISTRICT, itemId: ID_RENEWAL, date: '2026-12-06', start: '09:00' }, newKey());
    expect(weekend.status).toBe(422);
    expect(weekend.body.error.fields).toHaveProperty('date');
    expect(suite.server.world.collection('appointments').size).toBe(0);
  });
});

describe('listing and cancelling', () => {
  it('GET /appointments lists the citizen’s own, upcoming first, then cancelled', async () => {
    const later = await book(yu, { hallId: DISTRICT, itemId: ID_RENEWAL, date: '2026-12-08', start: '15:00' });
    const sooner = await book(yu, { hallId: VILLAGE, itemId: VILLAGE_ITEM, date: '2026-12-03', start: '10:00' });
    const passport = await book(yu, { hallId: DISTRICT, itemId: '500000-010110001000', date: '2026-12-04', start: '09:00' });
    await yu.del(`/appointments/${passport.body.id}`);
    await book(tian, { hallId: DISTRICT, itemId: ID_RENEWAL, date: '2026-12-03', start: '09:00' });
    const list = await yu.get<Appointment[]>('/appointments');
    expect(list.status).toBe(200);
    expect(list.body.map((a) => [a.id, a.status])).toEqual([
      [sooner.body.id, 'booked'],
      [later.body.id, 'booked'],
      [passport.body.id, 'cancelled'],
    ]);
  });

  it('cancels before the slot starts (capacity frees up); after it started, 422', async () => {
    const body = { hallId: VILLAGE, itemId: VILLAGE_ITEM, date: '2026-12-02', start: '10:30' };
    const booked = await book(yu, body);
    expect((await book(tian, body)).status).toBe(409);
    suite.server.world.clock.advance(29 * 60_000); // 10:29
    const cancelled = await yu.del<Appointment>(`/appointments/${booked.body.id}`);
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({ id: booked.body.id, status: 'cancelled', code: booked.body.code });
    // cancelling again answers the same; the slot is free for tian
    expect((await yu.del<Appointment>(`/appointments/${booked.body.id}`)).body.status).toBe('cancelled');
    const theirs = await book(tian, body);
    expect(theirs.status).toBe(200);
    suite.server.world.clock.advance(60_000); // 10:30: the slot has started
    const tooLate = await tian.del<ErrorBody>(`/appointments/${theirs.body.id}`);
    expect(tooLate.status).toBe(422);
    expect(tooLate.body.error.fields?.id).toMatch(/已开始/);
    expect((await tian.get<Appointment[]>('/appointments')).body[0].status).toBe('booked');
  });
});

describe('401 and 404', () => {
  it('personal endpoints need a session; slots are public', async () => {
    expect((await suite.anon.get('/appointments')).status).toBe(401);
    expect((await suite.anon.post('/appointments', { hallId: DISTRICT, itemId: ID_RENEWAL, date: '2026-12-03', start: '09:00' }, newKey())).status).toBe(401);
    expect((await suite.anon.del('/appointments/appt_x')).status).toBe(401);
    expect((await slots(DISTRICT, ID_RENEWAL, '2026-12-03')).status).toBe(200);
  });

  it("another citizen's appointment is 404 and stays as it was; lists never cross", async () => {
    const mine = await book(yu, { hallId: DISTRICT, itemId: ID_RENEWAL, date: '2026-12-03', start: '09:00' });
    const res = await tian.del<ErrorBody>(`/appointments/${mine.body.id}`);
    expect(res.status).toBe(404);
    expect(res.body.error.fields).toHaveProperty('id');
    expect((await tian.get<Appointment[]>('/appointments')).body).toEqual([]);
    expect((await yu.get<Appointment[]>('/appointments')).body[0].status).toBe('booked');
  });
});
