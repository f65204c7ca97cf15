/**
 * Tracking a case on the H5 build in Chromium against the mock server, as the citizens do it:
 * 喻先生 finds his passport application under 待缴费 in 我的办件, opens it, thinks better of
 * withdrawing (取消), then withdraws it and finds it under 已撤回; 田兴华 answers the clerk's
 * supplement request for his vehicle licence by reusing his e-certificate (the only one offered for
 * it); anyone asks 进度查询 with a number and a name and sees a masked answer,
 * the name never in the page's URL.
 */
import type { Page } from 'playwright-core';
import { personaSeed } from '../../mock/identity/personas';
import type { Application } from '../../src/shared/api/applications';
import type { CommandCentreCase } from '../../src/shared/api/cases';
import type { Certificate, SessionGrant } from '../../src/shared/api/identity';
import { Api, fileApplication } from '../support/api-client';
import { PAGE, ROUTES } from '../support/routes';
import { browserSuite, openPage, topPage, waitStationed } from './harness';

const suite = browserSuite();
const PASSPORT = '500000-010110001000';
const OVER_LIMIT = '500000-010410001000';

/** Signs the page in as a persona before it loads; the same session for API calls. */
async function signIn(page: Page, persona: 'yu' | 'tian'): Promise<Api> {
  const grant = await suite.server.api<SessionGrant>('/api/session/demo', { persona });
  await page.addInitScript((token) => localStorage.setItem('session.v1', JSON.stringify({ data: { v: 1, data: { token } } })), grant.token);
  return new Api(suite.server.url, grant.token);
}

