/**
 * 好差评 in the mini-program build (dist/weapp in miniprogram-simulate, real HTTP to the mock):
 * 喻先生, signed in silently with WeChat, opens the rating page of his accepted case and sees the
 * five levels; tapping 提交评价 without one says why in words and sends nothing. Having rated it
 * 满意, he changes it once to 非常满意 from his rating page: the change is a PUT, and the rating
 * page underneath shows the new level without 修改评价.
 */
import { ROUTES, weappRoute } from '../support/routes';
import type { Evaluation } from '../../src/shared/api/evaluations';
import { Api, fileApplication } from '../support/api-client';
import { elementsWithText, miniProgramSuite, tap, textOf, waitFor, waitForNoText, waitForText } from './harness';

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

it('修改评价: the rating page offers one change until its last moment; the change is a PUT and the page shows the new level', async () => {
  const yu = await new Api(suite.server.url).demo('yu');
  const filed = await fileApplication(yu, PASSPORT);
  expect((await new Api(suite.server.url).post(`/dev/cases/${filed.id}/accept`, {})).status).toBe(200);
  const dimensions = { overall: 4, efficiency: 4, guide_accuracy: 4, convenience: 4, usability: 4 };
  const rated = await yu.post<Evaluation>(`/applications/${filed.id}/evaluations`, { stage: 'acceptance', level: 'satisfied', dimensions, tags: [], comment: '很方便' }, `weapp-${filed.id}`);
  expect(rated.status).toBe(201);

  const mp = suite.start();
  const evaluation = await mp.open(ROUTES.evaluation(rated.body.id));
  await waitForText(evaluation, '可在12月9日 10:00前修改一次');
  tap(elementsWithText(evaluation, '修改评价')[0]);
  const change = await mp.followNavigateTo();
  expect(change.route).toBe(weappRoute(ROUTES.changeRating('')));
  await waitForText(change, '修改对受理环节的评价');
  expect(textOf(change)).toContain('●满意');
  tap(elementsWithText(change, '非常满意')[0]);
  await waitForText(change, '●非常满意');
  tap(elementsWithText(change, '提交修改')[0]);
  await waitFor(() => mp.requests.find((r) => r.method === 'PUT' && r.url.endsWith(`/evaluations/${rated.body.id}`)), { what: 'PUT /evaluations/:id' });
  // back on the rating page underneath, loaded again
  await waitFor(() => mp.pages().length === 1, { what: 'back to the rating page' });
  await waitForText(evaluation, '非常满意');
  await waitForNoText(evaluation, '修改评价');
  expect((await yu.get<Evaluation>(`/evaluations/${rated.body.id}`)).body.level).toBe('very_satisfied');
  // the change page opened again (an old link): it says why not, in words, and offers no form
  const again = await mp.open(ROUTES.changeRating(rated.body.id));
  await waitForText(again, '该评价不能再修改');
  expect(textOf(again)).toContain('评价只能修改一次');
  expect(elementsWithText(again, '提交修改')).toEqual([]);
});

it('我的评价 lists his 不满意 with where its ticket is; a tap opens the rating with its ticket', async () => {
  const yu = await new Api(suite.server.url).demo('yu');
  const filed = await fileApplication(yu, PASSPORT);
  expect((await new Api(suite.server.url).post(`/dev/cases/${filed.id}/accept`, {})).status).toBe(200);
  const dimensions = { overall: 2, efficiency: 2, guide_accuracy: 3, convenience: 2, usability: 3 };
  const rated = await yu.post<Evaluation>(`/applications/${filed.id}/evaluations`, { stage: 'acceptance', level: 'dissatisfied', dimensions, tags: ['办理拖延'] }, `weapp-mine-${filed.id}`);
  expect(rated.status).toBe(201);

  const mp = suite.start();
  const mine = await mp.open(ROUTES.evaluations);
  await waitForText(mine, '整改单：核实中，2026年12月9日前答复');
  expect(textOf(mine)).toContain(`办件编号 ${filed.number} · 受理环节`);
  expect(textOf(mine)).toContain('不满意');
  tap(elementsWithText(mine, '普通护照签发')[0]);
  const detail = await mp.followNavigateTo();
  expect(detail.route).toBe(weappRoute(ROUTES.evaluation('')));
  await waitForText(detail, '整改单');
  expect(textOf(detail)).toContain('核实中');
});
