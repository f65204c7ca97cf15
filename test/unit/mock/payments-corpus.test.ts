/**
 * The bad-input corpus of the payment, appointment and company-name endpoints: wrong types,
 * missing and unknown fields, malformed and replayed Idempotency-Keys, impossible dates, slots
 * that do not exist, full slots, duplicate bookings, expired and settled notices, other citizens'
 * ids. Every case answers 4xx with `fields` naming the offending field, none a 5xx, and nothing
 * is stored: the slices' collections are byte-for-byte the same before and after the corpus.
 */
import type { Appointment, Payment } from '../../../src/shared/api/applications';
import { issueFeeNotice } from '../../../mock/payments';
import type { MockServer } from '../../support/mock-server';
import { startMockServer } from '../../support/mock-server';
import type { ErrorBody } from '../../support/api-client';
import { Api, newKey } from '../../support/api-client';

const PASSPORT = '500000-010110001000';
const DISTRICT = '500107';
const ID_RENEWAL = '500000-200110001000';
const VILLAGE = '500107001004';
const VILLAGE_ITEM = '500107001004-200240002000';
const NO_VISIT = '500000-200110004000';

let server: MockServer;
let anon: Api;

const COLLECTIONS = ['payments-fee-notices', 'payments-payments', 'payments-idempotency', 'payments-merchant', 'appointments', 'appointments-idempotency'];
function stored(): string {
  return JSON.stringify(COLLECTIONS.map((name) => server.world.collection(name).values()));
}

interface Setup {
  yu: Api;
  tian: Api;
  pending: Payment;
  pendingKey: string;
  yuAppointment: Appointment;
  tianVillage: Appointment;
  bookingKey: string;
}
let s: Setup;

beforeAll(async () => {
  server = await startMockServer();
  anon = new Api(server.url);
  const world = server.world;
  world.reset();
  const yu = await anon.demo('yu');
  const tian = await anon.demo('tian');
  issueFeeNotice(world, { id: 'app_yu', userId: 'u_yu', itemId: PASSPORT });
  issueFeeNotice(world, { id: 'app_paid', userId: 'u_yu', itemId: PASSPORT });
  issueFeeNotice(world, { id: 'app_old', userId: 'u_yu', itemId: PASSPORT }, new Date('2026-11-20T10:00:00+08:00'));
  const pendingKey = newKey();
  const pending = (await yu.post<Payment>('/applications/app_yu/payments', undefined, pendingKey)).body;
  const settled = (await yu.post<Payment>('/applications/app_paid/payments', undefined, newKey())).body;
  await anon.post(`/dev/payments/${settled.id}/notify`, { result: 'success' });
  const bookingKey = newKey();
  const yuAppointment = (await yu.post<Appointment>('/appointments', { hallId: DISTRICT, itemId: ID_RENEWAL, date: '2026-12-03', start: '09:30' }, bookingKey)).body;
  const tianVillage = (await tian.post<Appointment>('/appointments', { hallId: VILLAGE, itemId: VILLAGE_ITEM, date: '2026-12-03', start: '09:00' }, newKey())).body;
  expect([pending.status, yuAppointment.status, tianVillage.status]).toEqual(['pending', 'booked', 'booked']);
  s = { yu, tian, pending, pendingKey, yuAppointment, tianVillage, bookingKey };
});
afterAll(async () => {
  expect(server.logged).toEqual([]);
  await server.close();
});

interface Case {
  name: string;
  as: 'yu' | 'tian' | 'anon';
  method: 'GET' | 'POST' | 'DELETE';
  path: string | (() => string);
  body?: unknown;
  key?: string | null | (() => string);
  status: number;
  field: string;
}

const book = (body: unknown, extra: Partial<Case> = {}): Case => ({
  name: '',
  as: 'yu',
  method: 'POST',
  path: '/appointments',
  body,
  status: 422,
  field: '',
  ...extra,
});
const good = { hallId: DISTRICT, itemId: VILLAGE_ITEM, date: '2026-12-04', start: '10:00' };
const goodAt = (patch: Record<string, unknown>) => ({ hallId: VILLAGE, itemId: VILLAGE_ITEM, date: '2026-12-04', start: '10:00', ...patch });
const slots = (query: string, hall = DISTRICT): string => `/halls/${hall}/slots?${query}`;
const check = (body: unknown): Case => ({ name: '', as: 'yu', method: 'POST', path: '/company-names/check', body, status: 400, field: '' });

