/**
 * The bad-input corpus of the identity endpoints: wrong types, missing and unknown fields, bad
 * check digits, wrong-length phones, bad division codes, other citizens' ids, spent and expired
 * codes. Every case answers 4xx with `fields` naming the offending field, none a 5xx, and
 * nothing is stored: the identity collections are the same before and after, and a follow-up
 * GET shows the citizen's lists unchanged.
 */
import type { Address, FamilyMember, PersonaId, RealNameStarted } from '../../../src/shared/api/identity';
import type { MockServer } from '../../support/mock-server';
import { startMockServer } from '../../support/mock-server';
import type { ErrorBody } from '../../support/api-client';
import { Api } from '../../support/api-client';

const YU_ID = '510107198803141357';
const TU_ID = '500236199206050625';
const VALID_ID = '11010519491231002X';
const TIAN_SPOUSE_ID = '500243197902150026';
const GOOD_ADDRESS = { recipient: '喻明远', phone: '13983061257', divisionCode: '500107001004', detail: '兴胜路20号1单元3-1' };
const GOOD_MEMBER = { name: '田秀英', idNumber: TIAN_SPOUSE_ID, relation: 'spouse', authorised: true };

let server: MockServer;
let anon: Api;
beforeAll(async () => {
  server = await startMockServer();
  anon = new Api(server.url);
});
afterAll(async () => {
  expect(server.logged).toEqual([]);
  await server.close();
});

const COLLECTIONS = [
  'identity-users',
  'identity-sessions',
  'identity-certificates',
  'identity-data-use',
  'identity-addresses',
  'identity-family',
  'identity-verifications',
  'identity-sms-codes',
  'identity-wx-codes',
  'dev-outbox',
];
function stored(): string {
  return JSON.stringify(COLLECTIONS.map((name) => server.world.collection(name).values()));
}

interface World4 {
  clients: Record<PersonaId, Api>;
  /** tian's records, which nobody else may see or touch */
  tianCert: string;
  tianAddress: string;
  tianFamily: string;
  yuAddress: string;
}
let w: World4;

beforeEach(async () => {
  server.world.reset();
  const clients = {
    yu: await anon.demo('yu'),
    tian: await anon.demo('tian'),
    tu: await anon.demo('tu'),
    newcomer: await anon.demo('newcomer'),
  };
  const certs = await clients.tian.get<Array<{ id: string }>>('/me/certificates');
  const addresses = await clients.tian.get<Address[]>('/me/addresses');
  const member = await clients.tian.post<FamilyMember>('/me/family', GOOD_MEMBER);
  const yuAddresses = await clients.yu.get<Address[]>('/me/addresses');
  w = { clients, tianCert: certs.body[0].id, tianAddress: addresses.body[0].id, tianFamily: member.body.id, yuAddress: yuAddresses.body[0].id };
});

interface Case {
  name: string;
  as?: PersonaId;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string | ((w: World4) => string);
  body?: unknown;
  status: 400 | 404 | 409 | 422;
  field: string;
}

