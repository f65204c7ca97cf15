/**
 * Fees and payments over HTTP: a fee notice at submission, paying it through signed WeChat Pay
 * parameters, the notification as the only way to settle, idempotency (a double tap is one
 * payment), the deadline on the world clock, refunds, and the 401/404 rules.
 */
import { createVerify } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Payment } from '../../../src/shared/api/applications';
import { wxApp } from '../../../mock/identity/wechat';
import {
  FEE_DEADLINE_DAYS,
  feeNoticeOf,
  feeQuoteFor,
  isFeeSettled,
  isValidFeeCode,
  issueFeeNotice,
  merchantPublicKey,
  onFeePaid,
  paySignMessage,
  refundFee,
} from '../../../mock/payments';
import type { FeePaidEvent } from '../../../mock/payments';
import { createWorld } from '../../../mock/world';
import type { MockServer } from '../../support/mock-server';
import { FROZEN_NOW, startMockServer } from '../../support/mock-server';
import type { ErrorBody } from '../../support/api-client';
import { Api, newKey } from '../../support/api-client';

const PASSPORT = '500000-010110001000'; // 普通护照签发, 120 元
const ID_RENEWAL = '500000-200110001000'; // 居民身份证换领, 20 or 40 元 by situation
const FREE_ITEM = '500000-010310001000'; // 企业设立登记, free
const YU = 'u_yu';
const TIAN = 'u_tian';

let server: MockServer;
let anon: Api;
let yu: Api;
let tian: Api;
const paid: FeePaidEvent[] = [];

beforeAll(async () => {
  server = await startMockServer();
  anon = new Api(server.url);
  onFeePaid(server.world, (event) => paid.push(event));
});
afterAll(async () => {
  expect(server.logged).toEqual([]);
  await server.close();
});
beforeEach(async () => {
  server.world.reset();
  paid.length = 0;
  yu = await anon.demo('yu');
  tian = await anon.demo('tian');
});

function fileApplication(id = 'app_passport_1', userId = YU, itemId = PASSPORT) {
  const notice = issueFeeNotice(server.world, { id, userId, itemId });
  if (!notice) throw new Error('no notice');
  return { id, notice };
}

const pay = (api: Api, applicationId: string, key: string = newKey()) => api.post<Payment>(`/applications/${applicationId}/payments`, undefined, key);
const notify = (paymentId: string, result: 'success' | 'fail') => anon.post<Payment>(`/dev/payments/${paymentId}/notify`, { result });

describe('fee notices', () => {
  it('are issued for charging items: 缴款码 of 20 digits with a Luhn check digit, amount, deadline 7 days ahead, unpaid', () => {
    const { notice } = fileApplication();
    expect(notice).toMatchObject({ items: [{ name: '普通护照工本费', amountFen: 12000 }], totalFen: 12000, status: 'unpaid', deadline: '2026-12-09' });
    expect(FEE_DEADLINE_DAYS).toBe(7);
    expect(notice.code).toMatch(/^5020261202\d{10}$/);
    expect(isValidFeeCode(notice.code)).toBe(true);
    // one wrong digit, or two neighbours swapped, is caught
    const typo = notice.code.slice(0, 12) + ((Number(notice.code[12]) + 1) % 10) + notice.code.slice(13);
    expect(isValidFeeCode(typo)).toBe(false);
    expect(isFeeSettled(server.world, 'app_passport_1')).toBe(false);
  });

  it('are not issued for free items, and issuing again answers the same notice', () => {
    expect(issueFeeNotice(server.world, { id: 'app_free', userId: YU, itemId: FREE_ITEM })).toBeUndefined();
    expect(isFeeSettled(server.world, 'app_free')).toBe(true);
    const first = fileApplication().notice;
    expect(issueFeeNotice(server.world, { id: 'app_passport_1', userId: YU, itemId: PASSPORT })).toEqual(first);
    expect(server.world.collection('payments-fee-notices').size).toBe(1);
  });

  it('charge the fee of the chosen situation where a guide lists one per case', () => {
    expect(feeQuoteFor(server.world, ID_RENEWAL, 's1')?.totalFen).toBe(2000); // 有效期满换领
    expect(feeQuoteFor(server.world, ID_RENEWAL, 's2')?.totalFen).toBe(2000); // 登记项目变更
    expect(feeQuoteFor(server.world, ID_RENEWAL, 's3')?.totalFen).toBe(4000); // 证件损坏
    expect(feeQuoteFor(server.world, ID_RENEWAL)?.totalFen).toBe(2000);
    expect(feeQuoteFor(server.world, FREE_ITEM)).toBeUndefined();
  });
});

