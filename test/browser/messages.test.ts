/**
 * 消息中心 on the H5 build in Chromium against the mock: after a reviewer's control accepts 喻先生's
 * case, the message is there, marked 未读 in words, and the 我的 tab names the unread count; tapping
 * the message opens the case page and the message is read. A signed-out link to a case goes
 * through sign-in and back to that case.
 */
import type { Page } from 'playwright-core';
import type { Application } from '../../src/shared/api/applications';
import { Api, fileApplication } from '../support/api-client';
import { PAGE, ROUTES } from '../support/routes';
import { PASSPORT } from './pages';
import { browserSuite, openPage, topPage, waitStationed } from './harness';

const suite = browserSuite();

async function signedInAsYu(page: Page): Promise<Api> {
  const yu = await new Api(suite.server.url).demo('yu');
  // the stored form of startSession(token), as Taro's H5 storage writes it
  await page.addInitScript((token) => localStorage.setItem('session.v1', JSON.stringify({ data: { v: 1, data: { token } } })), yu.token!);
  return yu;
}

async function accepted(yu: Api): Promise<Application> {
  const filed = await fileApplication(yu, PASSPORT);
  await suite.server.api(`/api/dev/cases/${filed.id}/accept`, {});
  return filed;
}

it('shows the acceptance after a dev control moves the case; tapping it opens the case and reads it', async () => {
  const { page, watch } = await suite.newPage('denied');
  const yu = await signedInAsYu(page);
  const filed = await accepted(yu);

  // 收件, 受理, 缴费 (a passport has a fee) and the rating invitation: unread, said in the tab's name
  const unread = await yu.get<{ total: number }>('/messages/unread-count');
  expect(unread.body.total).toBe(4);
  await openPage(page, ROUTES.me);
  await topPage(page).getByRole('link', { name: '我的，4条未读' }).waitFor();

  await openPage(page, ROUTES.messages);
  const row = topPage(page).getByTestId('message-row').filter({ hasText: '办件已受理' });
  await row.waitFor();
  expect(await row.innerText()).toContain('未读');
  expect(await row.innerText()).toContain(filed.number);
  await row.click();
  await waitStationed(page, ROUTES.application(filed.id));
  expect(page.url()).toContain(`id=${filed.id}`);
  await topPage(page).getByText(filed.number).first().waitFor();

  const list = await yu.get<{ items: Array<{ title: string; read: boolean }> }>('/messages');
  expect(list.body.items.find((m) => m.title === '办件已受理')?.read).toBe(true);
  expect(list.body.items.find((m) => m.title === '申请已收件')?.read).toBe(false);
  expect(watch.pageErrors).toEqual([]);
});

it('signed out, the 我的 tab names no count, and a link to a case goes through sign-in and back to it', async () => {
  const { page, watch } = await suite.newPage('denied');
  const yu = await new Api(suite.server.url).demo('yu');
  const filed = await accepted(yu);

  await openPage(page, ROUTES.me);
  await topPage(page).getByRole('link', { name: '我的', exact: true }).waitFor();

  await page.goto(`/#${ROUTES.application(filed.id)}`);
  await waitStationed(page, PAGE.signIn);
  await topPage(page).getByTestId('persona-yu').click();
  await waitStationed(page, ROUTES.application(filed.id));
  await topPage(page).getByText(filed.number).first().waitFor();
  expect(watch.pageErrors).toEqual([]);
});

it('演示：消息发件箱 shows a template notice one field to a line, as WeChat shows it', async () => {
  const { page, watch } = await suite.newPage('denied');
  const yu = await signedInAsYu(page);
  await fileApplication(yu, PASSPORT);

  await openPage(page, ROUTES.outbox);
  const notice = topPage(page).getByTestId('outbox-row').filter({ hasText: '服务号模板消息' }).first();
  await notice.waitFor();
  const fields = notice.locator('.yk-outbox__data .yk-outbox__line');
  const texts = await fields.allInnerTexts();
  expect(texts.length).toBeGreaterThanOrEqual(3);
  expect(texts[0]).toMatch(/^thing1：普通护照签发$/);
  // each field starts below the one before it: not run together on one line
  const tops = await fields.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().top));
  for (let i = 1; i < tops.length; i++) expect(tops[i]).toBeGreaterThan(tops[i - 1] + 10);
  expect(watch.pageErrors).toEqual([]);
});
