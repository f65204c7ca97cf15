/**
 * The case page of the mini-program build (dist/weapp in miniprogram-simulate, real HTTP to the
 * mock server), opened by `?id=` exactly as a message's deep link opens it: 田兴华's over-limit
 * permit, filed from 光辉村 and handed up village → township → district → city, shows its
 * timeline node by node from ONE request; someone else's case id shows nothing of it. Withdrawing
 * asks with WeChat's own modal: 取消 keeps the case, 确认撤回 withdraws it.
 */
import { Api, fileApplication } from '../support/api-client';
import { ROUTES, weappRoute } from '../support/routes';
import type { Application } from '../../src/shared/api/applications';
import { elementsWithText, expectSetDataWithinBudget, miniProgramSuite, tap, textOf, waitFor, waitForText } from './harness';

const suite = miniProgramSuite();
const OVER_LIMIT = '500000-010410001000';

/** 田兴华's permit, three days on: it has climbed to the city. */
async function climbedPermit() {
  const tian = await new Api(suite.server.url).demo('tian');
  const filed = await fileApplication(tian, OVER_LIMIT);
  const clock = await fetch(`${suite.server.url}/api/dev/clock`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ advanceMinutes: 60 * 24 * 3 }) });
  expect(clock.status).toBe(200);
  return filed;
}

it('opened by ?id=, the case page renders the timeline node by node from one request', async () => {
  const filed = await climbedPermit();
  const mp = suite.start({ wechatPersona: 'tian' });
  const page = await mp.open(ROUTES.application(filed.id));
  expect(page.route).toBe(weappRoute(ROUTES.application(filed.id)));
  await waitForText(page, '办理进度');
  const text = textOf(page);
  expect(text).toContain(filed.number);
  for (const words of ['收件', '村（社区）级', '转报', '乡镇（街道）级', '区县级', '受理审查', '市级', '重庆市交通运输委员会', '办理时限']) expect(text).toContain(words);
  expect(text).toMatch(/黄家镇/);
  // handlers by staff number and masked name only
  expect(text).toMatch(/经办人：.\*+（工号 [\d-]+）/);
  // a cold start: the first read meets no session, ONE silent sign-in, the same read again
  const trail = mp.requests.map((r) => `${r.method} ${r.url.replace(/^.*\/api/, '')} ${r.statusCode}`);
  expect(trail).toEqual([`GET /applications/${filed.id} 401`, 'POST /session 200', `GET /applications/${filed.id} 200`]);
  expectSetDataWithinBudget(mp);
});

it('another citizen’s case id shows a not-found message and nothing of the case', async () => {
  const filed = await climbedPermit();
  const mp = suite.start({ wechatPersona: 'yu' });
  const page = await mp.open(ROUTES.application(filed.id));
  await waitForText(page, '重试');
  const text = textOf(page);
  expect(text).not.toContain(filed.number);
  expect(text).not.toContain('办理进度');
});

it('撤回申请 asks with WeChat’s modal: 取消 sends nothing, 确认撤回 withdraws the case', async () => {
  const tian = await new Api(suite.server.url).demo('tian');
  const filed = await fileApplication(tian, OVER_LIMIT);
  const mp = suite.start({ wechatPersona: 'tian' });
  const page = await mp.open(ROUTES.application(filed.id));
  await waitForText(page, '撤回申请');
  const withdraws = () => mp.requests.filter((r) => r.method === 'POST' && r.url.endsWith(`/applications/${filed.id}/withdraw`));

  mp.modalAnswer = 'cancel';
  tap(elementsWithText(page, '撤回申请')[0]);
  await waitFor(() => mp.callsTo('showModal').length === 1, { what: 'showModal' });
  expect(mp.callsTo('showModal')[0]).toMatchObject({ title: '撤回这件申请？', confirmText: '确认撤回', cancelText: '取消' });
  // the answer arrives on a later turn of the event loop (wx callbacks never call back at once), and
  // a withdrawal would be sent on that same turn: two turns on, nothing has been
  for (let turn = 0; turn < 2; turn++) await new Promise((r) => setTimeout(r, 0));
  expect(withdraws()).toHaveLength(0);

  mp.modalAnswer = 'confirm';
  tap(elementsWithText(page, '撤回申请')[0]);
  await waitFor(() => withdraws().length === 1, { what: 'POST withdraw' });
  await waitForText(page, '已撤回');
  expect(mp.callsTo('showModal')).toHaveLength(2);
  expect(withdraws()).toHaveLength(1);
  expect((await tian.get<Application>(`/applications/${filed.id}`)).body.status).toBe('withdrawn');
});
