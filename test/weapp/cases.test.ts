/**
 * The case page of the mini-program build (dist/weapp in miniprogram-simulate, real HTTP to the
 * mock server), opened by `?id=` exactly as a message's deep link opens it: 田兴华's over-limit
 * permit, filed from 光辉村 and handed up village → township → district → city, shows its
 * timeline node by node from ONE request; someone else's case id shows nothing of it.
 */
import { Api, fileApplication } from '../support/api-client';
import { ROUTES, weappRoute } from '../support/routes';
import { expectSetDataWithinBudget, miniProgramSuite, textOf, waitForText } from './harness';

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
