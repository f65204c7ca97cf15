/**
 * 好差评 on the H5 build in Chromium against the mock server: 田兴华's permit, approved at the
 * command centre, invites a rating on his case page; he rates it 满意, then changes it once to
 * 非常满意 from the rating page (the form starts from what he gave). 喻先生 rates his case
 * 不满意 and follows the rectification ticket to its end as the world clock moves: 核实, 整改,
 * the department's reply, his confirmation. The guide of the item shows its published figures.
 */
import type { Page } from 'playwright-core';
import type { Application } from '../../src/shared/api/applications';
import type { ItemPerformance } from '../../src/shared/api/evaluations';
import type { PersonaId, SessionGrant } from '../../src/shared/api/identity';
import { applicationCollections } from '../../mock/applications/model';
import { ticketFate, ticketSeed } from '../../mock/evaluations/rules';
import { Api, fileApplication } from '../support/api-client';
import { ROUTES } from '../support/routes';
import { browserSuite, openPage, STEP_TIMEOUT, topPage, waitStationed } from './harness';

const suite = browserSuite();
const OVER_LIMIT = '500000-010410001000';
const PASSPORT = '500000-010110001000';

/** Signs the persona in on this page (as the app stores a session) and answers an API client as them. */
async function signIn(page: Page, persona: PersonaId): Promise<Api> {
  const grant = await suite.server.api<SessionGrant>('/api/session/demo', { persona });
  // only into an empty store: a later signInAgain's session survives reloads
  await page.addInitScript((token) => {
    if (!localStorage.getItem('session.v1')) localStorage.setItem('session.v1', JSON.stringify({ data: { v: 1, data: { token } } }));
  }, grant.token);
  return new Api(suite.server.url, grant.token);
}

/** After a clock jump the idle session has ended: the citizen signs in again and reloads the page. */
async function signInAgainAndReload(page: Page, persona: PersonaId): Promise<void> {
  const grant = await suite.server.api<SessionGrant>('/api/session/demo', { persona });
  await page.evaluate((token) => localStorage.setItem('session.v1', JSON.stringify({ data: { v: 1, data: { token } } })), grant.token);
  await page.reload();
}

/** A case filed and decided at the command centre (its fee paid first, as WeChat Pay would). */
async function approvedCase(api: Api, itemId: string): Promise<Application> {
  const filed = await fileApplication(api, itemId);
  if (filed.fee) {
    const payment = await api.post<{ id: string }>(`/applications/${filed.id}/payments`, undefined, `pay-${filed.id}`);
    await suite.server.api(`/api/dev/payments/${payment.body.id}/notify`, { result: 'success' });
  }
  await suite.server.api(`/api/dev/cases/${filed.id}/approve`, {});
  return filed;
}

async function advance(minutes: number): Promise<void> {
  await suite.server.api('/api/dev/clock', { advanceMinutes: minutes });
}