describe('paying', () => {
  it('happy path: pay → signed requestPayment → notification success → payment and notice paid at the world time', async () => {
    const { id } = fileApplication();
    const res = await pay(yu, id);
    expect(res.status).toBe(200);
    const payment = res.body;
    expect(payment).toMatchObject({ applicationId: id, amountFen: 12000, status: 'pending', createdAt: FROZEN_NOW.toISOString() });
    const rp = payment.requestPayment;
    expect(rp.signType).toBe('RSA');
    expect(rp.package).toMatch(/^prepay_id=wx20261202100000[0-9a-f]{20}$/);
    expect(rp.timeStamp).toBe(String(FROZEN_NOW.getTime() / 1000));
    expect(rp.nonceStr).toMatch(/^[A-Za-z0-9]{32}$/);
    // WeChat Pay checks paySign with the merchant's public key over appId\ntimeStamp\nnonceStr\npackage\n
    const verifier = createVerify('RSA-SHA256');
    verifier.update(`${wxApp(server.world).appId}\n${rp.timeStamp}\n${rp.nonceStr}\n${rp.package}\n`);
    expect(verifier.verify(merchantPublicKey(server.world), rp.paySign, 'base64')).toBe(true);
    // … and a tampered package does not verify
    const tampered = createVerify('RSA-SHA256');
    tampered.update(paySignMessage(wxApp(server.world).appId, { ...rp, package: `${rp.package}0` }));
    expect(tampered.verify(merchantPublicKey(server.world), rp.paySign, 'base64')).toBe(false);
    expect(feeNoticeOf(server.world, id)?.status).toBe('paying');

    server.world.clock.advance(3 * 60_000);
    const at = server.world.clock.now().toISOString();
    const settled = await notify(payment.id, 'success');
    expect(settled.status).toBe(200);
    expect(settled.body).toMatchObject({ id: payment.id, status: 'paid', paidAt: at });
    expect(feeNoticeOf(server.world, id)).toMatchObject({ status: 'paid', paidAt: at });
    expect(isFeeSettled(server.world, id)).toBe(true);
    expect(paid).toEqual([{ applicationId: id, userId: YU, paymentId: payment.id, paidAt: at }]);

    const read = await yu.get<Payment>(`/payments/${payment.id}`);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ status: 'paid', paidAt: at, requestPayment: rp });
  });

  it('a second notification is idempotent: same answer, the application moved on once', async () => {
    const { id } = fileApplication();
    const payment = (await pay(yu, id)).body;
    const first = await notify(payment.id, 'success');
    server.world.clock.advance(60_000);
    const again = await notify(payment.id, 'success');
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    expect(paid).toHaveLength(1);
    // a paid payment cannot be reported failed afterwards
    const contradiction = await anon.post<ErrorBody>(`/dev/payments/${payment.id}/notify`, { result: 'fail' });
    expect(contradiction.status).toBe(409);
    expect(contradiction.body.error.fields).toHaveProperty('result');
    // and a paid notice is not paid twice
    const twice = await pay(yu, id);
    expect(twice.status).toBe(409);
    expect((twice.body as unknown as ErrorBody).error.fields).toHaveProperty('id');
  });

  it('a failed payment leaves the notice unpaid; a new attempt makes a new payment', async () => {
    const { id } = fileApplication();
    const first = (await pay(yu, id)).body;
    const failed = await notify(first.id, 'fail');
    expect(failed.body.status).toBe('failed');
    expect(feeNoticeOf(server.world, id)?.status).toBe('unpaid');
    expect(paid).toEqual([]);
    const second = (await pay(yu, id)).body;
    expect(second.id).not.toBe(first.id);
    expect(second.status).toBe('pending');
    expect(second.requestPayment.package).not.toBe(first.requestPayment.package);
    // the failed one cannot be turned into a success later
    expect((await notify(first.id, 'success')).status).toBe(409);
    expect((await notify(second.id, 'success')).body.status).toBe('paid');
  });

  it('a pending payment lapses with its prepay_id after 2 hours: closed, and a new one is made', async () => {
    const { id } = fileApplication();
    const first = (await pay(yu, id)).body;
    server.world.clock.advance(2 * 60 * 60_000 + 1000);
    yu = await anon.demo('yu'); // sessions idle out after 120 minutes
    expect(feeNoticeOf(server.world, id)?.status).toBe('unpaid');
    const second = (await pay(yu, id)).body;
    expect(second.id).not.toBe(first.id);
    expect((await yu.get<Payment>(`/payments/${first.id}`)).body.status).toBe('closed');
  });
});

