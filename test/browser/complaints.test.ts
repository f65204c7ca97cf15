/**
 * 投诉 on the H5 build in Chromium against the mock server. 喻先生 complains from his case page
 * that his passport is late: the form says at each field what is missing, then the complaint goes
 * to 12345, which accepts it and assigns it to the department; the department's reply arrives on
 * the clock as a message that opens the complaint; he is not satisfied and says why, the
 * department handles it again, and he is satisfied with the second reply. 我的投诉 and the case
 * page show where it is at each point.
 */
import type { Page } from 'playwright-core';
import type { Complaint } from '../../src/shared/api/complaints';
import type { PersonaId, SessionGrant } from '../../src/shared/api/identity';
import { Api, fileApplication } from '../support/api-client';
import { ROUTES } from '../support/routes';
import { browserSuite, openPage, STEP_TIMEOUT, topPage, waitStationed } from './harness';

const suite = browserSuite();
const PASSPORT = '500000-010110001000';

async function signIn(page: Page, persona: PersonaId): Promise<Api> {
  const grant = await suite.server.api<SessionGrant>('/api/session/demo', { persona });
  await page.addInitScript((token) => {
    if (!localStorage.getItem('session.v1')) localStorage.setItem('session.v1', JSON.stringify({ data: { v: 1, data: { token } } }));
  }, grant.token);
  return new Api(suite.server.url, grant.token);
}

/**
 * Moves the world clock a working day at a time until the department has answered (its reply day
 * is seeded: 1–4 working days), then signs the citizen in again (the idle session ended) and
 * reloads the page. Stepping, not one jump: a reply not answered in 3 working days closes.
 */
async function untilReplied(page: Page, persona: PersonaId, complaintId: string): Promise<Api> {
  for (let day = 0; day < 8; day++) {
    await suite.server.api('/api/dev/clock', { advanceMinutes: 24 * 60 });
    const grant = await suite.server.api<SessionGrant>('/api/session/demo', { persona });
    const api = new Api(suite.server.url, grant.token);
    if ((await api.get<Complaint>(`/complaints/${complaintId}`)).body.state === 'replied') {
      await page.evaluate((token) => localStorage.setItem('session.v1', JSON.stringify({ data: { v: 1, data: { token } } })), grant.token);
      await page.reload();
      return api;
    }
  }
  throw new Error('no reply within 8 days');
}

