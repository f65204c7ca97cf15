/**
 * Notices in the mini-program build (dist/weapp in miniprogram-simulate, real HTTP to the mock):
 * on the confirmation page, tapping 订阅办理通知 opens WeChat's subscribe dialog with at most 3
 * template ids (never before the tap), and the answer reaches the server, which spends it on the
 * next push; a refusal pushes nothing. The 我的 tab gets WeChat's badge for unread messages; a
 * message's `page` opens the case page with its id.
 */
import type { Application } from '../../src/shared/api/applications';
import type { OutboxMessage } from '../../src/shared/api/dev';
import { SUBSCRIBE_TEMPLATE_IDS } from '../../src/shared/api/messages';
import { casePagePath } from '../../src/shared/messages/casePage';
import { Api, fileApplication } from '../support/api-client';
import { ROUTES, weappRoute } from '../support/routes';
import { elementsWithText, miniProgramSuite, tap, textOf, waitFor, waitForCalls, waitForText } from './harness';

const suite = miniProgramSuite();
const { server } = suite;
const PASSPORT = '500000-010110001000';

async function yuFiles(): Promise<Application> {
  const yu = await new Api(server.url).demo('yu');
  return fileApplication(yu, PASSPORT);
}

const outbox = () => server.api<OutboxMessage[]>('/api/dev/outbox');

it('the subscribe tap asks WeChat for the three notices (≤ 3 ids) and the next step arrives as one subscribe message', async () => {
  const filed = await yuFiles();
  const mp = suite.start();
  const done = await mp.open(ROUTES.applyDone(filed.id));
  await waitForText(done, '订阅办理通知');
  // WeChat allows the dialog only from a tap: nothing asked on opening the page
  expect(mp.callsTo('requestSubscribeMessage')).toEqual([]);

  tap(elementsWithText(done, '订阅办理通知').at(-1)!);
  const [asked] = await waitForCalls(mp, 'requestSubscribeMessage');
  const ids = asked.tmplIds as string[];
  expect(ids.length).toBeGreaterThan(0);
  expect(ids.length).toBeLessThanOrEqual(3);
  expect(ids).toEqual([...SUBSCRIBE_TEMPLATE_IDS]);
  await waitForText(done, '已订阅：办理进度提醒、办理结果通知、证照寄递通知');

  await server.api(`/api/dev/cases/${filed.id}/accept`, {});
  const sent = (await outbox()).filter((m) => m.channel === 'subscribe');
  expect(sent).toHaveLength(1);
  expect(sent[0].page).toBe(casePagePath(filed.id));
});

it('a refused subscription sends no WeChat message at all', async () => {
  const filed = await yuFiles();
  const mp = suite.start();
  mp.subscribeAnswer = 'reject';
  const done = await mp.open(ROUTES.applyDone(filed.id));
  await waitForText(done, '订阅办理通知');
  tap(elementsWithText(done, '订阅办理通知').at(-1)!);
  await waitForText(done, '您没有订阅微信通知');
  await server.api(`/api/dev/cases/${filed.id}/accept`, {});
  const progress = (await outbox()).filter((m) => m.data?.phrase3?.value === '已受理');
  expect(progress).toEqual([]);
});

it('the 我的 tab carries WeChat’s badge for unread messages, and a message’s page opens the case', async () => {
  const filed = await yuFiles();
  const mp = suite.start();
  const me = await mp.open(ROUTES.me);
  const badge = await waitFor(() => mp.callsTo('setTabBarBadge').at(-1), { what: 'setTabBarBadge' });
  expect(badge).toMatchObject({ index: 2, text: '1' });
  await waitForText(me, '1条未读');

  const page = casePagePath(filed.id);
  expect(page.split('?')[0]).toBe(weappRoute(ROUTES.application(filed.id)));
  const caseView = await mp.open(page);
  await waitForText(caseView, filed.number);
  expect(caseView.query.id).toBe(filed.id);
  expect(textOf(caseView)).toContain(filed.number);
});

it('田兴华, with nothing unread, gets no badge', async () => {
  const mp = suite.start({ wechatPersona: 'tian' });
  const me = await mp.open(ROUTES.me);
  await waitForText(me, '消息中心');
  await waitFor(() => mp.requests.some((r) => r.url.includes('/messages/unread-count') && r.statusCode === 200), { what: 'the unread count answered' });
  expect(mp.callsTo('setTabBarBadge')).toEqual([]);
  expect(mp.callsTo('removeTabBarBadge').length).toBeGreaterThan(0);
});
