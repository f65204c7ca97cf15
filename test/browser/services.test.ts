/**
 * Uploads, fees and appointments on the H5 build in Chromium against the mock server, as 喻先生:
 * a PDF chosen in the file chooser reaches 我的材料 in chunks; a file whose content is not what
 * its name says is refused in the server's words; a passport application's fee is paid at the
 * mock cashier and shows 已缴费 only once the server says so; a slot is booked at a hall that
 * handles 普通护照签发, its code shown as text and QR code, and cancelled.
 */
import type { Page } from 'playwright-core';
import type { Application, Upload } from '../../src/shared/api/applications';
import type { SessionGrant } from '../../src/shared/api/identity';
import { Api, fileApplication, pdfBytes, pngBytes } from '../support/api-client';
import { PAGE, ROUTES } from '../support/routes';
import { PENGSHUI_HALL } from '../fixtures/halls';
import { browserSuite, gcjToWgs, openPage, topPage, waitStationed } from './harness';

const suite = browserSuite();
const PASSPORT = '500000-010110001000'; // 普通护照签发: 120 元, one visit

/** 喻先生 signed in before the app starts, as startSession(token) stores it. */
async function signInAsYu(page: Page): Promise<Api> {
  const grant = await suite.server.api<SessionGrant>('/api/session/demo', { persona: 'yu' });
  await page.addInitScript((token) => localStorage.setItem('session.v1', JSON.stringify({ data: { v: 1, data: { token } } })), grant.token);
  return new Api(suite.server.url, grant.token);
}

async function chooseFile(page: Page, testId: string, file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await topPage(page).getByTestId(`${testId}-choose`).click();
  await (await chooser).setFiles(file);
}

it('uploads a PDF from the file chooser in chunks, with progress, and lists it in 我的材料', async () => {
  const { page, watch } = await suite.newPage('denied');
  const yu = await signInAsYu(page);
  const puts: string[] = [];
  page.on('request', (r) => {
    if (r.method() === 'PUT' && r.url().includes('/api/uploads/')) puts.push(r.headers()['content-range'] ?? '');
  });
  await openPage(page, ROUTES.materials);
  const top = topPage(page);
  await top.getByText('还没有材料').waitFor();

  const bytes = pdfBytes(300_000); // two chunks of 256 KB
  await chooseFile(page, 'materials-upload', { name: '营业执照.pdf', mimeType: 'application/pdf', buffer: bytes });
  await top.getByTestId('materials-upload-done').filter({ hasText: '已上传：营业执照.pdf' }).waitFor();
  expect(puts).toEqual([`bytes 0-262143/${bytes.length}`, `bytes 262144-${bytes.length - 1}/${bytes.length}`]);

  // the list loads again and shows the new material, as the server has it
  await top.getByTestId('material-row').filter({ hasText: '营业执照.pdf' }).filter({ hasText: '可使用' }).waitFor();
  const listed = (await yu.get<Upload[]>('/uploads')).body;
  expect(listed).toEqual([expect.objectContaining({ fileName: '营业执照.pdf', size: bytes.length, status: 'complete' })]);
  expect(watch.pageErrors).toEqual([]);
});

it('continues an upload cut off by a reload from the copy kept on the device, without asking for the file again', async () => {
  const { page } = await suite.newPage('denied');
  const yu = await signInAsYu(page);
  await openPage(page, ROUTES.materials);
  const bytes = pdfBytes(300_000); // two chunks
  // The second chunk never arrives: the network drops it.
  await page.route('**/api/uploads/*', (route) => (route.request().method() === 'PUT' && (route.request().headers()['content-range'] ?? '').startsWith('bytes 262144') ? route.abort('failed') : route.continue()));
  await chooseFile(page, 'materials-upload', { name: '户口簿.pdf', mimeType: 'application/pdf', buffer: bytes });
  await topPage(page).getByTestId('materials-upload-retry').waitFor();
  await page.unroute('**/api/uploads/*');

  const puts: string[] = [];
  page.on('request', (r) => {
    if (r.method() === 'PUT' && r.url().includes('/api/uploads/')) puts.push(r.headers()['content-range'] ?? '');
  });
  await page.reload();
  await waitStationed(page, PAGE.materials);
  const top = topPage(page);
  await top.getByText('上次未传完：户口簿.pdf（已上传 87%）').waitFor();
  expect(await top.getByTestId('materials-upload-choose').count()).toBe(0);
  await top.getByTestId('materials-upload-resume').click();
  await top.getByTestId('materials-upload-done').filter({ hasText: '已上传：户口簿.pdf' }).waitFor();
  expect(puts).toEqual([`bytes 262144-${bytes.length - 1}/${bytes.length}`]);
  expect((await yu.get<Upload[]>('/uploads')).body).toEqual([expect.objectContaining({ fileName: '户口簿.pdf', size: bytes.length, status: 'complete' })]);
  // the device copy is released once the server has the whole file
  const kept = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const open = indexedDB.open('yk-uploads', 1);
        open.onsuccess = () => {
          const count = open.result.transaction('files').objectStore('files').count();
          count.onsuccess = () => resolve(count.result);
        };
      }),
  );
  expect(kept).toBe(0);
});

