/**
 * Sign-in and identity over real HTTP: sessions (wx code, demo, SMS), the 401 of every personal
 * endpoint (no token, garbage, signed out, idle 121 minutes, 7 days), two personas at once with
 * nothing crossing, masked lists, real-name, reveal, addresses, family authorisation in the
 * member's own log, data-use paging and account deletion.
 */
import type { OutboxMessage } from '../../../src/shared/api/dev';
import type { Address, Certificate, DataUseRecord, FamilyMember, Me, Persona, RealNameStarted, SessionGrant } from '../../../src/shared/api/identity';
import type { Page } from '../../../src/shared/api/page';
import { idNumberError, phoneError, plateError } from '../../../src/shared/identity/checks';
import { PERSONA_SEEDS } from '../../../mock/identity/personas';
import { apiSuitePerFile } from '../../support/api-suite';
import type { ErrorBody } from '../../support/api-client';
import { Api, FULL_ID, FULL_PHONE } from '../../support/api-client';

// one server per file, its world reset before each test, failing on any logged server error
const suite = apiSuitePerFile();

const MINUTE = 60_000;
const advance = (minutes: number) => suite.server.world.clock.advance(minutes * MINUTE);

/** Every endpoint that acts for a signed-in citizen, with a body it would accept. */
const PERSONAL: Array<[string, string, unknown?]> = [
  ['GET', '/me'],
  ['DELETE', '/me', { confirm: '注销' }],
  ['POST', '/me/reveal', { field: 'phone' }],
  ['POST', '/me/real-name', { name: '张三', idNumber: '11010519491231002X' }],
  ['POST', '/me/real-name/face', { verificationId: 'rn_x', liveness: 'passed' }],
  ['GET', '/me/certificates'],
  ['GET', '/me/certificates/cert_yu_id_card'],
  ['GET', '/me/data-use'],
  ['GET', '/me/addresses'],
  ['POST', '/me/addresses', { recipient: '喻明远', phone: '13983061257', divisionCode: '500107001004', detail: '兴胜路20号1单元' }],
  ['PUT', '/me/addresses/addr_yu_home', { recipient: '喻明远', phone: '13983061257', divisionCode: '500107001004', detail: '兴胜路20号1单元' }],
  ['DELETE', '/me/addresses/addr_yu_home'],
  ['GET', '/me/family'],
  ['POST', '/me/family', { name: '田秀英', idNumber: '500243197902150026', relation: 'spouse', authorised: true }],
  ['DELETE', '/me/family/fam_x'],
  ['DELETE', '/session'],
];

async function expectAll401(client: Api): Promise<void> {
  const statuses = await Promise.all(PERSONAL.map(async ([m, p, b]) => [`${m} ${p}`, (await client.call<ErrorBody>(m, p, { json: b })).status] as const));
  expect(statuses.filter(([, s]) => s !== 401)).toEqual([]);
  const res = await client.get<ErrorBody>('/me');
  expect(res.body.error.code).toBe('unauthorized');
}