describe('idempotency', () => {
  it('the same key answers the same payment', async () => {
    const { id } = fileApplication();
    const key = newKey();
    const a = await pay(yu, id, key);
    const b = await pay(yu, id, key);
    expect(b.status).toBe(200);
    expect(b.body).toEqual(a.body);
    expect(server.world.collection('payments-payments').size).toBe(1);
  });

  it('a double tap with different keys while one is pending never makes two charges', async () => {
    const { id } = fileApplication();
    const answers = await Promise.all(Array.from({ length: 6 }, () => pay(yu, id)));
    expect(new Set(answers.map((a) => a.status))).toEqual(new Set([200]));
    expect(new Set(answers.map((a) => a.body.id)).size).toBe(1);
    expect(server.world.collection('payments-payments').size).toBe(1);
  });

  it('the same key after the payment settled still answers that payment (a lost response retried)', async () => {
    const { id } = fileApplication();
    const key = newKey();
    const payment = (await pay(yu, id, key)).body;
    await notify(payment.id, 'success');
    const retry = await pay(yu, id, key);
    expect(retry.status).toBe(200);
    expect(retry.body).toMatchObject({ id: payment.id, status: 'paid' });
  });

  it('a key already used for another application is a conflict', async () => {
    const a = fileApplication('app_a').id;
    const b = fileApplication('app_b').id;
    const key = newKey();
    await pay(yu, a, key);
    const res = await yu.post<ErrorBody>(`/applications/${b}/payments`, undefined, key);
    expect(res.status).toBe(409);
    expect(res.body.error.fields).toHaveProperty('Idempotency-Key');
  });

  it('a key is required', async () => {
    const { id } = fileApplication();
    const res = await yu.post<ErrorBody>(`/applications/${id}/payments`);
    expect(res.status).toBe(400);
    expect(res.body.error.fields?.['Idempotency-Key']).toMatch(/Idempotency-Key/);
    expect(server.world.collection('payments-payments').size).toBe(0);
  });
});

describe('the client cannot mark a payment paid', () => {
  it('no endpoint takes a client-side outcome: other methods are 405, extra fields 400, and the notice stays unpaid', async () => {
    const { id } = fileApplication();
    const payment = (await pay(yu, id)).body;
    for (const method of ['PUT', 'PATCH', 'POST', 'DELETE']) {
      const res = await yu.call<ErrorBody>(method, `/payments/${payment.id}`, { json: { status: 'paid' } });
      expect(res.status).toBe(405);
    }
    const smuggled = await yu.call<ErrorBody>('POST', `/applications/${id}/payments`, { json: { status: 'paid' }, key: newKey() });
    expect(smuggled.status).toBe(400);
    expect(smuggled.body.error.fields).toHaveProperty('status');
    const fakeCallback = await yu.call<ErrorBody>('POST', `/payments/${payment.id}/notify`, { json: { result: 'success' } });
    expect(fakeCallback.status).toBe(404);
    expect((await yu.get<Payment>(`/payments/${payment.id}`)).body.status).toBe('pending');
    expect(feeNoticeOf(server.world, id)?.status).toBe('paying');
    expect(paid).toEqual([]);
  });
});

describe('deadline', () => {
  it('a notice is payable until the end of its deadline day (Beijing), then expired: 422', async () => {
    const { id } = fileApplication();
    server.world.clock.freeze(new Date('2026-12-09T23:59:00+08:00'));
    yu = await anon.demo('yu');
    const lastMinute = await pay(yu, id);
    expect(lastMinute.status).toBe(200);
    await notify(lastMinute.body.id, 'fail');
    server.world.clock.freeze(new Date('2026-12-10T00:00:01+08:00'));
    yu = await anon.demo('yu');
    expect(feeNoticeOf(server.world, id)?.status).toBe('expired');
    const late = await yu.post<ErrorBody>(`/applications/${id}/payments`, undefined, newKey());
    expect(late.status).toBe(422);
    expect(late.body.error.fields?.id).toMatch(/2026年12月9日/);
    expect(server.world.collection('payments-payments').size).toBe(1);
  });
});