async function dev<T>(path: string, body: unknown): Promise<T> {
  const res = await fetch(`${suite.server.url}/api${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (!res.ok) throw new Error(`POST ${path} → ${res.status}: ${await res.text()}`);
  return (await res.json()) as T;
}

it('我的办件 → 待缴费 → the case → 撤回: 取消 keeps it, 确认撤回 withdraws it into 已撤回', async () => {
  const { page, watch } = await suite.newPage('denied');
  const yu = await signIn(page, 'yu');
  const filed = await fileApplication(yu, PASSPORT, { key: 'browser-cases-1' });

  await openPage(page, ROUTES.applications);
  const list = topPage(page);
  const payment = list.getByTestId('case-tab-payment');
  await payment.filter({ hasText: '待缴费 1' }).waitFor();
  await payment.click();
  expect(await payment.getAttribute('aria-selected')).toBe('true');
  const row = list.getByTestId('application-row').filter({ hasText: filed.number });
  await row.waitFor();
  expect(await row.innerText()).toContain('受理后开始计时');
  await row.click();

  await waitStationed(page, PAGE.application);
  const casePage = topPage(page);
  await casePage.getByTestId('application-number').filter({ hasText: filed.number }).waitFor();
  await casePage.getByTestId('fee-notice').waitFor();
  await casePage.getByTestId('withdraw').click();
  const dialog = casePage.getByRole('alertdialog', { name: '撤回这件申请？' });
  await dialog.waitFor();
  await casePage.getByTestId('withdraw-cancel').click();
  await dialog.waitFor({ state: 'detached' });
  expect((await yu.get<Application>(`/applications/${filed.id}`)).body.status).toBe('received');

  await casePage.getByTestId('withdraw').click();
  await casePage.getByTestId('withdraw-confirm').click();
  await casePage.getByTestId('application-status').filter({ hasText: '已撤回' }).waitFor();
  expect((await yu.get<Application>(`/applications/${filed.id}`)).body.status).toBe('withdrawn');
  // nothing is owed on a withdrawn application (the server voids the notice): no 缴费 button any more
  await casePage.getByTestId('fee-status').filter({ hasText: '已过期（未缴费）' }).waitFor();
  expect(await casePage.getByTestId('fee-pay').count()).toBe(0);

  await page.goBack();
  await waitStationed(page, PAGE.applications);
  await topPage(page).getByTestId('case-tab-withdrawn').filter({ hasText: '已撤回 1' }).waitFor();
  expect(watch.pageErrors).toEqual([]);
});

it('answers a supplement by reusing an e-certificate; a certificate of the wrong kind is refused at the material', async () => {
  const tian = await new Api(suite.server.url).demo('tian');
  const filed = await fileApplication(tian, OVER_LIMIT);
  await dev('/dev/clock', { advanceMinutes: 60 * 4 });
  const accepted = await dev<CommandCentreCase>(`/dev/cases/${filed.id}/accept`, {});
  const licence = accepted.materials.find((m) => m.name.includes('行驶证'));
  if (!licence) throw new Error(`no 行驶证 among ${accepted.materials.map((m) => m.name).join('、')}`);
  await dev(`/dev/cases/${filed.id}/supplement`, { materialIds: [licence.materialId], reason: '行驶证照片不清晰，请重新提供' });

  const { page, watch } = await suite.newPage('denied');
  const me = await signIn(page, 'tian');
  const certificates = (await me.get<Certificate[]>('/me/certificates')).body;
  const vehicle = certificates.find((c) => c.kind === 'vehicle_licence')!;
  const idCard = certificates.find((c) => c.kind === 'id_card')!;

  await openPage(page, ROUTES.application(filed.id));
  const casePage = topPage(page);
  await casePage.getByTestId('deadline-words').filter({ hasText: '暂停计时' }).waitFor();
  await casePage.getByTestId('go-supplement').click();
  await waitStationed(page, PAGE.supplement);
  const form = topPage(page);
  expect(await form.getByTestId('supplement-reason').innerText()).toBe('行驶证照片不清晰，请重新提供');
  const material = form.getByTestId(`material-${licence.materialId}`);
  // exactly the asked material, nothing else
  expect(await form.locator('[data-testid^="material-"]').count()).toBe(1);

  // only the e-certificate the clerk's words name is offered: his ID card is not
  await material.getByTestId(`use-certificate-${vehicle.id}`).waitFor();
  expect(await material.getByTestId(`use-certificate-${idCard.id}`).count()).toBe(0);
  // nothing chosen yet: the server's words at the material, and the case still waits
  await form.getByTestId('supplement-submit').click();
  const error = material.getByTestId(`error-materials.${licence.materialId}`);
  await error.waitFor();
  expect(await error.innerText()).toBe('请提供要求补正的这份材料');
  expect((await me.get<Application>(`/applications/${filed.id}`)).body.status).toBe('supplement_requested');

  await material.getByTestId(`use-certificate-${vehicle.id}`).click();
  await form.getByTestId('supplement-submit').click();
  await waitStationed(page, PAGE.application);
  await topPage(page).getByTestId('supplement-answered').filter({ hasText: '已补正' }).waitFor();
  const after = (await me.get<Application>(`/applications/${filed.id}`)).body;
  expect(after.supplement?.answeredAt).toBeTruthy();
  expect(after.deadline.state).not.toBe('paused');
  expect(watch.pageErrors).toEqual([]);
});

it('进度查询 without signing in: messages at the fields, then a masked answer, the name never in the URL', async () => {
  const yu = await new Api(suite.server.url).demo('yu');
  const filed = await fileApplication(yu, PASSPORT, { key: 'browser-cases-progress' });
  const name = personaSeed('yu').name!;
  const { page, watch } = await suite.newPage('denied');
  const urls: string[] = [];
  page.on('framenavigated', (f) => urls.push(f.url()));

  await openPage(page, ROUTES.progress);
  const form = topPage(page);
  await form.getByTestId('progress-search').click();
  expect(await form.getByTestId('error-number').innerText()).toBe('请输入正确的办件编号（YKB开头，共17位）');
  expect(await form.getByTestId('error-name').innerText()).toBe('请输入申请人姓名或单位名称');

  await form.getByLabel('办件编号').fill(filed.number);
  await form.getByLabel('申请人姓名或单位名称').fill('某某某');
  await form.getByTestId('progress-search').click();
  await form.getByTestId('progress-error').filter({ hasText: '未查到该办件' }).waitFor();
  expect(await form.getByTestId('progress-result').count()).toBe(0);

  await form.getByLabel('申请人姓名或单位名称').fill(name);
  await form.getByTestId('progress-search').click();
  const result = form.getByTestId('progress-result');
  await result.waitFor();
  const text = await result.innerText();
  expect(text).toContain(filed.number);
  expect(text).toContain('已收件');
  expect(await form.getByTestId('progress-applicant').innerText()).toMatch(/^申请人 喻\*+$/);
  expect(text).not.toContain(name);
  for (const url of [...urls, page.url()]) {
    expect(decodeURIComponent(url)).not.toContain(name);
  }
  expect(watch.pageErrors).toEqual([]);
});