it('田兴华 rates his approved permit 满意 from the case page, then changes it once to 非常满意', async () => {
  const { page, watch } = await suite.newPage('denied');
  const tian = await signIn(page, 'tian');
  const filed = await approvedCase(tian, OVER_LIMIT);
  await openPage(page, ROUTES.application(filed.id));
  const invite = topPage(page).getByTestId('application-rate-link');
  await invite.waitFor({ timeout: STEP_TIMEOUT });
  // an invitation in words beside a link the citizen may follow or leave
  expect(await topPage(page).getByTestId('action-rate').textContent()).toContain('欢迎对办结环节作出评价（自愿）');
  expect(await invite.textContent()).toBe('评价这次办理');
  await invite.click();
  await waitStationed(page, ROUTES.rate(filed.id));
  const form = topPage(page);
  await form.getByText('您对办结环节满意吗？').waitFor();
  await form.getByRole('radio', { name: '满意', exact: true }).click();
  expect(await form.getByRole('radio', { name: '满意', exact: true }).getAttribute('aria-checked')).toBe('true');
  await form.getByTestId('rating-comment').locator('textarea').fill('在家就办好了');
  expect(await form.getByTestId('comment-count').textContent()).toBe('6/200字');
  await form.getByTestId('rate-submit').click();
  await waitStationed(page, ROUTES.evaluation(''));
  const done = topPage(page);
  expect(await done.getByTestId('evaluation-level').textContent()).toBe('满意');
  await done.getByText('感谢您的评价', { exact: false }).waitFor();
  expect(await done.getByTestId('ticket').count()).toBe(0);

  // 修改评价, with the last moment in words (the demo clock: rated 12月2日 10:00, 7 days)
  expect(await done.getByTestId('evaluation-change-until').textContent()).toBe('可在12月9日 10:00前修改一次');
  await done.getByRole('button', { name: '修改评价' }).click();
  await waitStationed(page, ROUTES.changeRating(''));
  const change = topPage(page);
  await change.getByText('修改对办结环节的评价').waitFor({ timeout: STEP_TIMEOUT });
  expect(await change.getByRole('radio', { name: '满意', exact: true }).getAttribute('aria-checked')).toBe('true');
  expect(await change.getByTestId('rating-comment').locator('textarea').inputValue()).toBe('在家就办好了');
  await change.getByRole('radio', { name: '非常满意', exact: true }).click();
  await change.getByTestId('rate-submit').click();

  // back on the rating page, loaded again: the new level, the change noted, no second change
  await waitStationed(page, ROUTES.evaluation(''));
  const after = topPage(page);
  await after.getByTestId('evaluation-level').getByText('非常满意', { exact: true }).waitFor({ timeout: STEP_TIMEOUT });
  expect(await after.getByTestId('evaluation').textContent()).toContain('修改');
  expect(await after.getByTestId('evaluation-change').count()).toBe(0);
  expect(await after.getByRole('button', { name: '修改评价' }).count()).toBe(0);
  expect(watch.pageErrors).toEqual([]);
});

it('喻先生 rates his case 不满意 and follows the ticket to its end as the clock moves', async () => {
  const { page, watch } = await suite.newPage('denied');
  const yu = await signIn(page, 'yu');
  const filed = await approvedCase(yu, PASSPORT);
  const record = applicationCollections(suite.server.world).applications.get(filed.id)!;
  // this case's seed has the department answer (a seeded few appeal instead: the unit tests)
  expect(ticketFate(ticketSeed(record.case!.seed, 'acceptance')).departmentAppeals).toBe(false);

  await openPage(page, ROUTES.rate(filed.id, 'acceptance'));
  const form = topPage(page);
  await form.getByRole('radio', { name: '不满意', exact: true }).click();
  await form.getByTestId('rate-submit').click();
  // no problem named: said in words, nothing sent
  expect(await form.getByTestId('error-comment').textContent()).toBe('差评请至少选择一个问题或写明原因，便于部门整改');
  await form.getByRole('checkbox', { name: '办理拖延' }).click();
  await form.getByTestId('rate-submit').click();
  await waitStationed(page, ROUTES.evaluation(''));
  let ticket = topPage(page).getByTestId('ticket');
  await ticket.waitFor();
  expect(await ticket.getByTestId('ticket-state').textContent()).toBe('核实中');
  expect(await ticket.textContent()).toContain(record.case!.route.at(-1)!.department);
  expect(await ticket.textContent()).toContain('2026年12月9日前');

  await advance(3 * 60); // 核实 takes two working hours
  await signInAgainAndReload(page, 'yu');
  ticket = topPage(page).getByTestId('ticket');
  await ticket.getByTestId('ticket-state').getByText('整改中').waitFor({ timeout: STEP_TIMEOUT });

  await advance(6 * 24 * 60); // the reply comes within the 5 working days
  await signInAgainAndReload(page, 'yu');
  ticket = topPage(page).getByTestId('ticket');
  await ticket.getByTestId('ticket-state').getByText('待您确认').waitFor({ timeout: STEP_TIMEOUT });
  expect(await ticket.getByTestId('ticket-reply').textContent()).toContain('办理拖延');
  expect(await ticket.getByTestId('ticket-step').allTextContents()).toEqual([
    expect.stringContaining('核实（已完成）'),
    expect.stringContaining('整改（已完成）'),
    expect.stringContaining('回访（进行中）'),
  ]);
  await ticket.getByTestId('ticket-confirm').click();
  await ticket.getByTestId('ticket-state').getByText('已办结：您已确认整改结果').waitFor({ timeout: STEP_TIMEOUT });
  expect(await ticket.getByTestId('ticket-confirm').count()).toBe(0);
  expect(watch.pageErrors).toEqual([]);
});

