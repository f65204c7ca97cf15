/**
 * The slices together over HTTP: 喻先生 files a real application for 普通护照签发 (drafts →
 * submit), which carries its fee notice; he pays it through the signed parameters and the
 * notification settles it, visible on GET /applications/:id; he books a visit linked to that
 * application. A filed 企业设立登记 reserves its company name against other citizens.
 */
import type { Application, Appointment, Draft, Payment } from '../../../src/shared/api/applications';
import { refundFee } from '../../../mock/payments';
import type { MockServer } from '../../support/mock-server';
import { startMockServer } from '../../support/mock-server';
import { Api, answerChecklist, fillForm, pdfBytes } from '../../support/api-client';
import type { ErrorBody } from '../../support/api-client';

const PASSPORT = '500000-010110001000';
const COMPANY = '500107-'; // 企业设立登记（区县级） in 九龙坡区, found by name

let server: MockServer;
let anon: Api;
let companyItemId = '';

beforeAll(async () => {
  server = await startMockServer();
  anon = new Api(server.url);
  const found = await anon.get<{ items: Array<{ id: string; name: string }> }>(`/items?q=${encodeURIComponent('企业设立登记')}&division=500107`);
  companyItemId = found.body.items.find((i) => i.name === '企业设立登记（区县级）')?.id ?? '';
});
beforeEach(() => server.world.reset());
afterAll(async () => {
  expect(server.logged).toEqual([]);
  await server.close();
});

/** Drafts, answers every task and submits: the filed application. */
async function file(api: Api, itemId: string, values?: (draft: Draft) => Draft['values']): Promise<Application> {
  const created = await api.post<Draft>('/drafts', { itemId, situationId: 's1' });
  expect(created.status).toBe(201);
  const draft = created.body;
  const pdf = await api.upload('材料.pdf', 'application/pdf', pdfBytes(3000));
  const materials = answerChecklist(draft, pdf.id);
  const saved = await api.put<Draft>(
    `/drafts/${draft.id}`,
    {
      situationId: 's1',
      applicant: { kind: 'self' },
      values: values ? values(draft) : fillForm(draft.form, '2026-12-02', pdf.id),
      materials,
      delivery: { method: 'express', addressId: 'addr_yu_home' },
      currentTask: 'review',
    },
    { 'If-Match': String(draft.version) },
  );
  if (saved.status !== 200) throw new Error(JSON.stringify(saved.body));
  const submitted = await api.post<Application>('/applications', { draftId: draft.id }, { 'Idempotency-Key': `submit-${draft.id}` });
  if (submitted.status !== 201) throw new Error(JSON.stringify(submitted.body));
  return submitted.body;
}

it('a passport application carries its notice; paying it is settled by the notification and shows on the application', async () => {
  const yu = await anon.demo('yu');
  const application = await file(yu, PASSPORT);
  expect(application.fee).toMatchObject({ totalFen: 12000, status: 'unpaid', deadline: '2026-12-09' });
  expect(application.fee?.code).toMatch(/^\d{20}$/);

  const payment = await yu.post<Payment>(`/applications/${application.id}/payments`, undefined, { 'Idempotency-Key': 'pay-passport-0001' });
  expect(payment.status).toBe(200);
  expect((await yu.get<Application>(`/applications/${application.id}`)).body.fee?.status).toBe('paying');
  expect((await anon.post<Payment>(`/dev/payments/${payment.body.id}/notify`, { result: 'success' })).body.status).toBe('paid');
  const after = await yu.get<Application>(`/applications/${application.id}`);
  expect(after.body.fee).toMatchObject({ status: 'paid', paidAt: server.world.clock.now().toISOString(), code: application.fee?.code });

  // a refusal refunds it
  refundFee(server.world, application.id, '不予许可');
  expect((await yu.get<Application>(`/applications/${application.id}`)).body.fee?.status).toBe('refunded');

  // another citizen cannot pay (or see) it
  const tian = await anon.demo('tian');
  expect((await tian.post(`/applications/${application.id}/payments`, undefined, { 'Idempotency-Key': 'pay-passport-0002' })).status).toBe(404);
});

it('a booking may name the citizen’s own application of the same item, not another’s', async () => {
  const yu = await anon.demo('yu');
  const application = await file(yu, PASSPORT);
  const booked = await yu.post<Appointment>(
    '/appointments',
    { hallId: '500107', itemId: PASSPORT, date: '2026-12-03', start: '14:00', applicationId: application.id },
    { 'Idempotency-Key': 'book-passport-01' },
  );
  expect(booked.status).toBe(200);
  const tian = await anon.demo('tian');
  const theirs = await tian.post<ErrorBody>(
    '/appointments',
    { hallId: '500107', itemId: PASSPORT, date: '2026-12-03', start: '14:00', applicationId: application.id },
    { 'Idempotency-Key': 'book-passport-02' },
  );
  expect(theirs.status).toBe(422);
  expect(theirs.body.error.fields).toHaveProperty('applicationId');
  const otherItem = await yu.post<ErrorBody>(
    '/appointments',
    { hallId: '500107', itemId: '500000-200110001000', date: '2026-12-03', start: '14:00', applicationId: application.id },
    { 'Idempotency-Key': 'book-passport-03' },
  );
  expect(otherItem.status).toBe(422);
  expect(otherItem.body.error.fields).toHaveProperty('applicationId');
});

it('a filed 企业设立登记 reserves its company name against other citizens; a free application is 422 to pay', async () => {
  expect(companyItemId.startsWith(COMPANY)).toBe(true);
  const yu = await anon.demo('yu');
  const application = await file(yu, companyItemId, (draft) => {
    const values = fillForm(draft.form, '2026-12-02', 'unused');
    const company = values.company;
    if (company && !Array.isArray(company)) company.name = '重庆市九龙坡区嘉陵商贸有限公司';
    return values;
  });
  expect(application.fee).toBeUndefined();
  const pay = await yu.post<ErrorBody>(`/applications/${application.id}/payments`, undefined, { 'Idempotency-Key': 'pay-company-0001' });
  expect(pay.status).toBe(422);
  expect(pay.body.error.fields?.id).toBe('该办件无需缴费');
  const tian = await anon.demo('tian');
  const check = await tian.post<{ available: boolean; problems: string[] }>('/company-names/check', { name: '重庆嘉陵商贸有限公司', divisionCode: '500107' });
  expect(check.body.available).toBe(false);
  expect(check.body.problems[0]).toMatch(/正在申请/);
  expect((await yu.post<{ available: boolean }>('/company-names/check', { name: '重庆嘉陵商贸有限公司', divisionCode: '500107' })).body.available).toBe(true);
});
