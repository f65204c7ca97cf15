/**
 * Sign-in and 我的 on the mini-program build (dist/weapp in miniprogram-simulate, real HTTP to
 * the mock server). The faked wx.login hands out `persona:yu:<n>` codes, which the mock's
 * code2Session maps to 喻先生: silent sign-in is what a citizen gets by opening 我的.
 */
import { maskIdNumber, maskName, maskPhone } from '../../src/shared/identity/mask';
import { personaSeed } from '../../mock/identity/personas';
import { IDLE_TIMEOUT_MINUTES } from '../../mock/identity/sessions';
import { ROUTES } from '../support/routes';
import { elementsWithClass, elementsWithText, expectSetDataWithinBudget, miniProgramSuite, tap, trigger, waitFor, waitForNoText, waitForText } from './harness';

const suite = miniProgramSuite();
const { server } = suite;
const yu = personaSeed('yu');

it('shows 喻先生’s masked profile on 我的 after a silent WeChat sign-in, and nothing in full', async () => {
  const mp = suite.start();
  const page = await mp.open(ROUTES.me);
  await waitForText(page, maskIdNumber(yu.idNumber!));
  await waitForText(page, maskName(yu.name!));
  await waitForText(page, maskPhone(yu.phone));
  await waitForText(page, '已实名');
  expect(mp.logins).toBe(1);
  expect(page.comp.dom.textContent).not.toContain(yu.idNumber!);
  expect(page.comp.dom.textContent).not.toContain(yu.phone);
  // the token is kept under a key that says nothing about the citizen
  expect([...mp.storage.keys()].join(' ')).not.toMatch(/\d{11}/);
  expectSetDataWithinBudget(mp);
});

it('signs in again ONCE when the session has expired, and the page still loads', async () => {
  const first = suite.start();
  await waitForText(await first.open(ROUTES.me), maskIdNumber(yu.idNumber!));
  const storage = first.storage;
  first.close();

  // the next launch, long after: the stored token is past the server's idle timeout
  server.world.clock.advance((IDLE_TIMEOUT_MINUTES + 5) * 60_000);
  const mp = suite.start({ storage });
  const page = await mp.open(ROUTES.me);
  await waitForText(page, maskIdNumber(yu.idNumber!));
  expect(mp.logins).toBe(1);
  const trail = mp.requests.filter((r) => /\/api\/me(\?|\/|$)/.test(r.url) || r.url.endsWith('/api/session')).map((r) => `${r.method} ${r.url.replace(/^.*\/api/, '')} ${r.statusCode}`);
  expect(trail).toEqual(['GET /me 401', 'POST /session 200', 'GET /me 200']);
});

it('reveals one field in full on 查看, by asking the server', async () => {
  const mp = suite.start();
  const page = await mp.open(ROUTES.me);
  await waitForText(page, maskPhone(yu.phone));
  const row = elementsWithClass(page, 'yk-masked').find((el) => (el.textContent ?? '').includes(maskPhone(yu.phone)));
  expect(row).toBeDefined();
  tap(elementsWithText(row!, '查看')[0]);
  await waitForText(page, yu.phone);
  expect(mp.requests.some((r) => r.method === 'POST' && r.url.endsWith('/api/me/reveal'))).toBe(true);
});

it('shows the privacy agreement as a sheet when WeChat asks for it, and agrees through the agree button', async () => {
  const mp = suite.start();
  const page = await mp.open(ROUTES.nearby);
  const request = mp.needPrivacyAuthorization('getLocation');
  await waitForText(page, '隐私保护指引');
  await waitFor(() => request.answers.some((a) => a.event === 'exposureAuthorization'), { what: 'the sheet reported as shown' });
  const [agree] = elementsWithText(page, '同意并继续');
  trigger(agree, 'agreeprivacyauthorization', {});
  await waitForNoText(page, '隐私保护指引');
  expect(request.answers[request.answers.length - 1]).toEqual({ event: 'agree', buttonId: 'yk-privacy-agree' });
});