const cases: Case[] = [
  // POST /session (wx.login code)
  { name: 'wx: no code', method: 'POST', path: '/session', body: {}, status: 400, field: 'code' },
  { name: 'wx: code is a number', method: 'POST', path: '/session', body: { code: 123456789 }, status: 400, field: 'code' },
  { name: 'wx: code is null', method: 'POST', path: '/session', body: { code: null }, status: 400, field: 'code' },
  { name: 'wx: unknown field', method: 'POST', path: '/session', body: { code: 'persona:yu:n1', appSecret: 'x' }, status: 400, field: 'appSecret' },
  { name: 'wx: body is an array', method: 'POST', path: '/session', body: [], status: 400, field: '_' },
  { name: 'wx: too short to be a code', method: 'POST', path: '/session', body: { code: 'abc' }, status: 422, field: 'code' },
  { name: 'wx: unknown persona code', method: 'POST', path: '/session', body: { code: 'persona:zhang:n1' }, status: 422, field: 'code' },
  { name: 'wx: code with spaces inside', method: 'POST', path: '/session', body: { code: 'not a wx code' }, status: 422, field: 'code' },
  // POST /session/demo
  { name: 'demo: no persona', method: 'POST', path: '/session/demo', body: {}, status: 400, field: 'persona' },
  { name: 'demo: unknown persona', method: 'POST', path: '/session/demo', body: { persona: 'zhang' }, status: 400, field: 'persona' },
  { name: 'demo: unknown field', method: 'POST', path: '/session/demo', body: { persona: 'yu', admin: true }, status: 400, field: 'admin' },
  // POST /session/sms-code
  { name: 'sms-code: no phone', method: 'POST', path: '/session/sms-code', body: {}, status: 400, field: 'phone' },
  { name: 'sms-code: phone is a number', method: 'POST', path: '/session/sms-code', body: { phone: 13800138000 }, status: 400, field: 'phone' },
  { name: 'sms-code: 10 digits', method: 'POST', path: '/session/sms-code', body: { phone: '1380013800' }, status: 422, field: 'phone' },
  { name: 'sms-code: 12 digits', method: 'POST', path: '/session/sms-code', body: { phone: '138001380001' }, status: 422, field: 'phone' },
  { name: 'sms-code: starts 12', method: 'POST', path: '/session/sms-code', body: { phone: '12800138000' }, status: 422, field: 'phone' },
  { name: 'sms-code: dashes', method: 'POST', path: '/session/sms-code', body: { phone: '138-0013-8000' }, status: 422, field: 'phone' },
  { name: 'sms-code: empty', method: 'POST', path: '/session/sms-code', body: { phone: '' }, status: 422, field: 'phone' },
  { name: 'sms-code: unknown field', method: 'POST', path: '/session/sms-code', body: { phone: '13800138000', code: '1' }, status: 400, field: 'code' },
  // POST /session/sms
  { name: 'sms: no code', method: 'POST', path: '/session/sms', body: { phone: '13800138000' }, status: 400, field: 'code' },
  { name: 'sms: code is a number', method: 'POST', path: '/session/sms', body: { phone: '13800138000', code: 123456 }, status: 400, field: 'code' },
  { name: 'sms: 5-digit code', method: 'POST', path: '/session/sms', body: { phone: '13800138000', code: '12345' }, status: 422, field: 'code' },
  { name: 'sms: letters', method: 'POST', path: '/session/sms', body: { phone: '13800138000', code: 'abcdef' }, status: 422, field: 'code' },
  { name: 'sms: bad phone', method: 'POST', path: '/session/sms', body: { phone: '1380013800', code: '123456' }, status: 422, field: 'phone' },
  { name: 'sms: no code was asked for', method: 'POST', path: '/session/sms', body: { phone: '13800138000', code: '123456' }, status: 422, field: 'code' },
  // DELETE /me
  { name: 'delete me: no confirm', as: 'yu', method: 'DELETE', path: '/me', body: {}, status: 400, field: 'confirm' },
  { name: 'delete me: wrong word', as: 'yu', method: 'DELETE', path: '/me', body: { confirm: 'delete' }, status: 400, field: 'confirm' },
  { name: 'delete me: unknown field', as: 'yu', method: 'DELETE', path: '/me', body: { confirm: '注销', force: true }, status: 400, field: 'force' },
  // POST /me/reveal
  { name: 'reveal: no field', as: 'yu', method: 'POST', path: '/me/reveal', body: {}, status: 400, field: 'field' },
  { name: 'reveal: address is not revealable', as: 'yu', method: 'POST', path: '/me/reveal', body: { field: 'address' }, status: 400, field: 'field' },
  { name: 'reveal: array', as: 'yu', method: 'POST', path: '/me/reveal', body: { field: ['name'] }, status: 400, field: 'field' },
  { name: 'reveal: unverified name', as: 'newcomer', method: 'POST', path: '/me/reveal', body: { field: 'idNumber' }, status: 422, field: 'field' },
  // POST /me/real-name
  { name: 'real-name: empty body', as: 'newcomer', method: 'POST', path: '/me/real-name', body: {}, status: 400, field: 'name' },
  { name: 'real-name: no ID', as: 'newcomer', method: 'POST', path: '/me/real-name', body: { name: '张三' }, status: 400, field: 'idNumber' },
  { name: 'real-name: name is a number', as: 'newcomer', method: 'POST', path: '/me/real-name', body: { name: 1, idNumber: VALID_ID }, status: 400, field: 'name' },
  { name: 'real-name: ID is a number', as: 'newcomer', method: 'POST', path: '/me/real-name', body: { name: '张三', idNumber: 110105194912310020 }, status: 400, field: 'idNumber' },
  { name: 'real-name: unknown field', as: 'newcomer', method: 'POST', path: '/me/real-name', body: { name: '张三', idNumber: VALID_ID, verified: true }, status: 400, field: 'verified' },
  { name: 'real-name: latin name', as: 'newcomer', method: 'POST', path: '/me/real-name', body: { name: 'Zhang San', idNumber: VALID_ID }, status: 422, field: 'name' },
  { name: 'real-name: one character', as: 'newcomer', method: 'POST', path: '/me/real-name', body: { name: '张', idNumber: VALID_ID }, status: 422, field: 'name' },
  { name: 'real-name: 17 characters', as: 'newcomer', method: 'POST', path: '/me/real-name', body: { name: '张三', idNumber: VALID_ID.slice(0, 17) }, status: 422, field: 'idNumber' },
  { name: 'real-name: check digit off by one', as: 'newcomer', method: 'POST', path: '/me/real-name', body: { name: '张三', idNumber: '110105194912310021' }, status: 422, field: 'idNumber' },
  { name: 'real-name: a digit changed', as: 'newcomer', method: 'POST', path: '/me/real-name', body: { name: '张三', idNumber: '11010519491231003X' }, status: 422, field: 'idNumber' },
  { name: 'real-name: 30 February', as: 'newcomer', method: 'POST', path: '/me/real-name', body: { name: '张三', idNumber: '110105194902300020' }, status: 422, field: 'idNumber' },
  { name: 'real-name: born in the future', as: 'newcomer', method: 'POST', path: '/me/real-name', body: { name: '张三', idNumber: '110105209912310022' }, status: 422, field: 'idNumber' },
  { name: 'real-name: letters inside', as: 'newcomer', method: 'POST', path: '/me/real-name', body: { name: '张三', idNumber: '1101051949123100AX' }, status: 422, field: 'idNumber' },
  { name: 'real-name: register says another name', as: 'newcomer', method: 'POST', path: '/me/real-name', body: { name: '李四', idNumber: YU_ID }, status: 422, field: 'name' },
  { name: 'real-name: ID bound to another account', as: 'newcomer', method: 'POST', path: '/me/real-name', body: { name: '喻明远', idNumber: YU_ID }, status: 409, field: 'idNumber' },
  { name: 'real-name: already verified', as: 'yu', method: 'POST', path: '/me/real-name', body: { name: '张三', idNumber: VALID_ID }, status: 409, field: '_' },
  // POST /me/real-name/face
  { name: 'face: empty body', as: 'newcomer', method: 'POST', path: '/me/real-name/face', body: {}, status: 400, field: 'verificationId' },
  { name: 'face: bad liveness', as: 'newcomer', method: 'POST', path: '/me/real-name/face', body: { verificationId: 'rn_x', liveness: 'maybe' }, status: 400, field: 'liveness' },
  { name: 'face: id is a number', as: 'newcomer', method: 'POST', path: '/me/real-name/face', body: { verificationId: 7, liveness: 'passed' }, status: 400, field: 'verificationId' },
  { name: 'face: unknown verification', as: 'newcomer', method: 'POST', path: '/me/real-name/face', body: { verificationId: 'rn_nope', liveness: 'passed' }, status: 404, field: 'verificationId' },
  // GET /me/certificates/:id, /me/data-use
  { name: "certificate: tian's, asked by yu", as: 'yu', method: 'GET', path: (x) => `/me/certificates/${x.tianCert}`, status: 404, field: 'id' },
  { name: 'certificate: no such id', as: 'yu', method: 'GET', path: '/me/certificates/cert_nope', status: 404, field: 'id' },
  { name: 'data-use: limit 0', as: 'yu', method: 'GET', path: '/me/data-use?limit=0', status: 400, field: 'limit' },
  { name: 'data-use: limit 51', as: 'yu', method: 'GET', path: '/me/data-use?limit=51', status: 400, field: 'limit' },
  { name: 'data-use: limit abc', as: 'yu', method: 'GET', path: '/me/data-use?limit=abc', status: 400, field: 'limit' },
  { name: 'data-use: forged cursor', as: 'yu', method: 'GET', path: '/me/data-use?cursor=bm9wZQ', status: 400, field: 'cursor' },
  // POST /me/addresses
  { name: 'address: empty body', as: 'yu', method: 'POST', path: '/me/addresses', body: {}, status: 400, field: 'recipient' },
  { name: 'address: no detail', as: 'yu', method: 'POST', path: '/me/addresses', body: { ...GOOD_ADDRESS, detail: undefined }, status: 400, field: 'detail' },
  { name: 'address: recipient is a number', as: 'yu', method: 'POST', path: '/me/addresses', body: { ...GOOD_ADDRESS, recipient: 5 }, status: 400, field: 'recipient' },
  { name: 'address: isDefault "yes"', as: 'yu', method: 'POST', path: '/me/addresses', body: { ...GOOD_ADDRESS, isDefault: 'yes' }, status: 400, field: 'isDefault' },
  { name: 'address: unknown field', as: 'yu', method: 'POST', path: '/me/addresses', body: { ...GOOD_ADDRESS, province: '重庆' }, status: 400, field: 'province' },
  { name: 'address: latin recipient', as: 'yu', method: 'POST', path: '/me/addresses', body: { ...GOOD_ADDRESS, recipient: 'Tom' }, status: 422, field: 'recipient' },
  { name: 'address: 7-digit phone', as: 'yu', method: 'POST', path: '/me/addresses', body: { ...GOOD_ADDRESS, phone: '1398306' }, status: 422, field: 'phone' },
  { name: 'address: phone starting 2', as: 'yu', method: 'POST', path: '/me/addresses', body: { ...GOOD_ADDRESS, phone: '23983061257' }, status: 422, field: 'phone' },
  { name: 'address: district code only', as: 'yu', method: 'POST', path: '/me/addresses', body: { ...GOOD_ADDRESS, divisionCode: '500107' }, status: 422, field: 'divisionCode' },
  { name: 'address: no such village', as: 'yu', method: 'POST', path: '/me/addresses', body: { ...GOOD_ADDRESS, divisionCode: '500107001999' }, status: 422, field: 'divisionCode' },
  { name: 'address: Beijing', as: 'yu', method: 'POST', path: '/me/addresses', body: { ...GOOD_ADDRESS, divisionCode: '110101001001' }, status: 422, field: 'divisionCode' },
  { name: 'address: 10-digit code', as: 'yu', method: 'POST', path: '/me/addresses', body: { ...GOOD_ADDRESS, divisionCode: '5001070010' }, status: 422, field: 'divisionCode' },
  { name: 'address: detail too short', as: 'yu', method: 'POST', path: '/me/addresses', body: { ...GOOD_ADDRESS, detail: '12号' }, status: 422, field: 'detail' },
  { name: 'address: detail too long', as: 'yu', method: 'POST', path: '/me/addresses', body: { ...GOOD_ADDRESS, detail: '号'.repeat(101) }, status: 422, field: 'detail' },
  { name: "address: PUT tian's", as: 'yu', method: 'PUT', path: (x) => `/me/addresses/${x.tianAddress}`, body: GOOD_ADDRESS, status: 404, field: 'id' },
  { name: 'address: PUT own with bad phone', as: 'yu', method: 'PUT', path: (x) => `/me/addresses/${x.yuAddress}`, body: { ...GOOD_ADDRESS, phone: '139830612' }, status: 422, field: 'phone' },
  { name: "address: DELETE tian's", as: 'yu', method: 'DELETE', path: (x) => `/me/addresses/${x.tianAddress}`, status: 404, field: 'id' },
  // POST /me/family
  { name: 'family: empty body', as: 'yu', method: 'POST', path: '/me/family', body: {}, status: 400, field: 'name' },
  { name: 'family: relation cousin', as: 'yu', method: 'POST', path: '/me/family', body: { ...GOOD_MEMBER, relation: 'cousin' }, status: 400, field: 'relation' },
  { name: 'family: authorised as a string', as: 'yu', method: 'POST', path: '/me/family', body: { ...GOOD_MEMBER, authorised: 'true' }, status: 400, field: 'authorised' },
  { name: 'family: unknown field', as: 'yu', method: 'POST', path: '/me/family', body: { ...GOOD_MEMBER, phone: '13800138000' }, status: 400, field: 'phone' },
  { name: 'family: not authorised', as: 'yu', method: 'POST', path: '/me/family', body: { ...GOOD_MEMBER, authorised: false }, status: 422, field: 'authorised' },
  { name: 'family: check digit off', as: 'yu', method: 'POST', path: '/me/family', body: { ...GOOD_MEMBER, idNumber: '500243197902150027' }, status: 422, field: 'idNumber' },
  { name: 'family: own ID', as: 'yu', method: 'POST', path: '/me/family', body: { ...GOOD_MEMBER, name: '喻明远', idNumber: YU_ID }, status: 422, field: 'idNumber' },
  { name: 'family: register says another name', as: 'yu', method: 'POST', path: '/me/family', body: { ...GOOD_MEMBER, name: '涂莉莉', idNumber: TU_ID }, status: 422, field: 'name' },
  { name: 'family: unverified citizen', as: 'newcomer', method: 'POST', path: '/me/family', body: GOOD_MEMBER, status: 422, field: '_' },
  { name: "family: DELETE tian's", as: 'yu', method: 'DELETE', path: (x) => `/me/family/${x.tianFamily}`, status: 404, field: 'id' },
  { name: 'family: DELETE no such id', as: 'yu', method: 'DELETE', path: '/me/family/fam_nope', status: 404, field: 'id' },
];