const CASES: Case[] = [
  // ---- paying
  { name: 'pay without Idempotency-Key', as: 'yu', method: 'POST', path: '/applications/app_yu/payments', key: null, status: 400, field: 'Idempotency-Key' },
  { name: 'pay with a 3-character key', as: 'yu', method: 'POST', path: '/applications/app_yu/payments', key: 'abc', status: 400, field: 'Idempotency-Key' },
  { name: 'pay with spaces in the key', as: 'yu', method: 'POST', path: '/applications/app_yu/payments', key: 'abc def ghi jkl', status: 400, field: 'Idempotency-Key' },
  { name: 'pay with a 129-character key', as: 'yu', method: 'POST', path: '/applications/app_yu/payments', key: 'k'.repeat(129), status: 400, field: 'Idempotency-Key' },
  { name: 'pay a malformed application id', as: 'yu', method: 'POST', path: '/applications/app%24yu/payments', status: 400, field: 'id' },
  { name: 'pay an unknown application', as: 'yu', method: 'POST', path: '/applications/app_nobody/payments', status: 404, field: 'id' },
  { name: "pay another citizen's application", as: 'tian', method: 'POST', path: '/applications/app_yu/payments', status: 404, field: 'id' },
  { name: 'pay with a status in the body', as: 'yu', method: 'POST', path: '/applications/app_yu/payments', body: { status: 'paid' }, status: 400, field: 'status' },
  { name: 'pay with an array body', as: 'yu', method: 'POST', path: '/applications/app_yu/payments', body: [], status: 400, field: '_' },
  { name: 'pay an expired notice', as: 'yu', method: 'POST', path: '/applications/app_old/payments', status: 422, field: 'id' },
  { name: 'pay a paid notice', as: 'yu', method: 'POST', path: '/applications/app_paid/payments', status: 409, field: 'id' },
  { name: 'a pay key replayed for another application', as: 'yu', method: 'POST', path: '/applications/app_paid/payments', key: () => s.pendingKey, status: 409, field: 'Idempotency-Key' },
  { name: 'read an unknown payment', as: 'yu', method: 'GET', path: '/payments/pay_unknown', status: 404, field: 'id' },
  { name: "read another citizen's payment", as: 'tian', method: 'GET', path: () => `/payments/${s.pending.id}`, status: 404, field: 'id' },
  { name: 'notify with result paid', as: 'anon', method: 'POST', path: () => `/dev/payments/${s.pending.id}/notify`, body: { result: 'paid' }, status: 400, field: 'result' },
  { name: 'notify without result', as: 'anon', method: 'POST', path: () => `/dev/payments/${s.pending.id}/notify`, body: {}, status: 400, field: 'result' },
  { name: 'notify with an extra field', as: 'anon', method: 'POST', path: () => `/dev/payments/${s.pending.id}/notify`, body: { result: 'success', amountFen: 1 }, status: 400, field: 'amountFen' },
  { name: 'notify with an array body', as: 'anon', method: 'POST', path: () => `/dev/payments/${s.pending.id}/notify`, body: ['success'], status: 400, field: '_' },
  { name: 'notify an unknown payment', as: 'anon', method: 'POST', path: '/dev/payments/pay_unknown/notify', body: { result: 'success' }, status: 404, field: 'id' },
  // ---- slots
  { name: 'slots without itemId', as: 'anon', method: 'GET', path: slots('date=2026-12-03'), status: 400, field: 'itemId' },
  { name: 'slots with a malformed itemId', as: 'anon', method: 'GET', path: slots('itemId=500000-12&date=2026-12-03'), status: 400, field: 'itemId' },
  { name: 'slots without date', as: 'anon', method: 'GET', path: slots(`itemId=${ID_RENEWAL}`), status: 400, field: 'date' },
  { name: 'slots in month 13', as: 'anon', method: 'GET', path: slots(`itemId=${ID_RENEWAL}&date=2026-13-01`), status: 400, field: 'date' },
  { name: 'slots on 30 February', as: 'anon', method: 'GET', path: slots(`itemId=${ID_RENEWAL}&date=2027-02-30`), status: 400, field: 'date' },
  { name: 'slots with a compact date', as: 'anon', method: 'GET', path: slots(`itemId=${ID_RENEWAL}&date=20261203`), status: 400, field: 'date' },
  { name: 'slots with two dates', as: 'anon', method: 'GET', path: slots(`itemId=${ID_RENEWAL}&date=2026-12-03&date=2026-12-04`), status: 400, field: 'date' },
  { name: 'slots of a malformed hall id', as: 'anon', method: 'GET', path: slots(`itemId=${ID_RENEWAL}&date=2026-12-03`, 'abc'), status: 400, field: 'id' },
  { name: 'slots of an unknown hall', as: 'anon', method: 'GET', path: slots(`itemId=${ID_RENEWAL}&date=2026-12-03`, '500199'), status: 404, field: 'id' },
  { name: 'slots of an unknown item', as: 'anon', method: 'GET', path: slots('itemId=500107-999999999999&date=2026-12-03'), status: 422, field: 'itemId' },
  { name: 'slots of an item the hall does not handle', as: 'anon', method: 'GET', path: slots(`itemId=${ID_RENEWAL}&date=2026-12-03`, VILLAGE), status: 422, field: 'itemId' },
  { name: 'slots of an item needing no visit', as: 'anon', method: 'GET', path: slots(`itemId=${NO_VISIT}&date=2026-12-03`), status: 422, field: 'itemId' },
  { name: 'slots beyond 7 working days', as: 'anon', method: 'GET', path: slots(`itemId=${ID_RENEWAL}&date=2026-12-14`), status: 422, field: 'date' },
  { name: 'slots yesterday', as: 'anon', method: 'GET', path: slots(`itemId=${ID_RENEWAL}&date=2026-12-01`), status: 422, field: 'date' },
  // ---- booking
  { ...book(goodAt({})), name: 'book without Idempotency-Key', key: null, status: 400, field: 'Idempotency-Key' },
  { ...book({ hallId: VILLAGE, itemId: VILLAGE_ITEM, date: '2026-12-04' }), name: 'book without start', status: 400, field: 'start' },
  { ...book(goodAt({ start: '9:30' })), name: 'book at 9:30 (one-digit hour)', status: 400, field: 'start' },
  { ...book(goodAt({ start: 930 })), name: 'book with a numeric start', status: 400, field: 'start' },
  { ...book(goodAt({ start: '24:00' })), name: 'book at 24:00', status: 400, field: 'start' },
  { ...book(goodAt({ hallId: 'abc' })), name: 'book a malformed hall id', status: 400, field: 'hallId' },
  { ...book(goodAt({ hallId: 500107001004 })), name: 'book a numeric hall id', status: 400, field: 'hallId' },
  { ...book(goodAt({ date: '2026/12/04' })), name: 'book a slashed date', status: 400, field: 'date' },
  { ...book(goodAt({ note: '带孩子' })), name: 'book with an unknown field', status: 400, field: 'note' },
  { ...book([]), name: 'book with an array body', status: 400, field: '_' },
  { ...book(goodAt({ applicationId: 'app yu' })), name: 'book with a malformed applicationId', status: 400, field: 'applicationId' },
  { ...book(goodAt({ applicationId: 'app_nobody' })), name: 'book for an unknown application', status: 422, field: 'applicationId' },
  { ...book(goodAt({ hallId: '500199' })), name: 'book an unknown hall', status: 422, field: 'hallId' },
  { ...book(goodAt({ itemId: '500107-999999999999' })), name: 'book an unknown item', status: 422, field: 'itemId' },
  { ...book(good), name: 'book an item the hall does not handle', status: 422, field: 'hallId' },
  { ...book({ hallId: DISTRICT, itemId: NO_VISIT, date: '2026-12-04', start: '10:00' }), name: 'book an item needing no visit', status: 422, field: 'itemId' },
  { ...book(goodAt({ start: '12:00' })), name: 'book over the lunch break', status: 422, field: 'start' },
  { ...book(goodAt({ start: '10:15' })), name: 'book off the half hour', status: 422, field: 'start' },
  { ...book(goodAt({ date: '2026-12-02', start: '09:30' })), name: 'book a slot already past', status: 422, field: 'start' },
  { ...book(goodAt({ date: '2026-12-05' })), name: 'book a Saturday', status: 422, field: 'date' },
  { ...book(goodAt({ date: '2026-12-14' })), name: 'book beyond the window', status: 422, field: 'date' },
  { ...book(goodAt({ date: '2026-12-03', start: '09:00' })), name: 'book a full village slot', status: 409, field: 'start' },
  { ...book({ hallId: '500000', itemId: ID_RENEWAL, date: '2026-12-04', start: '10:00' }), name: 'book the same item twice', status: 409, field: 'itemId' },
  { ...book(goodAt({})), name: 'a booking key replayed with another body', key: () => s.bookingKey, status: 409, field: 'Idempotency-Key' },
  // ---- cancelling
  { name: 'cancel a malformed id', as: 'yu', method: 'DELETE', path: '/appointments/appt%24x', status: 400, field: 'id' },
  { name: 'cancel an unknown appointment', as: 'yu', method: 'DELETE', path: '/appointments/appt_unknown', status: 404, field: 'id' },
  { name: "cancel another citizen's appointment", as: 'yu', method: 'DELETE', path: () => `/appointments/${s.tianVillage.id}`, status: 404, field: 'id' },
  // ---- company names
  { ...check({ divisionCode: '500107' }), name: 'check without a name', field: 'name' },
  { ...check({ name: 42, divisionCode: '500107' }), name: 'check a numeric name', field: 'name' },
  { ...check({ name: '   ', divisionCode: '500107' }), name: 'check a blank name', field: 'name' },
  { ...check({ name: '重'.repeat(101), divisionCode: '500107' }), name: 'check a 101-character name', field: 'name' },
  { ...check({ name: '重庆嘉陵商贸有限公司' }), name: 'check without a division', field: 'divisionCode' },
  { ...check({ name: '重庆嘉陵商贸有限公司', divisionCode: '5001' }), name: 'check a 4-digit division', field: 'divisionCode' },
  { ...check({ name: '重庆嘉陵商贸有限公司', divisionCode: '500107', scope: 'all' }), name: 'check with an unknown field', field: 'scope' },
  { ...check({ name: '重庆嘉陵商贸有限公司', divisionCode: '110105' }), name: 'check a Beijing division', status: 422, field: 'divisionCode' },
  { ...check({ name: '重庆嘉陵商贸有限公司', divisionCode: '500199' }), name: 'check an unknown district', status: 422, field: 'divisionCode' },
  { ...check({ name: '重庆嘉陵商贸有限公司', divisionCode: '500107999' }), name: 'check an unknown township', status: 422, field: 'divisionCode' },
];

it(`holds at least 25 cases (${CASES.length})`, () => {
  expect(CASES.length).toBeGreaterThanOrEqual(25);
});

it.each(CASES.map((c) => [c.name, c] as const))('%s → 4xx naming its field, nothing stored', async (_name, c) => {
  const before = stored();
  const api = c.as === 'anon' ? anon : s[c.as];
  const key = c.key === null ? undefined : typeof c.key === 'function' ? c.key() : (c.key ?? (c.method === 'POST' ? newKey() : undefined));
  const path = typeof c.path === 'function' ? c.path() : c.path;
  const res = await api.call<ErrorBody>(c.method, path, { json: c.body, key });
  expect([res.status, res.body?.error?.fields ? Object.keys(res.body.error.fields) : res.body]).toEqual([c.status, [c.field]]);
  expect(res.body.error.fields?.[c.field]).toMatch(/[\u4e00-\u9fa5]/);
  expect(stored()).toBe(before);
});
