/**
 * 好差评 in the mini-program build (dist/weapp in miniprogram-simulate, real HTTP to the mock):
 * 喻先生, signed in silently with WeChat, opens the rating page of his accepted case and sees the
 * five levels; tapping 提交评价 without one says why in words and sends nothing.
 */
import { ROUTES } from '../support/routes';
import { Api, fileApplication } from '../support/api-client';
import { elementsWithText, miniProgramSuite, tap, textOf, waitForText } from './harness';

const suite = miniProgramSuite();
const PASSPORT = '500000-010110001000';

it('the rating page of an accepted case shows the five levels; without a level nothing is sent', async () => {
  const yu = await new Api(suite.server.url).demo('yu');
  const filed = await fileApplication(yu, PASSPORT);
  expect((await new Api(suite.server.url).post(`/dev/cases/${filed.id}/accept`, {})).status).toBe(200);

  const mp = suite.start();
  const page = await mp.open(ROUTES.rate(filed.id));
  await waitForText(page, '您对受理环节满意吗？');
  const text = textOf(page);
  for (const level of ['非常满意', '基本满意', '非常不满意']) expect(text).toContain(level);
  expect(text).toContain('0/200字');
  const posts = () => mp.requests.filter((r) => r.method === 'POST' && r.url.includes('/evaluations')).length;
  tap(elementsWithText(page, '提交评价')[0]);
  await waitForText(page, '请选择满意程度');
  expect(posts()).toBe(0);
});