it('holds at least 60 table cases', () => {
  expect(cases.length).toBeGreaterThanOrEqual(60);
});

it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
  const client = c.as ? w.clients[c.as] : anon;
  const listsBefore = c.as ? await lists(client) : undefined;
  const before = stored();
  const res = await client.call<ErrorBody>(c.method, typeof c.path === 'function' ? c.path(w) : c.path, { json: c.body });
  expect({ status: res.status, field: Object.keys(res.body.error.fields ?? {}) }).toEqual({ status: c.status, field: expect.arrayContaining([c.field]) });
  expect(res.body.error.fields?.[c.field]).toMatch(/[\u4e00-\u9fa5]/);
  expect(stored()).toBe(before);
  if (c.as) expect(await lists(client)).toEqual(listsBefore);
});

/** What the citizen sees of their own records. */
async function lists(client: Api): Promise<unknown[]> {
  return Promise.all(['/me', '/me/addresses', '/me/family', '/me/certificates'].map(async (p) => (await client.get(p)).body));
}

// ---- refusals that need a state first -------------------------------------------------------

function expectRefused(res: { status: number; body: unknown }, status: number, field: string): void {
  const body = res.body as ErrorBody;
  expect({ status: res.status, fields: Object.keys(body.error.fields ?? {}) }).toEqual({ status, fields: expect.arrayContaining([field]) });
}