it('refuses a PNG named .pdf with the server’s own words, and keeps it out of 我的材料', async () => {
  const { page, watch } = await suite.newPage('denied');
  const yu = await signInAsYu(page);
  await openPage(page, ROUTES.materials);
  // the server's last word on the upload: the answer to its only chunk
  const answer = page.waitForResponse((r) => r.request().method() === 'PUT' && r.url().includes('/api/uploads/'));
  await chooseFile(page, 'materials-upload', { name: '身份证.pdf', mimeType: 'application/pdf', buffer: pngBytes(40, 40) });
  const last = (await (await answer).json()) as Upload;
  expect(last).toMatchObject({ status: 'rejected', rejection: expect.stringContaining('PNG') });
  const error = topPage(page).getByTestId('materials-upload-error');
  await error.waitFor();
  expect(await error.innerText()).toContain(`身份证.pdf 未通过检查：${last.rejection}`);
  expect((await yu.get<Upload[]>('/uploads')).body).toEqual([]);
  expect(await topPage(page).getByTestId('material-row').count()).toBe(0);
  expect(watch.pageErrors).toEqual([]);
});

it('says what is wrong with a Word file before sending a byte', async () => {
  const { page } = await suite.newPage('denied');
  const yu = await signInAsYu(page);
  await openPage(page, ROUTES.materials);
  await chooseFile(page, 'materials-upload', { name: '申请书.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: Buffer.from('PK') });
  await topPage(page).getByTestId('materials-upload-error').filter({ hasText: '不支持此文件类型，请选择JPG、PNG 图片或 PDF 文件' }).waitFor();
  expect((await yu.get<Upload[]>('/uploads')).body).toEqual([]);
});

/** A passport application of 喻先生's, filed through the API as the apply flow would file it. */
const passportApplication = (yu: Api): Promise<Application> => fileApplication(yu, PASSPORT, { key: 'browser-passport-1' });

it('pays a passport fee at the mock cashier: one payment, and 已缴费 only once the server says paid', async () => {
  const { page, watch } = await suite.newPage('denied');
  const yu = await signInAsYu(page);
  const application = await passportApplication(yu);
  expect(application.fee).toMatchObject({ status: 'unpaid', totalFen: 12000 });
  const payments: string[] = [];
  page.on('request', (r) => {
    if (r.method() === 'POST' && /\/api\/applications\/[^/]+\/payments$/.test(r.url())) payments.push(r.headers()['idempotency-key'] ?? '');
  });

  await openPage(page, ROUTES.application(application.id));
  const card = topPage(page).getByTestId('fee-notice');
  await card.waitFor();
  expect(await card.getByTestId('fee-code').innerText()).toBe(application.fee!.code);
  expect(await card.getByTestId('fee-total').innerText()).toBe('120.00 元');
  expect(await card.getByTestId('fee-status').innerText()).toBe('未缴费');
  // a double tap: the second is ignored while the first is in flight
  await card.getByTestId('fee-pay').dblclick();

  await waitStationed(page, PAGE.cashier);
  const cashier = topPage(page);
  await cashier.getByTestId('cashier-demo').waitFor();
  expect(await cashier.getByTestId('cashier-amount').innerText()).toBe('¥120.00');
  await cashier.getByText(application.itemName).first().waitFor();
  await cashier.getByTestId('cashier-pay').click();

  await waitStationed(page, PAGE.application);
  await topPage(page).getByTestId('fee-status').filter({ hasText: '已缴费' }).waitFor();
  expect(payments).toHaveLength(1);
  const after = (await yu.get<Application>(`/applications/${application.id}`)).body;
  expect(after.fee?.status).toBe('paid');
  expect(watch.pageErrors).toEqual([]);
});

it('a failed payment at the cashier leaves the fee unpaid, and paying again is a new payment that succeeds', async () => {
  const { page } = await suite.newPage('denied');
  const yu = await signInAsYu(page);
  const application = await passportApplication(yu);
  const keys: string[] = [];
  page.on('request', (r) => {
    if (r.method() === 'POST' && /\/api\/applications\/[^/]+\/payments$/.test(r.url())) keys.push(r.headers()['idempotency-key'] ?? '');
  });
  await openPage(page, ROUTES.application(application.id));
  await topPage(page).getByTestId('fee-pay').click();
  await waitStationed(page, PAGE.cashier);
  await topPage(page).getByTestId('cashier-fail').click();
  await waitStationed(page, PAGE.application);
  await topPage(page).getByText('支付未成功，没有扣款。您可以重新缴费。').waitFor();
  expect(await topPage(page).getByTestId('fee-status').innerText()).toBe('未缴费');

  await topPage(page).getByTestId('fee-pay').click();
  await waitStationed(page, PAGE.cashier);
  await topPage(page).getByTestId('cashier-pay').click();
  await waitStationed(page, PAGE.application);
  await topPage(page).getByTestId('fee-status').filter({ hasText: '已缴费' }).waitFor();
  expect(keys).toHaveLength(2);
  expect(keys[0]).not.toBe(keys[1]);
  expect((await yu.get<Application>(`/applications/${application.id}`)).body.fee?.status).toBe('paid');
});

it('books a slot for 普通护照签发 at the nearest handling hall, shows the code as text and QR code, and cancels it', async () => {
  const { page, watch } = await suite.newPage({ granted: gcjToWgs(PENGSHUI_HALL) });
  const yu = await signInAsYu(page);
  await openPage(page, ROUTES.book(PASSPORT));
  const top = topPage(page);
  await top.getByTestId('booking-item').filter({ hasText: '普通护照签发' }).waitFor();
  await top.getByText('使用我的位置').click();
  const halls = top.getByTestId('booking-hall');
  await halls.first().waitFor();
  const hallName = (await halls.first().locator('.yk-booking__option-title').innerText()).trim();
  await halls.first().click();

  const dates = top.getByTestId('booking-date');
  await dates.first().waitFor();
  await dates.first().click();
  const slots = top.getByTestId('booking-slot');
  await slots.first().waitFor();
  // every slot offered has room left
  for (const text of await slots.allInnerTexts()) expect(text).toMatch(/余 [1-9]\d*）$/);
  await slots.first().click();
  await top.getByTestId('booking-submit').dblclick();

  await waitStationed(page, PAGE.appointment);
  const detail = topPage(page).getByTestId('appointment');
  await detail.waitFor();
  const [booked] = (await yu.get<Array<{ id: string; code: string; hallName: string; status: string }>>('/appointments')).body;
  expect(booked).toMatchObject({ hallName, status: 'booked' });
  expect(await detail.getByTestId('appointment-code').innerText()).toBe(booked.code);
  const qr = detail.getByRole('img', { name: `预约码二维码：${booked.code}` });
  await qr.waitFor();
  expect(await qr.locator(':scope > *').count()).toBeGreaterThanOrEqual(21);
  expect(await detail.innerText()).toContain(hallName);

  await detail.getByTestId('appointment-cancel').click();
  await page.locator('.taro-modal__foot').getByText('取消预约', { exact: true }).click();
  await detail.getByTestId('appointment-status').filter({ hasText: '已取消' }).waitFor();
  expect((await yu.get<Array<{ status: string }>>('/appointments')).body).toEqual([expect.objectContaining({ status: 'cancelled' })]);
  expect(watch.pageErrors).toEqual([]);
});

it('reaches 我的材料 and 我的预约 from 我的', async () => {
  const { page, watch } = await suite.newPage('denied');
  await signInAsYu(page);
  await openPage(page, ROUTES.me);
  await topPage(page).getByTestId('me-materials').click();
  await waitStationed(page, ROUTES.materials);
  await topPage(page).getByText('还没有材料').waitFor();
  await page.goBack();
  await waitStationed(page, ROUTES.me);
  await topPage(page).getByTestId('me-appointments').click();
  await waitStationed(page, ROUTES.appointments);
  await topPage(page).getByText('还没有预约').waitFor();
  expect(watch.pageErrors).toEqual([]);
});