describe('personas', () => {
  it('are seeded with valid sample data and listed for the sign-in page', async () => {
    const res = await suite.anon.get<Persona[]>('/session/personas');
    expect(res.body.map((p) => [p.id, p.displayName, p.verified])).toEqual([
      ['yu', '喻先生', true],
      ['tian', '田兴华', true],
      ['tu', '涂丽丽', true],
      ['newcomer', '新用户', false],
    ]);
    for (const seed of PERSONA_SEEDS) {
      if (seed.idNumber) expect(idNumberError(seed.idNumber)).toBeNull();
      expect(phoneError(seed.phone)).toBeNull();
    }
    expect(PERSONA_SEEDS.find((p) => p.id === 'tian')?.idNumber?.slice(0, 6)).toBe('500243');
    expect(PERSONA_SEEDS.find((p) => p.id === 'tu')?.idNumber?.slice(0, 6)).toBe('500236');
    expect(PERSONA_SEEDS.find((p) => p.id === 'yu')?.idNumber?.slice(0, 2)).not.toBe('50');
  });

  it('give each persona the certificates and places of the article', async () => {
    const yu = await suite.anon.demo('yu');
    const me = (await yu.get<Me>('/me')).body;
    expect(me.companies).toEqual([expect.objectContaining({ status: 'registering', divisionCode: '500107' })]);
    expect(me.companies[0].creditCode).toBeUndefined();
    expect((await yu.get<Certificate[]>('/me/certificates')).body.map((c) => [c.kind, c.trustLevel])).toEqual([
      ['id_card', 'A'],
      ['household_register', 'B'],
    ]);
    expect((await yu.get<Address[]>('/me/addresses')).body[0].divisionPath).toBe('重庆市 九龙坡区 杨家坪街道 兴胜路社区');

    const tian = await suite.anon.demo('tian');
    const certs = (await tian.get<Certificate[]>('/me/certificates')).body;
    expect(certs.map((c) => [c.kind, c.trustLevel])).toEqual([
      ['id_card', 'A'],
      ['driving_licence', 'A'],
      ['vehicle_licence', 'A'],
    ]);
    expect(certs[1].fields).toContainEqual({ label: '准驾车型', value: 'A2' });
    const plate = PERSONA_SEEDS.find((p) => p.id === 'tian')?.certificates.find((c) => c.kind === 'vehicle_licence')?.number ?? '';
    expect(plate.startsWith('渝H')).toBe(true);
    expect(plateError(plate)).toBeNull();
    expect((await tian.get<Address[]>('/me/addresses')).body[0].divisionPath).toBe('重庆市 彭水苗族土家族自治县 黄家镇 光辉村');

    const tu = await suite.anon.demo('tu');
    expect((await tu.get<Certificate[]>('/me/certificates')).body.map((c) => c.kind)).toEqual(['id_card', 'social_security_card']);
    expect((await tu.get<Address[]>('/me/addresses')).body[0].divisionPath).toBe('重庆市 奉节县 夔门街道 宝塔坪社区');

    const newcomer = await suite.anon.demo('newcomer');
    const fresh = (await newcomer.get<Me>('/me')).body;
    expect(fresh).toMatchObject({ realName: 'unverified', companies: [] });
    expect(fresh.name).toBeUndefined();
    expect((await newcomer.get<Certificate[]>('/me/certificates')).body).toEqual([]);
  });
});