it('refuses a reused wx.login code, and adds no session', async () => {
  expect((await anon.post('/session', { code: 'persona:tian:once-only' })).status).toBe(200);
  const sessions = server.world.collection('identity-sessions').size;
  expectRefused(await anon.post('/session', { code: 'persona:tian:once-only' }), 422, 'code');
  expect(server.world.collection('identity-sessions').size).toBe(sessions);
});

it('refuses a wx.login code after its 5 minutes', async () => {
  const issued = await anon.post<{ code: string }>('/dev/wx-login', { persona: 'tu' });
  server.world.clock.advance(5 * 60_000 + 1000);
  expectRefused(await anon.post('/session', { code: issued.body.code }), 422, 'code');
});

it('refuses an SMS code after 5 minutes', async () => {
  await anon.post('/session/sms-code', { phone: '13800138000' });
  const code = await anon.lastSmsCode();
  server.world.clock.advance(5 * 60_000);
  expectRefused(await anon.post('/session/sms', { phone: '13800138000', code }), 422, 'code');
  expect((await anon.get<unknown[]>('/session/personas')).status).toBe(200);
  expect(server.world.collection<{ phone?: string }>('identity-users').values().some((u) => u.phone === '13800138000')).toBe(false);
});

it('spends an SMS code after 5 wrong tries: the right code is refused too', async () => {
  await anon.post('/session/sms-code', { phone: '13800138000' });
  const code = await anon.lastSmsCode();
  const wrong = code === '000000' ? '111111' : '000000';
  for (let i = 1; i <= 5; i++) {
    const res = await anon.post<ErrorBody>('/session/sms', { phone: '13800138000', code: wrong });
    expectRefused(res, 422, 'code');
    if (i < 5) expect(res.body.error.fields?.code).toContain(`${5 - i}次`);
  }
  expectRefused(await anon.post('/session/sms', { phone: '13800138000', code }), 422, 'code');
  expect(server.world.collection('identity-sessions').size).toBe(4);
});