describe('refundFee', () => {
  it('refunds a paid notice (refundedAt = world time), once', async () => {
    const { id } = fileApplication();
    const payment = (await pay(yu, id)).body;
    await notify(payment.id, 'success');
    server.world.clock.advance(24 * 60 * 60_000);
    yu = await anon.demo('yu');
    const at = server.world.clock.now().toISOString();
    const result = refundFee(server.world, id, '不予许可');
    expect(result.outcome).toBe('refunded');
    expect(result.notice).toMatchObject({ status: 'refunded', refundedAt: at });
    expect(feeNoticeOf(server.world, id)).toMatchObject({ status: 'refunded', refundedAt: at, paidAt: FROZEN_NOW.toISOString() });
    expect((await yu.get<Payment>(`/payments/${payment.id}`)).body.status).toBe('refunded');
    expect(refundFee(server.world, id, '不予许可').outcome).toBe('already_refunded');
    const payAgain = await pay(yu, id);
    expect(payAgain.status).toBe(409);
  });

  it('voids an unpaid notice (its pending payment closed, paying refused) and ignores free applications', async () => {
    const { id } = fileApplication();
    const payment = (await pay(yu, id)).body;
    expect(refundFee(server.world, id, '不予受理').outcome).toBe('voided');
    expect(feeNoticeOf(server.world, id)?.status).toBe('expired');
    expect((await yu.get<Payment>(`/payments/${payment.id}`)).body.status).toBe('closed');
    const res = await yu.post<ErrorBody>(`/applications/${id}/payments`, undefined, newKey());
    expect(res.status).toBe(422);
    expect(res.body.error.fields).toHaveProperty('id');
    expect((await notify(payment.id, 'success')).status).toBe(409);
    expect(refundFee(server.world, 'app_none', '不予受理')).toEqual({ outcome: 'no_fee' });
  });
});

describe('401 and 404', () => {
  it('without a session both personal endpoints answer 401', async () => {
    const { id } = fileApplication();
    const payment = (await pay(yu, id)).body;
    expect((await anon.post(`/applications/${id}/payments`, undefined, newKey())).status).toBe(401);
    expect((await anon.get(`/payments/${payment.id}`)).status).toBe(401);
  });

  it("another citizen's application and payment are 404, and nothing is made", async () => {
    const { id } = fileApplication();
    const payment = (await pay(yu, id)).body;
    const theirs = await tian.post<ErrorBody>(`/applications/${id}/payments`, undefined, newKey());
    expect(theirs.status).toBe(404);
    expect(theirs.body.error.fields).toHaveProperty('id');
    const read = await tian.get<ErrorBody>(`/payments/${payment.id}`);
    expect(read.status).toBe(404);
    expect(read.body.error.fields).toHaveProperty('id');
    expect(server.world.collection('payments-payments').size).toBe(1);
    // tian's own notice is his alone
    const own = fileApplication('app_tian', TIAN).id;
    expect((await yu.post(`/applications/${own}/payments`, undefined, newKey())).status).toBe(404);
    expect((await tian.post(`/applications/${own}/payments`, undefined, newKey())).status).toBe(200);
  });
});

describe('the merchant key', () => {
  it('is generated once per data folder, kept there, and survives a restart', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mock-pay-'));
    try {
      const first = createWorld({ clock: { mode: 'frozen', at: FROZEN_NOW }, dataDir: dir });
      const key = merchantPublicKey(first);
      first.close();
      const second = createWorld({ clock: { mode: 'frozen', at: FROZEN_NOW }, dataDir: dir });
      expect(merchantPublicKey(second)).toBe(key);
      second.close();
      const other = createWorld({ clock: { mode: 'frozen', at: FROZEN_NOW } });
      expect(merchantPublicKey(other)).not.toBe(key);
      other.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('persistence', () => {
  it('notices, payments, keys and bookings are journaled: a restart of the data folder keeps them', async () => {
    const { startPayment, settlePayment } = await import('../../../mock/payments/fees');
    const { book } = await import('../../../mock/appointments/store');
    const dir = mkdtempSync(join(tmpdir(), 'mock-pay-'));
    try {
      const first = createWorld({ clock: { mode: 'frozen', at: FROZEN_NOW }, dataDir: dir });
      issueFeeNotice(first, { id: 'app_1', userId: YU, itemId: PASSPORT });
      const payment = startPayment(first, YU, 'app_1', 'restart-key-1', FROZEN_NOW);
      settlePayment(first, payment.id, 'success', FROZEN_NOW);
      const booking = book(first, YU, { hallId: '500107', itemId: ID_RENEWAL, date: '2026-12-03', start: '09:00' }, 'restart-key-2', FROZEN_NOW);
      first.close();
      const second = createWorld({ clock: { mode: 'frozen', at: FROZEN_NOW }, dataDir: dir });
      expect(feeNoticeOf(second, 'app_1')).toMatchObject({ status: 'paid', paidAt: FROZEN_NOW.toISOString() });
      expect(startPayment(second, YU, 'app_1', 'restart-key-1', FROZEN_NOW).id).toBe(payment.id);
      expect(book(second, YU, { hallId: '500107', itemId: ID_RENEWAL, date: '2026-12-03', start: '09:00' }, 'restart-key-2', FROZEN_NOW)).toEqual(booking);
      second.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