it('喻先生 complains from his case page, follows it to a reply, is not satisfied, and is satisfied after it is handled again', async () => {
  const { page, watch } = await suite.newPage('denied');
  let yu = await signIn(page, 'yu');
  const filed = await fileApplication(yu, PASSPORT, { key: 'browser-complaint-1' });

  await openPage(page, ROUTES.application(filed.id));
  await topPage(page).getByTestId('case-complain').click();
  await waitStationed(page, ROUTES.complain(''));
  const form = topPage(page);
  await form.getByTestId('complaint-case').filter({ hasText: filed.number }).waitFor();
  await form.getByTestId('complaint-submit').click();
  expect(await form.getByTestId('error-category').textContent()).toBe('请选择投诉类型');
  expect(await form.getByTestId('error-description').textContent()).toBe('请写明投诉的具体情况（10–500字）');
  await form.getByRole('radio', { name: '超期未办结' }).click();
  await form.getByRole('textbox', { name: '投诉的具体情况' }).fill('网上提交后一直显示已收件，窗口说材料还没转过来，请尽快办理');
  await form.getByTestId('complaint-submit').click();

  await waitStationed(page, ROUTES.complaint(''));
  let view = topPage(page);
  await view.getByTestId('complaint-state').filter({ hasText: '待受理' }).waitFor({ timeout: STEP_TIMEOUT });
  const [complaint] = (await yu.get<Complaint[]>('/complaints')).body;
  expect(complaint).toMatchObject({ applicationId: filed.id, category: 'overdue', state: 'submitted' });
  // one complaint, however the page was reached
  expect((await yu.get<Complaint[]>('/complaints')).body).toHaveLength(1);

  // the department answers within its working days: the message opens the complaint
  yu = await untilReplied(page, 'yu', complaint.id);
  await openPage(page, ROUTES.messages);
  const message = topPage(page).getByTestId('message-row').filter({ hasText: '投诉已答复' });
  await message.waitFor({ timeout: STEP_TIMEOUT });
  await message.click();
  await waitStationed(page, ROUTES.complaint(''));
  expect(page.url()).toContain(`id=${complaint.id}`);
  view = topPage(page);
  await view.getByTestId('complaint-state').filter({ hasText: '已答复，待您评价' }).waitFor({ timeout: STEP_TIMEOUT });
  expect(await view.getByTestId('complaint-step').allTextContents()).toEqual([
    expect.stringContaining('提交（已完成）'),
    expect.stringContaining('受理（已完成）'),
    expect.stringContaining('转办（已完成）'),
    expect.stringContaining('办理（已完成）'),
    expect.stringContaining('回访（进行中）'),
  ]);
  await view.getByTestId('complaint-reply').first().waitFor();

  // not satisfied: a reason is needed, then it is handled again
  await view.getByTestId('feedback-dissatisfied').click();
  await view.getByTestId('feedback-send').click();
  expect(await view.getByTestId('error-reason').textContent()).toBe('请写明不满意的原因（5–200字）');
  await view.getByRole('textbox', { name: '不满意的原因' }).fill('只说了原因，没有说什么时候能办好');
  await view.getByTestId('feedback-send').click();
  await view.getByTestId('complaint-state').filter({ hasText: '重新办理中' }).waitFor({ timeout: STEP_TIMEOUT });

  // the case page says where the complaint is
  await openPage(page, ROUTES.application(filed.id));
  await topPage(page).getByTestId('case-complaint-state').filter({ hasText: '重新办理中' }).waitFor({ timeout: STEP_TIMEOUT });
  expect(await topPage(page).getByTestId('case-complain').count()).toBe(0);

  yu = await untilReplied(page, 'yu', complaint.id);
  await openPage(page, ROUTES.me);
  await topPage(page).getByTestId('me-complaints').click();
  await waitStationed(page, ROUTES.complaints);
  const row = topPage(page).getByTestId('complaint-row').filter({ hasText: complaint.number });
  await row.getByTestId('complaint-row-state').filter({ hasText: '已答复，待您评价，请查看答复' }).waitFor({ timeout: STEP_TIMEOUT });
  await row.click();
  await waitStationed(page, ROUTES.complaint(''));
  view = topPage(page);
  expect(await view.getByTestId('complaint-reply').count()).toBe(2);
  await view.getByTestId('feedback-satisfied').click();
  await view.getByTestId('complaint-state').filter({ hasText: '已办结：您对办理结果表示满意' }).waitFor({ timeout: STEP_TIMEOUT });

  await page.goBack();
  await waitStationed(page, ROUTES.complaints);
  await topPage(page).getByTestId('complaint-row-state').filter({ hasText: '您对办理结果表示满意' }).waitFor({ timeout: STEP_TIMEOUT });
  expect(watch.pageErrors).toEqual([]);
});

it('a case with a complaint being handled offers where it is instead of a second form', async () => {
  const { page, watch } = await suite.newPage('denied');
  const yu = await signIn(page, 'yu');
  const filed = await fileApplication(yu, PASSPORT, { key: 'browser-complaint-2' });
  const first = await yu.post<Complaint>('/complaints', { applicationId: filed.id, category: 'fees', description: '窗口要求另交20元复印费，指南里没有这项收费' }, 'browser-complaint-2-c');
  expect(first.status).toBe(201);

  await openPage(page, ROUTES.complain(filed.id));
  const open = topPage(page).getByTestId('complaint-open');
  await open.filter({ hasText: '这件办件已有投诉正在办理（待受理）' }).waitFor();
  expect(await topPage(page).getByTestId('complaint-form').count()).toBe(0);
  await open.getByTestId('complaint-open-link').click();
  await waitStationed(page, ROUTES.complaint(first.body.id));
  await topPage(page).getByTestId('complaint').getByText('投诉类型：违规收费').waitFor();
  expect(watch.pageErrors).toEqual([]);
});
