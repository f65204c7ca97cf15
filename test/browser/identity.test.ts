/**
 * Sign-in and 我的 on the H5 build in Chromium against the mock server: a signed-out deep link
 * comes back where it pointed after sign-in, SMS sign-in with the code from the dev outbox, sign
 * out, and no ID or phone number in any request URL or storage key along the way.
 */
import type { Page, Request } from 'playwright-core';
import { maskIdNumber, maskPhone } from '../../src/shared/identity/mask';
import { personaSeed } from '../../mock/identity/personas';
import { PAGE, ROUTES } from '../support/routes';
import { browserSuite, openPage, topPage, waitStationed } from './harness';

const suite = browserSuite();
const yu = personaSeed('yu');

/** Every request URL the page made, to check nothing personal travels in one. */
function recordUrls(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (r: Request) => urls.push(decodeURIComponent(r.url())));
  return urls;
}

async function expectNothingPersonalIn(page: Page, urls: string[]): Promise<void> {
  for (const url of urls) {
    expect(url).not.toMatch(/\d{17}[\dX]/);
    expect(url).not.toMatch(/(^|\D)1[3-9]\d{9}(\D|$)/);
  }
  const keys = await page.evaluate(() => Object.keys(window.localStorage));
  for (const key of keys) {
    expect(key).not.toMatch(/\d{11}/);
  }
}

it('takes a signed-out deep link to 我的证照 through sign-in and back, with 喻先生’s ID card masked', async () => {
  const { page, watch } = await suite.newPage('denied');
  const urls = recordUrls(page);
  await page.goto(`/#${ROUTES.certificates}`);
  // the certificates page is refused (nobody signed in) and opens sign-in on top of itself
  await waitStationed(page, PAGE.signIn);
  await topPage(page).getByTestId('persona-yu').click();
  await waitStationed(page, ROUTES.certificates);
  const card = topPage(page).getByTestId('certificate-card').filter({ hasText: '居民身份证' });
  await card.waitFor();
  const text = await card.innerText();
  expect(text).toContain(maskIdNumber(yu.idNumber!));
  expect(text).not.toContain(yu.idNumber!);
  expect(text).toContain('A级');
  await expectNothingPersonalIn(page, urls);
  expect(watch.pageErrors).toEqual([]);
});

it('signs in with a phone number and the code read from the dev outbox, then signs out to the signed-out 我的', async () => {
  const { page, watch } = await suite.newPage('denied');
  const urls = recordUrls(page);
  await openPage(page, ROUTES.me);
  await topPage(page).getByTestId('go-sign-in').click();
  await waitStationed(page, PAGE.signIn);
  const top = topPage(page);
  await top.getByTestId('field-phone').locator('input').fill(yu.phone);
  await top.getByTestId('send-code').click();
  await top.getByText(`验证码已发送至 ${maskPhone(yu.phone)}`).waitFor();
  await top.getByTestId('open-outbox').click();
  const code = (await top.getByTestId('outbox-code').innerText()).trim();
  expect(code).toMatch(/^\d{6}$/);
  await top.getByTestId('field-code').locator('input').fill(code);
  await top.getByTestId('sms-submit').click();

  await waitStationed(page, ROUTES.me);
  const profile = topPage(page).getByTestId('profile');
  await profile.waitFor();
  expect(await profile.innerText()).toContain(maskPhone(yu.phone));

  await topPage(page).getByTestId('sign-out').click();
  await topPage(page).getByText('您还没有登录').waitFor();
  expect(await topPage(page).getByTestId('profile').count()).toBe(0);
  await expectNothingPersonalIn(page, urls);
  expect(watch.pageErrors).toEqual([]);
});
