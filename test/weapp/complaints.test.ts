/**
 * 投诉 in the mini-program build (dist/weapp in miniprogram-simulate, real HTTP to the mock):
 * 喻先生, signed in silently with WeChat, complains about his filed case. Without a type the form
 * says so and sends nothing; with one and his words it sends one POST /complaints with an
 * Idempotency-Key and opens the complaint, 待受理, which 我的投诉 lists.
 */
import type { Complaint } from '../../src/shared/api/complaints';
import { ROUTES, weappRoute } from '../support/routes';
import { Api, fileApplication } from '../support/api-client';
import { elementsWithClass, elementsWithText, miniProgramSuite, tap, textOf, typeInto, waitFor, waitForNoText, waitForText } from './harness';

const suite = miniProgramSuite();
const PASSPORT = '500000-010110001000';

it('a complaint about his case: refused without a type, then sent once and shown 待受理, listed in 我的投诉', async () => {
  const yu = await new Api(suite.server.url).demo('yu');
  const filed = await fileApplication(yu, PASSPORT);

  const mp = suite.start();
  const form = await mp.open(ROUTES.complain(filed.id));
  await waitForText(form, `办件编号 ${filed.number}`);
  const posts = () => mp.requests.filter((r) => r.method === 'POST' && r.url.endsWith('/complaints'));
  const text = elementsWithClass(form, 'yk-complain__text')[0];
  typeInto(text, '网上提交后一直显示已收件，请尽快办理');
  tap(elementsWithText(form, '提交投诉')[0]);
  await waitForText(form, '请选择投诉类型');
  expect(posts()).toHaveLength(0);

  tap(elementsWithText(form, '超期未办结')[0]);
  await waitForNoText(form, '请选择投诉类型');
  tap(elementsWithText(form, '提交投诉')[0]);
  await waitFor(() => posts().length === 1, { what: 'POST /complaints', describe: () => textOf(form) });
  // the form gives way to the complaint (redirectTo), which this harness loads when asked
  const url = await waitFor(() => mp.callsTo('redirectTo').map((c) => String(c.url)).find((u) => u.includes(weappRoute(ROUTES.complaint('')))), { what: 'redirectTo the complaint' });
  const detail = await mp.open(url);
  await waitForText(detail, '待受理');
  expect(textOf(detail)).toContain('投诉类型：超期未办结');
  const mine = (await yu.get<Complaint[]>('/complaints')).body;
  expect(mine.map((c) => c.description)).toEqual(['网上提交后一直显示已收件，请尽快办理']);

  const list = await mp.open(ROUTES.complaints);
  await waitForText(list, mine[0].number);
  expect(textOf(list)).toContain('待受理');
});
