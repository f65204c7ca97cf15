/**
 * 在线办理 on the H5 build in Chromium against the mock server, as 喻先生 does it in the article:
 * from the guide of 企业设立登记（区县级） in 九龙坡区, signed out → sign-in → a draft → the task
 * list → the form (his name and ID prefilled, read-only, masked) → materials (居民身份证 met by his
 * e-certificate) → express to his address → a reload mid-form that resumes at the same task with
 * everything typed → a quick double click on submit that files exactly ONE application.
 */
import type { Locator, Page as BrowserPage } from 'playwright-core';
type Page = BrowserPage;
import { personaSeed } from '../../mock/identity/personas';
import { maskIdNumber, maskName } from '../../src/shared/identity/mask';
import type { ApplicationSummary, Draft } from '../../src/shared/api/applications';
import type { Page as ApiPage } from '../../src/shared/api/page';
import type { ItemListResponse } from '../../src/shared/api/catalog';
import { FROZEN_NOW } from '../support/mock-server';
import { PAGE, ROUTES } from '../support/routes';
import { browserSuite, openPage, topPage, waitStationed } from './harness';
import { h5Url } from '../support/routes';

const suite = browserSuite();
/** A small but real PDF: the server checks uploads by their content. */
const SAMPLE_PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
const yu = personaSeed('yu');

async function districtCompanyRegistration(): Promise<string> {
  const list = await suite.server.api<ItemListResponse>(`/api/items?q=${encodeURIComponent('企业设立登记')}&division=500107&limit=20`);
  const item = list.items.find((i) => i.name === '企业设立登记（区县级）' && i.divisionName === '九龙坡区');
  if (!item) throw new Error('企业设立登记（区县级） in 九龙坡区 not in the catalog');
  return item.id;
}

/** GET an API path on the server with the session the page signed in with (read from its storage). */
async function asCitizen<T>(page: Page, path: string): Promise<T> {
  const token = await page.evaluate(() => {
    const raw = window.localStorage.getItem('session.v1');
    // Taro H5 wraps each stored value as { data }, the app's storage as { v, data }
    return raw ? (JSON.parse(raw) as { data: { data: { token: string } } }).data.data.token : null;
  });
  const res = await fetch(`${suite.server.url}${path}`, { headers: { Authorization: `Bearer ${token}` } });
  if (!res.ok) throw new Error(`GET ${path} → ${res.status}`);
  return (await res.json()) as T;
}

/** Opens a Taro picker and confirms what it offers first (H5: a slide-up sheet with 确定). */
async function chooseInPicker(page: Page, trigger: Locator): Promise<void> {
  await trigger.click();
  const ok = page.getByText('确定', { exact: true }).filter({ visible: true });
  await ok.click();
  await ok.waitFor({ state: 'hidden' });
}

const field = (scope: Locator, path: string) => scope.getByTestId(`field-${path}`);
const input = (scope: Locator, path: string) => scope.getByTestId(`field-${path}`).locator('input, textarea').first();

/** Fills a text input the way a citizen does, then leaves it (the field's message shows on leaving). */
async function type(scope: Locator, path: string, value: string): Promise<void> {
  const box = input(scope, path);
  await box.fill(value);
  await box.blur();
}

async function openTask(page: Page, task: string, route: string): Promise<Locator> {
  await topPage(page).getByTestId(`task-${task}`).getByRole('link').click();
  await waitStationed(page, route);
  return topPage(page);
}

/** From the guide through sign-in to a new draft's task list; the draft's id. */
async function startApplication(page: Page, itemId: string): Promise<string> {
  await openPage(page, ROUTES.guide(itemId));
  const guide = topPage(page);
  await guide.getByTestId('situation').first().click();
  await guide.getByTestId('apply-online-button').click();
  // signed out: the sign-in page opens on top of 在线办理, and goes back there afterwards
  await waitStationed(page, PAGE.signIn);
  await topPage(page).getByTestId('persona-yu').click();
  await waitStationed(page, PAGE.applyTasks);
  await topPage(page).getByTestId('task-list').waitFor();
  const id = new URL(page.url().replace('#', '')).searchParams.get('id');
  if (!id) throw new Error(`no draft id in ${page.url()}`);
  return id;
}