it('refuses a second SMS code within 60 s with the seconds to wait', async () => {
  await anon.post('/session/sms-code', { phone: '13800138000' });
  server.world.clock.advance(15_000);
  const res = await anon.post<ErrorBody>('/session/sms-code', { phone: '13800138000' });
  expect(res.status).toBe(429);
  expect(res.body.error.code).toBe('rate_limited');
  expect(res.body.error.fields?.phone).toContain('45秒');
  expect(res.headers.get('retry-after')).toBe('45');
  expect((await anon.get<unknown[]>('/dev/outbox')).body).toHaveLength(1);
});

it('refuses a replayed, an expired and another citizen’s verificationId', async () => {
  const newcomer = w.clients.newcomer;
  const started = await newcomer.post<RealNameStarted>('/me/real-name', { name: '张三', idNumber: VALID_ID });
  expect(started.status).toBe(200);
  // tian may not complete the newcomer's check
  expectRefused(await w.clients.tian.post('/me/real-name/face', { verificationId: started.body.verificationId, liveness: 'passed' }), 409, '_');
  expectRefused(await newcomer.post('/me/real-name/face', { verificationId: started.body.verificationId, liveness: 'failed' }), 422, 'liveness');
  expect((await newcomer.post('/me/real-name/face', { verificationId: started.body.verificationId, liveness: 'passed' })).status).toBe(200);
  // the check is spent: replaying it is refused (as already verified, before it is even looked up)
  expectRefused(await newcomer.post('/me/real-name/face', { verificationId: started.body.verificationId, liveness: 'passed' }), 409, '_');

  const sms = await anon.sms('13800138000');
  const late = await sms.client.post<RealNameStarted>('/me/real-name', { name: '李四', idNumber: '500107196001011234' });
  server.world.clock.advance(10 * 60_000);
  expectRefused(await sms.client.post('/me/real-name/face', { verificationId: late.body.verificationId, liveness: 'passed' }), 422, 'verificationId');
  expectRefused(await sms.client.post('/me/real-name/face', { verificationId: late.body.verificationId, liveness: 'passed' }), 404, 'verificationId');
  expect((await sms.client.get<{ realName: string }>('/me')).body.realName).toBe('unverified');
});