describe('sessions', () => {
  it('signs in with a wx.login code: persona codes to that persona, any other code to the DevTools persona', async () => {
    const tian = await suite.anon.post<SessionGrant>('/session', { code: 'persona:tian:n-1' });
    expect(tian.status).toBe(200);
    expect(tian.body.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(tian.body).toMatchObject({ idleTimeoutMinutes: 120, expiresAt: '2026-12-09T02:00:00.000Z', me: { id: 'u_tian', signIn: 'wechat' } });
    const devtools = await suite.anon.post<SessionGrant>('/session', { code: '0a3Xk9ll2abcDEF' });
    expect(devtools.body.me.id).toBe('u_yu');
    process.env.MOCK_WEAPP_PERSONA = 'tu';
    try {
      expect((await suite.anon.post<SessionGrant>('/session', { code: '0a3Xk9ll2abcDEG' })).body.me.id).toBe('u_tu');
    } finally {
      delete process.env.MOCK_WEAPP_PERSONA;
    }
    const issued = await suite.anon.post<{ code: string }>('/dev/wx-login', { persona: 'newcomer' });
    advance(4);
    expect((await suite.anon.post<SessionGrant>('/session', { code: issued.body.code })).body.me.id).toBe('u_newcomer');
  });

  it('keeps only the SHA-256 of a token', async () => {
    const grant = (await suite.anon.post<SessionGrant>('/session/demo', { persona: 'yu' })).body;
    const stored = JSON.stringify(suite.server.world.collection('identity-sessions').values());
    expect(stored).not.toContain(grant.token);
    expect(stored).toMatch(/[0-9a-f]{64}/);
  });

  it('signs in by SMS: the code goes to the dev outbox, masked recipient; an unknown phone becomes a new unverified user', async () => {
    const sent = await suite.anon.post('/session/sms-code', { phone: '13800138000' });
    expect(sent.body).toEqual({ expiresInSeconds: 300, resendAfterSeconds: 60, sentTo: '138****8000' });
    const outbox = (await suite.anon.get<OutboxMessage[]>('/dev/outbox')).body;
    expect(outbox[0]).toMatchObject({ channel: 'sms', to: '138****8000' });
    expect(outbox[0].text).toMatch(/验证码为\d{6}/);
    expect(JSON.stringify(outbox)).not.toMatch(FULL_PHONE);
    const grant = (await suite.anon.post<SessionGrant>('/session/sms', { phone: '13800138000', code: await suite.anon.lastSmsCode() })).body;
    expect(grant.me).toMatchObject({ realName: 'unverified', phone: '138****8000', signIn: 'sms' });
    const client = suite.anon.withToken(grant.token);
    const log = (await client.get<Page<DataUseRecord>>('/me/data-use')).body.items;
    expect(log).toEqual([expect.objectContaining({ action: 'sign_in', subject: '手机号', actor: '本人' })]);
    // the code is one-time
    advance(1);
    const again = await suite.anon.post<ErrorBody>('/session/sms', { phone: '13800138000', code: await suite.anon.lastSmsCode() });
    expect(again.status).toBe(422);
    // a resend is allowed after 60 s
    expect((await suite.anon.post('/session/sms-code', { phone: '13800138000' })).status).toBe(200);
  });

  it('signs a seeded persona’s phone into that persona', async () => {
    const { grant } = await suite.anon.sms('18723560627');
    expect(grant.me.id).toBe('u_tu');
  });

  it('answers 401 on every personal endpoint without a token, with a garbage token, and after sign-out', async () => {
    await expectAll401(suite.anon);
    await expectAll401(suite.anon.withToken('x'.repeat(43)));
    await expectAll401(suite.anon.withToken('not a token at all'));
    const yu = await suite.anon.demo('yu');
    expect((await yu.del('/session')).body).toEqual({ signedOut: true });
    await expectAll401(yu);
  });

  it('ends a session after 120 idle minutes of world time', async () => {
    const yu = await suite.anon.demo('yu');
    advance(119);
    expect((await yu.get('/me')).status).toBe(200);
    advance(120);
    expect((await yu.get('/me')).status).toBe(200);
    advance(121);
    await expectAll401(yu);
  });

  it('ends a session 7 days after sign-in however active it was', async () => {
    const tu = await suite.anon.demo('tu');
    const end = Date.parse('2026-12-09T02:00:00.000Z');
    while (suite.server.world.clock.now().getTime() + 110 * MINUTE < end) {
      advance(110);
      expect((await tu.get('/me')).status).toBe(200);
    }
    suite.server.world.clock.freeze(new Date(end));
    await expectAll401(tu);
  });

  it('writes last-seen at most once a minute of world time', async () => {
    const yu = await suite.anon.demo('yu');
    const writes = () => suite.server.world.collection<{ lastSeenAt: string }>('identity-sessions').values()[0].lastSeenAt;
    const first = writes();
    await yu.get('/me');
    suite.server.world.clock.advance(30_000);
    await yu.get('/me');
    expect(writes()).toBe(first);
    suite.server.world.clock.advance(30_000);
    await yu.get('/me');
    expect(writes()).toBe(suite.server.world.clock.now().toISOString());
  });
});

describe('two personas at once', () => {
  it('see only their own certificates, addresses, family and data use', async () => {
    const yu = await suite.anon.demo('yu');
    const tian = await suite.anon.demo('tian');
    await yu.post('/me/addresses', { recipient: '喻明远', phone: '13983061257', divisionCode: '500107001004', detail: '兴胜路20号1单元' });
    await tian.post('/me/family', { name: '田秀英', idNumber: '500243197902150026', relation: 'spouse', authorised: true });
    await yu.post('/me/reveal', { field: 'idNumber' });

    const yuCerts = (await yu.get<Certificate[]>('/me/certificates')).body.map((c) => c.id);
    const tianCerts = (await tian.get<Certificate[]>('/me/certificates')).body.map((c) => c.id);
    expect(yuCerts.filter((id) => tianCerts.includes(id))).toEqual([]);
    for (const id of tianCerts) expect((await yu.get(`/me/certificates/${id}`)).status).toBe(404);
    for (const id of yuCerts) expect((await yu.get(`/me/certificates/${id}`)).status).toBe(200);

    const yuAddresses = (await yu.get<Address[]>('/me/addresses')).body;
    const tianAddresses = (await tian.get<Address[]>('/me/addresses')).body;
    expect(yuAddresses).toHaveLength(2);
    expect(tianAddresses.map((a) => a.divisionCode)).toEqual(['500243106200']);
    expect((await tian.del(`/me/addresses/${yuAddresses[0].id}`)).status).toBe(404);
    expect((await tian.put(`/me/addresses/${yuAddresses[0].id}`, { recipient: '田兴华', phone: '15923431086', divisionCode: '500243106200', detail: '光辉村四组28号' })).status).toBe(404);
    expect((await yu.get<Address[]>('/me/addresses')).body).toEqual(yuAddresses);

    expect((await yu.get<FamilyMember[]>('/me/family')).body).toEqual([]);
    const tianFamily = (await tian.get<FamilyMember[]>('/me/family')).body;
    expect(tianFamily).toHaveLength(1);
    expect((await yu.del(`/me/family/${tianFamily[0].id}`)).status).toBe(404);
    expect((await tian.get<FamilyMember[]>('/me/family')).body).toHaveLength(1);

    const yuLog = (await yu.get<Page<DataUseRecord>>('/me/data-use')).body.items;
    const tianLog = (await tian.get<Page<DataUseRecord>>('/me/data-use')).body.items;
    expect(yuLog.map((r) => r.action)).toEqual(['reveal', 'sign_in']);
    expect(tianLog.map((r) => r.action)).toEqual(['sign_in']);
  });
});

describe('masking', () => {
  it('no list response carries a full ID number or phone', async () => {
    for (const persona of ['yu', 'tian', 'tu', 'newcomer'] as const) {
      const client = await suite.anon.demo(persona);
      await client.post('/me/reveal', { field: 'phone' });
      if (persona === 'yu') {
        await client.post('/me/family', { name: '涂丽丽', idNumber: '500236199206050625', relation: 'other', authorised: true });
        await client.post('/me/addresses', { recipient: '喻明远', phone: '13983061257', divisionCode: '500107001', detail: '杨家坪正街8号' });
      }
      for (const path of ['/me', '/me/certificates', '/me/addresses', '/me/family', '/me/data-use']) {
        const text = JSON.stringify((await client.get(path)).body);
        expect([path, text]).not.toEqual([path, expect.stringMatching(FULL_ID)]);
        expect([path, text]).not.toEqual([path, expect.stringMatching(FULL_PHONE)]);
      }
      for (const cert of (await client.get<Certificate[]>('/me/certificates')).body) {
        const text = JSON.stringify((await client.get(`/me/certificates/${cert.id}`)).body);
        expect(text).not.toMatch(FULL_ID);
        expect(cert.holder).toMatch(/^.\*+$/);
      }
    }
  });

  it('reveals one full value on request and logs it', async () => {
    const yu = await suite.anon.demo('yu');
    expect((await yu.post('/me/reveal', { field: 'idNumber' })).body).toEqual({ field: 'idNumber', value: '510107198803141357' });
    expect((await yu.post('/me/reveal', { field: 'name' })).body).toEqual({ field: 'name', value: '喻明远' });
    const log = (await yu.get<Page<DataUseRecord>>('/me/data-use')).body.items;
    expect(log.slice(0, 2).map((r) => [r.action, r.subject, r.purpose])).toEqual([
      ['reveal', '姓名', '你在“我的”中查看'],
      ['reveal', '身份证号码', '你在“我的”中查看'],
    ]);
  });
});

describe('real-name verification', () => {
  it('runs name + ID, a failed and then a passed face check, and logs it', async () => {
    const newcomer = await suite.anon.demo('newcomer');
    const started = await newcomer.post<RealNameStarted>('/me/real-name', { name: '张三', idNumber: '11010519491231002x' });
    expect(started.body).toEqual({ verificationId: expect.stringMatching(/^rn_/), status: 'face_pending' });
    expect((await newcomer.get<Me>('/me')).body.realName).toBe('face_pending');
    const failed = await newcomer.post<ErrorBody>('/me/real-name/face', { verificationId: started.body.verificationId, liveness: 'failed' });
    expect(failed.status).toBe(422);
    expect(failed.body.error.fields?.liveness).toContain('光线');
    const passed = await newcomer.post<Me>('/me/real-name/face', { verificationId: started.body.verificationId, liveness: 'passed' });
    expect(passed.body).toMatchObject({ realName: 'verified', name: '张**', idNumber: '1101**********002X', verifiedAt: '2026-12-02T02:00:00.000Z' });
    expect((await newcomer.get<Page<DataUseRecord>>('/me/data-use')).body.items[0]).toMatchObject({ action: 'real_name', subject: expect.stringContaining('身份证号码') });
    expect((await newcomer.post('/me/real-name', { name: '张三', idNumber: '11010519491231002X' })).status).toBe(409);
    // the ID is now bound: another account cannot take it
    const other = await suite.anon.sms('13800138000');
    expect((await other.client.post<ErrorBody>('/me/real-name', { name: '张三', idNumber: '11010519491231002X' })).body.error.fields).toHaveProperty('idNumber');
  });
});

describe('addresses', () => {
  it('keeps one default, spells out the division and masks the list', async () => {
    const tu = await suite.anon.demo('tu');
    const added = await tu.post<Address>('/me/addresses', { recipient: '涂丽丽', phone: '18723560627', divisionCode: '500236003', detail: '夔门街道便民服务中心', isDefault: true });
    expect(added.body).toMatchObject({ recipient: '涂**', phone: '187****0627', divisionPath: '重庆市 奉节县 夔门街道', detail: '夔门街道便民****', isDefault: true });
    let list = (await tu.get<Address[]>('/me/addresses')).body;
    expect(list.filter((a) => a.isDefault).map((a) => a.id)).toEqual([added.body.id]);
    const home = list.find((a) => a.id !== added.body.id);
    if (!home) throw new Error('no home address');
    await tu.put(`/me/addresses/${home.id}`, { recipient: '涂丽丽', phone: '18723560627', divisionCode: '500236003001', detail: '宝塔坪路68号1单元201', isDefault: true });
    list = (await tu.get<Address[]>('/me/addresses')).body;
    expect(list.map((a) => [a.id, a.isDefault])).toEqual([
      [home.id, true],
      [added.body.id, false],
    ]);
    expect(list[0].detail).toBe('宝塔坪路68****');
    expect((await tu.del(`/me/addresses/${home.id}`)).body).toEqual({ deleted: true });
    expect((await tu.get<Address[]>('/me/addresses')).body.map((a) => [a.id, a.isDefault])).toEqual([[added.body.id, true]]);
  });
});

describe('family members (代办)', () => {
  it('records the authorisation in the member’s own log; DELETE removes the member', async () => {
    const yu = await suite.anon.demo('yu');
    const added = await yu.post<FamilyMember>('/me/family', { name: '涂丽丽', idNumber: '500236199206050625', relation: 'other', authorised: true });
    expect(added.body).toMatchObject({ name: '涂**', idNumber: '5002**********0625', relation: 'other', authorisedAt: '2026-12-02T02:00:00.000Z' });
    const tu = await suite.anon.demo('tu');
    const log = (await tu.get<Page<DataUseRecord>>('/me/data-use')).body.items;
    expect(log.find((r) => r.action === 'authorised')).toMatchObject({ purpose: '喻** 获得你的授权，可为你代办', actor: '喻**' });
    expect((await yu.get<Page<DataUseRecord>>('/me/data-use')).body.items.some((r) => r.action === 'authorised')).toBe(false);
    expect((await yu.del(`/me/family/${added.body.id}`)).body).toEqual({ deleted: true });
    expect((await yu.get('/me/family')).body).toEqual([]);
  });
});

describe('data-use log', () => {
  it('pages newest first with the shared cursor', async () => {
    const yu = await suite.anon.demo('yu');
    for (const field of ['name', 'idNumber', 'phone'] as const) await yu.post('/me/reveal', { field });
    const first = (await yu.get<Page<DataUseRecord>>('/me/data-use?limit=2')).body;
    expect(first.items.map((r) => r.subject)).toEqual(['手机号码', '身份证号码']);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = (await yu.get<Page<DataUseRecord>>(`/me/data-use?limit=2&cursor=${first.nextCursor}`)).body;
    expect(second.items.map((r) => r.subject)).toEqual(['姓名', '演示账号']);
    expect(second.nextCursor).toBeNull();
  });
});

describe('deleting the account', () => {
  it('removes the user and everything personal; the token then 401s; the persona can be signed into afresh', async () => {
    const { client, grant } = await suite.anon.sms('13800138000');
    await client.post('/me/addresses', { recipient: '王五', phone: '13800138000', divisionCode: '500107001004', detail: '兴胜路20号1单元' });
    await client.post('/me/real-name', { name: '王五', idNumber: '500107196001011234' });
    expect((await client.del('/me', { confirm: '注销' })).body).toEqual({ deleted: true });
    await expectAll401(client);
    const userId = grant.me.id;
    for (const name of ['identity-users', 'identity-sessions', 'identity-addresses', 'identity-family', 'identity-data-use', 'identity-verifications', 'identity-sms-codes']) {
      expect([name, JSON.stringify(suite.server.world.collection(name).values())]).not.toEqual([name, expect.stringContaining(userId)]);
      expect([name, JSON.stringify(suite.server.world.collection(name).values())]).not.toEqual([name, expect.stringContaining('13800138000')]);
    }
    const tu = await suite.anon.demo('tu');
    await tu.del('/me', { confirm: '注销' });
    expect((await suite.anon.demo('tu').then((c) => c.get<Certificate[]>('/me/certificates'))).body).toHaveLength(2);
  });

  it('reset() forgets users and sessions and re-seeds the personas', async () => {
    const { client } = await suite.anon.sms('13800138000');
    suite.server.world.reset();
    expect((await client.get('/me')).status).toBe(401);
    expect(suite.server.world.collection('identity-users').size).toBe(4);
  });
});