it('喻先生 applies for 企业设立登记（区县级） in 九龙坡区: prefilled identity, certificate, express, a reload mid-form, a double click, ONE application', async () => {
  const { page, watch } = await suite.newPage('denied');
  await page.clock.setFixedTime(FROZEN_NOW);
  const itemId = await districtCompanyRegistration();
  const draftId = await startApplication(page, itemId);
  expect(await topPage(page).getByTestId('task-status-situation').innerText()).toBe('已完成');

  // 申请表: his name and ID number prefilled from the real-name profile, masked and read-only
  const form = await openTask(page, 'form', PAGE.applyForm);
  await form.getByTestId('form-editor').waitFor();
  expect(await form.getByTestId('locked-applicant.name').innerText()).toContain(maskName(yu.name!));
  expect(await form.getByTestId('locked-applicant.idNumber').innerText()).toContain(maskIdNumber(yu.idNumber!));
  expect(await form.getByTestId('locked-applicant.idNumber').innerText()).toContain('已核验');
  expect(await field(form, 'applicant.idNumber').locator('input').count()).toBe(0);
  expect(await form.innerText()).not.toContain(yu.idNumber!);

  // an instant message at the field as he leaves it, the same words the server would answer
  await form.getByTestId('add-shareholders').click();
  await form.getByTestId('option-shareholders.0.idType-id_card').click();
  await type(form, 'shareholders.0.idNumber', `${yu.idNumber!.slice(0, 17)}${yu.idNumber!.endsWith('1') ? '2' : '1'}`);
  await form.getByTestId('error-shareholders.0.idNumber').getByText('身份证号码校验位不正确，请逐位核对').waitFor();
  await type(form, 'shareholders.0.idNumber', yu.idNumber!);
  await form.getByTestId('error-shareholders.0.idNumber').waitFor({ state: 'detached' });

  await type(form, 'company.name', '重庆渝新商贸有限公司');
  await form.getByTestId('option-company.companyType-llc').click();
  await type(form, 'company.registeredCapital', '100');
  await form.getByTestId('option-company.operatingTerm-long_term').click();
  await type(form, 'scope.businessScope', '日用百货、五金交电、电子产品的销售');

  // RELOAD mid-form: back at the same task with every input as it was
  await topPage(page).getByTestId('sync-status').getByText('已保存', { exact: true }).waitFor();
  await page.reload();
  await waitStationed(page, PAGE.applyForm);
  const again = topPage(page);
  await again.getByTestId('form-editor').waitFor();
  expect(await input(again, 'company.name').inputValue()).toBe('重庆渝新商贸有限公司');
  expect(await input(again, 'company.registeredCapital').inputValue()).toBe('100');
  expect(await input(again, 'shareholders.0.idNumber').inputValue()).toBe(yu.idNumber!);
  expect(await again.getByTestId('option-company.companyType-llc').getAttribute('aria-checked')).toBe('true');

  // the rest of the form
  await again.getByTestId('input-domicile.division-option').filter({ hasText: '九龙坡区' }).click();
  await again.getByTestId('input-domicile.division-option').first().click();
  await again.getByTestId('input-domicile.division-option').first().click();
  await again.getByTestId('input-domicile.division-chosen').waitFor();
  await type(again, 'domicile.detail', '杨家坪正街8号3楼');
  await type(again, 'shareholders.0.name', '喻新');
  await type(again, 'shareholders.0.subscribed', '100');
  // six ways to contribute: the platform's picker; its first, 货币, is what he chooses
  await chooseInPicker(page, again.getByTestId('input-shareholders.0.method'));
  // the deadline: today, the picker's first offer
  await chooseInPicker(page, again.getByTestId('input-shareholders.0.deadline'));
  await again.getByTestId('option-legalRepresentative.position-director').click();
  await again.getByTestId('sync-status').getByText('已保存', { exact: true }).waitFor();
  await again.getByTestId('task-done').click();
  await waitStationed(page, PAGE.applyTasks);

  // a submit with materials still missing: 422 → the error summary, a link to each, and nothing lost
  await page.goto(h5Url(ROUTES.applyReview(draftId)));
  await waitStationed(page, PAGE.applyReview);
  await topPage(page).getByTestId('answers').waitFor();
  await topPage(page).getByTestId('submit').click();
  const summary = topPage(page).getByTestId('error-summary');
  await summary.waitFor();
  expect(await summary.innerText()).toMatch(/有 \d+ 处需要修改/);
  expect(await summary.innerText()).toContain('请提供这项材料');
  expect(await asCitizen<ApiPage<ApplicationSummary>>(page, '/api/applications')).toMatchObject({ items: [] });
  const kept = await asCitizen<Draft>(page, `/api/drafts/${draftId}`);
  expect((kept.values.company as Record<string, string>).name).toBe('重庆渝新商贸有限公司');
  // the summary's link opens the task, where the same message stands at the material
  await summary.getByRole('link').filter({ hasText: '请提供这项材料' }).first().click();
  await waitStationed(page, PAGE.applyMaterials);
  const materials = topPage(page);
  await materials.getByText('请提供这项材料').first().waitFor();

  // 材料: 居民身份证 met by his e-certificate, nothing to upload
  await materials.getByText('已自动获取：居民身份证（电子证照）').waitFor();
  const { checklist } = await asCitizen<Draft>(page, `/api/drafts/${draftId}`);
  for (const m of checklist.filter((x) => !x.certificate && x.requirement !== 'optional')) {
    const row = materials.getByTestId(`material-${m.materialId}`);
    if (m.requirement === 'deferrable') {
      await row.getByTestId(`defer-${m.materialId}`).click();
      await row.getByText('已选择后补').waitFor();
      continue;
    }
    const chooser = page.waitForEvent('filechooser');
    await row.getByTestId(`upload-button-${m.materialId}-choose`).click();
    await (await chooser).setFiles({ name: `${m.name}.pdf`, mimeType: 'application/pdf', buffer: SAMPLE_PDF });
    await row.getByTestId(`upload-button-${m.materialId}-done`).waitFor();
  }
  await materials.getByTestId('sync-status').getByText('已保存', { exact: true }).waitFor();
  await materials.getByTestId('task-done').click();
  await waitStationed(page, PAGE.applyTasks);

  // 领取方式: express to his address
  const delivery = await openTask(page, 'delivery', PAGE.applyDelivery);
  await delivery.getByTestId('delivery-express').click();
  await delivery.getByTestId('address-option').first().click();
  await delivery.getByTestId('sync-status').getByText('已保存', { exact: true }).waitFor();
  await delivery.getByTestId('task-done').click();
  await waitStationed(page, PAGE.applyTasks);

  // 申请人: himself
  const applicant = await openTask(page, 'applicant', PAGE.applyApplicant);
  await applicant.getByTestId('applicant-self').click();
  await applicant.getByTestId('task-done').click();
  await waitStationed(page, PAGE.applyTasks);
  await topPage(page).getByTestId('sync-status').getByText('已保存', { exact: true }).waitFor();
  const statuses = await topPage(page).getByTestId('task-list').innerText();
  expect(statuses.match(/已完成/g)).toHaveLength(5);

  // 核对并提交: a quick double click files ONE application
  const review = await openTask(page, 'review', PAGE.applyReview);
  await review.getByTestId('answers').waitFor();
  expect(await review.getByTestId('answers').innerText()).toContain('已自动获取：居民身份证（电子证照）');
  await review.getByTestId('submit').dblclick();
  await waitStationed(page, PAGE.applyDone);
  const number = (await topPage(page).getByTestId('application-number').innerText()).trim();
  expect(number).toMatch(/^YKB\d+/);

  const apps = await asCitizen<ApiPage<ApplicationSummary>>(page, '/api/applications');
  expect(apps.items.filter((a) => a.itemId === itemId)).toHaveLength(1);
  expect(apps.items[0].number).toBe(number);

  await topPage(page).getByTestId('open-application').click();
  await waitStationed(page, PAGE.application);
  expect(await topPage(page).getByTestId('application-number').innerText()).toBe(number);
  // and from 我的 → 我的办件, the way back to it later
  await openPage(page, ROUTES.me);
  await topPage(page).getByTestId('my-applications').click();
  await waitStationed(page, PAGE.applications);
  expect(await topPage(page).getByTestId('application-row').innerText()).toContain(number);
  // the draft is gone from the device once filed
  const keys = await page.evaluate(() => Object.keys(window.localStorage));
  expect(keys.filter((k) => k.includes(draftId))).toEqual([]);
  expect(watch.pageErrors).toEqual([]);
});