it('refuses another unverified citizen’s verificationId as unknown', async () => {
  const first = await anon.sms('13800138001');
  const started = await first.client.post<RealNameStarted>('/me/real-name', { name: '李四', idNumber: '500107196001011234' });
  server.world.clock.advance(61_000);
  const other = await anon.sms('13800138002');
  expectRefused(await other.client.post('/me/real-name/face', { verificationId: started.body.verificationId, liveness: 'passed' }), 404, 'verificationId');
  expect((await first.client.get<{ realName: string }>('/me')).body.realName).toBe('face_pending');
});

it('refuses the same family member twice, and a 21st address', async () => {
  expectRefused(await w.clients.tian.post('/me/family', GOOD_MEMBER), 409, 'idNumber');
  expect((await w.clients.tian.get<unknown[]>('/me/family')).body).toHaveLength(1);
  for (let i = 0; i < 19; i++) expect((await w.clients.yu.post('/me/addresses', { ...GOOD_ADDRESS, detail: `兴胜路${i + 1}号1单元` })).status).toBe(200);
  const before = stored();
  expectRefused(await w.clients.yu.post('/me/addresses', GOOD_ADDRESS), 422, '_');
  expect(stored()).toBe(before);
  expect((await w.clients.yu.get<unknown[]>('/me/addresses')).body).toHaveLength(20);
});