it('我的 → 我的评价 finds the bad rating and where its ticket is; the reply waits on him there, and his confirmation shows on return', async () => {
  const { page, watch } = await suite.newPage('denied');
  const yu = await signIn(page, 'yu');
  await openPage(page, ROUTES.evaluations);
  await topPage(page).getByText('还没有评价').waitFor();

  const filed = await approvedCase(yu, PASSPORT);
  const record = applicationCollections(suite.server.world).applications.get(filed.id)!;
  expect(ticketFate(ticketSeed(record.case!.seed, 'acceptance')).departmentAppeals).toBe(false);
  const input = { stage: 'acceptance', level: 'dissatisfied', dimensions: { overall: 2, efficiency: 2, guide_accuracy: 3, convenience: 2, usability: 3 }, tags: ['办理拖延'] };
  expect((await yu.post(`/applications/${filed.id}/evaluations`, input, 'browser-mine-1')).status).toBe(201);

  await openPage(page, ROUTES.me);
  await topPage(page).getByTestId('me-evaluations').click();
  await waitStationed(page, ROUTES.evaluations);
  const row = topPage(page).getByTestId('evaluation-row').filter({ hasText: filed.number });
  await row.waitFor();
  expect(await row.getByTestId('evaluation-row-level').textContent()).toBe('不满意');
  expect(await row.getByTestId('evaluation-row-ticket').textContent()).toBe('整改单：核实中，2026年12月9日前答复');

  await advance(7 * 24 * 60); // the department replies within its 5 working days
  await signInAgainAndReload(page, 'yu');
  const asked = topPage(page).getByTestId('evaluation-row-ticket').filter({ hasText: '整改单：待您确认，请查看答复并确认' });
  await asked.waitFor({ timeout: STEP_TIMEOUT });
  await asked.click();
  await waitStationed(page, ROUTES.evaluation(''));
  const ticket = topPage(page).getByTestId('ticket');
  await ticket.getByTestId('ticket-confirm').click();
  await ticket.getByTestId('ticket-state').getByText('已办结：您已确认整改结果').waitFor({ timeout: STEP_TIMEOUT });

  await page.goBack();
  await waitStationed(page, ROUTES.evaluations);
  await topPage(page).getByTestId('evaluation-row-ticket').filter({ hasText: '整改单：您已确认整改结果' }).waitFor({ timeout: STEP_TIMEOUT });
  expect(watch.pageErrors).toEqual([]);
});

it('the guide shows the item’s published figures with the period and the sample size', async () => {
  const { page } = await suite.newPage('denied');
  const figures = await suite.server.api<ItemPerformance>(`/api/items/${PASSPORT}/performance`);
  await openPage(page, ROUTES.guide(PASSPORT));
  const block = topPage(page).getByTestId('performance');
  await block.getByTestId('performance-period').waitFor({ timeout: STEP_TIMEOUT });
  expect(await block.getByTestId('performance-period').textContent()).toBe(`统计期 ${figures.period.from} 至 ${figures.period.to}，共办结 ${figures.cases} 件`);
  expect(await block.getByTestId('performance-on-time').textContent()).toContain(`按时办结 ${figures.onTime} 件`);
  expect(await block.getByTestId('performance-bad').textContent()).toContain(`差评 ${figures.ratings.bad.total} 条，已整改 ${figures.ratings.bad.rectified} 条`);
});
