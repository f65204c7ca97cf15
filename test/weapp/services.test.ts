/**
 * Fees and appointments on the mini-program build (dist/weapp in miniprogram-simulate, real HTTP
 * to the mock server, 喻先生 signed in silently): the fee card's 缴费 makes exactly one
 * POST /applications/:id/payments however often it is tapped, opens the mock cashier (this build
 * talks to the mock, whose signature WeChat Pay would refuse), and the card shows 已缴费 once
 * the server has the cashier's notification; the booking page lists the halls that handle
 * 普通护照签发 and their bookable dates.
 */
import type { Application } from '../../src/shared/api/applications';
import { PENGSHUI_HALL } from '../fixtures/halls';
import { Api, fileApplication } from '../support/api-client';
import { ROUTES, weappRoute } from '../support/routes';
import { elementsWithClass, elementsWithText, expectSetDataWithinBudget, miniProgramSuite, tap, tapText, waitFor, waitForText } from './harness';

const suite = miniProgramSuite();
const PASSPORT = '500000-010110001000'; // 普通护照签发: 120 元, one visit

/** 喻先生's passport application, filed through the API as the apply flow files it. */
async function passportApplication(): Promise<{ yu: Api; application: Application }> {
  const yu = await new Api(suite.server.url).demo('yu');
  return { yu, application: await fileApplication(yu, PASSPORT, { key: 'weapp-passport-1' }) };
}

it('the fee card’s 缴费 makes one payment request for two taps, opens the mock cashier, and shows 已缴费 from the server', async () => {
  const { yu, application } = await passportApplication();
  const mp = suite.start();
  const page = await mp.open(ROUTES.application(application.id));
  await waitForText(page, '缴款通知书');
  await waitForText(page, application.fee!.code);
  await waitForText(page, '缴费 120.00 元');
  const [button] = elementsWithText(page, '缴费 120.00 元');
  tap(button);
  tap(button);

  const cashierCall = await waitFor(() => mp.callsTo('navigateTo').find((c) => String(c.url).startsWith(ROUTES.cashier('', '').split('?')[0])), { what: 'navigateTo the cashier' });
  expect(mp.requests.filter((r) => r.method === 'POST' && /\/api\/applications\/[^/]+\/payments$/.test(r.url))).toHaveLength(1);
  expect(mp.callsTo('requestPayment')).toHaveLength(0);
  expect(String(cashierCall.url)).toContain(`applicationId=${application.id}`);

  const cashier = await mp.followNavigateTo();
  expect(cashier.route).toBe(weappRoute(ROUTES.cashier('', '')));
  await waitForText(cashier, '这是演示环境的模拟收银台');
  await waitForText(cashier, '¥120.00');
  await tapText(cashier, '确认支付');

  await waitFor(() => mp.callsTo('navigateBack').length > 0, { what: 'back from the cashier' });
  await waitForText(page, '已缴费');
  expect((await yu.get<Application>(`/applications/${application.id}`)).body.fee?.status).toBe('paid');
  expectSetDataWithinBudget(mp);
});

it('the booking page lists the nearest halls that handle 普通护照签发, and a hall’s bookable dates', async () => {
  const mp = suite.start({ location: { kind: 'granted', lat: PENGSHUI_HALL.lat, lng: PENGSHUI_HALL.lng } });
  const page = await mp.open(ROUTES.book(PASSPORT));
  await waitForText(page, '普通护照签发');
  await tapText(page, '使用我的位置');
  const halls = await waitFor(() => {
    const found = elementsWithClass(page, 'yk-booking__option');
    return found.length > 0 ? found : undefined;
  }, { what: 'the handling halls' });
  tap(halls[0]);
  await waitForText(page, '2. 选择日期');
  const dates = await waitFor(() => {
    const found = elementsWithClass(page, 'yk-chip');
    return found.length > 0 ? found : undefined;
  }, { what: 'bookable dates', timeout: 10_000 });
  expect(dates[0].textContent).toMatch(/^\d+月\d+日 周[一二三四五六日]$/);
  tap(dates[0]);
  await waitForText(page, '3. 选择时段');
  for (const slot of elementsWithClass(page, 'yk-booking__slot')) expect(slot.textContent).toMatch(/余 [1-9]\d*）$/);
  expectSetDataWithinBudget(mp);
});
