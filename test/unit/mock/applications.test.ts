/**
 * Applying online over real HTTP: 喻先生 drafts 企业设立登记（区县级） in 九龙坡区, saves with If-Match,
 * sees 居民身份证 met by his A-level e-certificate, chooses express to his address and submits once
 * per Idempotency-Key (a replay answers the same body; twenty concurrent submits make one
 * application); stale and missing If-Match; two personas never see each other's records; no list
 * carries an unmasked ID or phone.
 */
import type { Application, ApplicationSummary, Draft, DraftConflictBody, DraftSummary, Upload } from '../../../src/shared/api/applications';
import type { DataUseRecord } from '../../../src/shared/api/identity';
import type { ItemListResponse } from '../../../src/shared/api/catalog';
import type { Page } from '../../../src/shared/api/page';
import type { MockServer } from '../../support/mock-server';
import { startMockServer } from '../../support/mock-server';
import type { ErrorBody } from '../../support/api-client';
import { Api, FULL_ID, FULL_PHONE, answerChecklist, fillForm, pdfBytes } from '../../support/api-client';

let server: MockServer;
let anon: Api;
let companyItemId = '';
beforeAll(async () => {
  server = await startMockServer();
  anon = new Api(server.url);
  const found = await anon.get<ItemListResponse>(`/items?q=${encodeURIComponent('企业设立登记')}&division=500107`);
  companyItemId = found.body.items.find((i) => i.name === '企业设立登记（区县级）')?.id ?? '';
});
beforeEach(() => server.world.reset());
afterAll(async () => {
  expect(server.logged).toEqual([]);
  await server.close();
});


/** A draft of 企业设立登记 for 喻先生, every task answered: ready to submit. */
async function readyDraft(yu: Api, today = '2026-12-02'): Promise<Draft> {
  const created = await yu.post<Draft>('/drafts', { itemId: companyItemId, situationId: 's1' });
  expect(created.status).toBe(201);
  const pdf: Upload = await yu.upload('公司章程.pdf', 'application/pdf', pdfBytes(3000));
  expect(pdf.status).toBe('complete');
  const draft = created.body;
  const materials = answerChecklist(draft, pdf.id);
  const saved = await yu.put<Draft>(
    `/drafts/${draft.id}`,
    {
      situationId: 's1',
      applicant: { kind: 'self' },
      values: fillForm(draft.form, today, pdf.id),
      materials,
      delivery: { method: 'express', addressId: 'addr_yu_home' },
      currentTask: 'review',
    },
    { 'If-Match': String(draft.version) },
  );
  if (saved.status !== 200) throw new Error(JSON.stringify(saved.body));
  return saved.body;
}

describe('the happy path of 喻先生', () => {
  it('finds the district instance that can be applied for online', () => {
    expect(companyItemId).toMatch(/^500107-/);
  });

  it('drafts, saves with If-Match, meets 居民身份证 by his e-certificate, submits once, replays the same body', async () => {
    // Friday 2026-12-04: one working day later is Monday 2026-12-07.
    server.world.clock.freeze(new Date('2026-12-04T03:00:00Z'));
    const yu = await anon.demo('yu');
    const created = await yu.post<Draft>('/drafts', { itemId: companyItemId, situationId: 's1' });
    expect(created.status).toBe(201);
    const draft = created.body;
    expect(draft.version).toBe(1);
    expect(draft.itemName).toBe('企业设立登记（区县级）');
    expect(draft.situations.map((s) => s.id)).toContain('s1');
    expect(draft.deliveryOptions).toEqual(['express', 'pickup', 'electronic']);
    expect(draft.prefilled['applicant.name']).toBe('喻**');
    expect(draft.prefilled['applicant.idNumber']).toBe('5101**********1357');
    expect(draft.fee).toBeUndefined();
    const idRow = draft.checklist.find((m) => m.certificate?.name === '居民身份证');
    expect(idRow).toMatchObject({ certificate: { id: 'cert_yu_id_card', trustLevel: 'A' }, met: true, answer: { kind: 'certificate', certificateId: 'cert_yu_id_card' } });
    expect(draft.problems.delivery).toBeDefined();
    expect(draft.tasks.find((t) => t.key === 'review')?.status).toBe('cannot_start');

    const ready = await readyDraft(yu, '2026-12-04');
    expect(ready.version).toBe(2);
    expect(ready.problems).toEqual({});
    expect(ready.tasks.find((t) => t.key === 'review')?.status).toBe('not_started');
    expect(ready.checklist.every((m) => m.met || m.requirement === 'optional')).toBe(true);

    const first = await yu.post<Application>('/applications', { draftId: ready.id }, { 'Idempotency-Key': 'submit-key-0001' });
    expect(first.status).toBe(201);
    expect(first.body.number).toMatch(/^YKB20261204\d{6}$/);
    expect(first.body.status).toBe('received');
    expect(first.body.promisedDate).toBe('2026-12-07');
    expect(first.body.applicantName).toBe('喻**');
    expect(first.body.delivery).toMatchObject({ method: 'express', addressId: 'addr_yu_home', address: { recipient: '喻**' } });
    expect(first.body.materials).toContainEqual({ name: idRow?.name, metBy: 'certificate', detail: '已自动获取：居民身份证（电子证照）' });
    expect(first.body.nextSteps.length).toBeGreaterThan(2);
    expect(JSON.stringify(first.body)).not.toMatch(FULL_ID);
    expect(JSON.stringify(first.body)).not.toMatch(FULL_PHONE);

    const replay = await yu.post<Application>('/applications', { draftId: ready.id }, { 'Idempotency-Key': 'submit-key-0001' });
    expect(replay.status).toBe(200);
    expect(replay.body).toEqual(first.body);

    const list = await yu.get<Page<ApplicationSummary>>('/applications');
    expect(list.body.items).toHaveLength(1);
    expect(list.body.items[0]).toMatchObject({ id: first.body.id, number: first.body.number });
    expect((await yu.get<Application>(`/applications/${first.body.id}`)).body).toEqual(first.body);
    // the draft is gone with the submission
    expect((await yu.get(`/drafts/${ready.id}`)).status).toBe(404);
    expect((await yu.get<DraftSummary[]>('/drafts')).body.map((d) => d.id)).toEqual([draft.id]);
    // the certificate and the prefilled fields are in his data-use log
    const log = await yu.get<Page<DataUseRecord>>('/me/data-use?limit=50');
    const used = log.body.items.filter((r) => r.applicationId === first.body.id);
    expect(used).toContainEqual(expect.objectContaining({ action: 'certificate_used', subject: '居民身份证（电子证照）', purpose: '企业设立登记（区县级） 申请', actor: '本人' }));
    // the upload used by the application cannot be deleted
    const uploads = await yu.get<Upload[]>('/uploads');
    expect((await yu.del<ErrorBody>(`/uploads/${uploads.body[0].id}`)).status).toBe(409);
  });

  it('makes ONE application of twenty concurrent submissions with one key', async () => {
    const yu = await anon.demo('yu');
    const ready = await readyDraft(yu);
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => yu.post<Application>('/applications', { draftId: ready.id }, { 'Idempotency-Key': 'double-tap-key-42' })),
    );
    expect(answers.filter((a) => a.status === 201)).toHaveLength(1);
    expect(answers.filter((a) => a.status === 200)).toHaveLength(19);
    expect(new Set(answers.map((a) => a.body.number)).size).toBe(1);
    const list = await yu.get<Page<ApplicationSummary>>('/applications');
    expect(list.body.items).toHaveLength(1);
  });

  it('refuses the same key with another body (422) and a second submit of the consumed draft with a new key (404)', async () => {
    const yu = await anon.demo('yu');
    const ready = await readyDraft(yu);
    const other = await yu.post<Draft>('/drafts', { itemId: companyItemId, situationId: 's3' });
    expect((await yu.post('/applications', { draftId: ready.id }, { 'Idempotency-Key': 'key-aaaaaaaa' })).status).toBe(201);
    const reused = await yu.post<ErrorBody>('/applications', { draftId: other.body.id }, { 'Idempotency-Key': 'key-aaaaaaaa' });
    expect(reused.status).toBe(422);
    expect(reused.body.error.fields?.['Idempotency-Key']).toBeDefined();
    const again = await yu.post<ErrorBody>('/applications', { draftId: ready.id }, { 'Idempotency-Key': 'key-bbbbbbbb' });
    expect(again.status).toBe(404);
    expect(again.body.error.fields?.draftId).toBeDefined();
    expect((await yu.get<Page<ApplicationSummary>>('/applications')).body.items).toHaveLength(1);
  });
});

describe('If-Match', () => {
  it('answers 409 with the current draft to a stale version, and 4xx without one', async () => {
    const yu = await anon.demo('yu');
    const draft = (await yu.post<Draft>('/drafts', { itemId: companyItemId, situationId: 's1' })).body;
    const input = { situationId: 's2', applicant: { kind: 'self' }, values: {}, materials: {}, currentTask: 'form' };
    const first = await yu.put<Draft>(`/drafts/${draft.id}`, input, { 'If-Match': '1' });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ version: 2, situationId: 's2', currentTask: 'form' });

    const stale = await yu.put<DraftConflictBody>(`/drafts/${draft.id}`, { ...input, situationId: 's3' }, { 'If-Match': '1' });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('conflict');
    expect(stale.body.current).toMatchObject({ id: draft.id, version: 2, situationId: 's2' });

    const missing = await yu.put<ErrorBody>(`/drafts/${draft.id}`, input);
    expect(missing.status).toBeGreaterThanOrEqual(400);
    expect(missing.status).toBeLessThan(500);
    expect(missing.body.error.fields?.['If-Match']).toBeDefined();
    expect((await yu.get<Draft>(`/drafts/${draft.id}`)).body.version).toBe(2);
  });

  it('resets material answers outside a new situation and keeps the draft list newest first', async () => {
    const yu = await anon.demo('yu');
    const a = (await yu.post<Draft>('/drafts', { itemId: companyItemId, situationId: 's1' })).body;
    const b = (await yu.post<Draft>('/drafts', { itemId: companyItemId, situationId: 's2' })).body;
    const pdf = await yu.upload('章程.pdf', 'application/pdf', pdfBytes());
    // m4 (公司章程) is in s1, not in s3
    const saved = await yu.put<Draft>(`/drafts/${a.id}`, { situationId: 's1', applicant: { kind: 'self' }, values: {}, materials: { m4: { kind: 'upload', uploadIds: [pdf.id] } }, currentTask: 'materials' }, { 'If-Match': '1' });
    expect(saved.body.materials).toEqual({ m4: { kind: 'upload', uploadIds: [pdf.id] } });
    const moved = await yu.put<Draft>(`/drafts/${a.id}`, { ...saved.body, situationId: 's3', materials: saved.body.materials, currentTask: 'materials' } as never, { 'If-Match': '2' });
    expect(moved.status).toBe(400); // the whole Draft is not a DraftInput: unknown fields
    const moved2 = await yu.put<Draft>(`/drafts/${a.id}`, { situationId: 's3', applicant: { kind: 'self' }, values: {}, materials: saved.body.materials, currentTask: 'materials' }, { 'If-Match': '2' });
    expect(moved2.status).toBe(200);
    expect(moved2.body.materials).toEqual({});
    const list = await yu.get<DraftSummary[]>('/drafts');
    expect(list.body.map((d) => d.id)).toEqual([a.id, b.id]);
  });
});

describe('two personas', () => {
  it('never read or write across', async () => {
    const yu = await anon.demo('yu');
    const tian = await anon.demo('tian');
    const ready = await readyDraft(yu);
    const yuUpload = (await yu.get<Upload[]>('/uploads')).body[0];
    // 田兴华 sees none of it and cannot touch it: 404, never 403
    expect((await tian.get<DraftSummary[]>('/drafts')).body).toEqual([]);
    expect((await tian.get<Upload[]>('/uploads')).body).toEqual([]);
    expect((await tian.get(`/drafts/${ready.id}`)).status).toBe(404);
    expect((await tian.put(`/drafts/${ready.id}`, { situationId: 's1', applicant: { kind: 'self' }, values: {}, materials: {}, currentTask: 'form' }, { 'If-Match': String(ready.version) })).status).toBe(404);
    expect((await tian.del(`/drafts/${ready.id}`)).status).toBe(404);
    expect((await tian.get(`/uploads/${yuUpload.id}`)).status).toBe(404);
    expect((await tian.del(`/uploads/${yuUpload.id}`)).status).toBe(404);
    expect((await tian.post('/applications', { draftId: ready.id }, { 'Idempotency-Key': 'tian-key-0001' })).status).toBe(404);
    // nor use his upload in her own draft
    const hers = (await tian.post<Draft>('/drafts', { itemId: companyItemId, situationId: 's1' })).body;
    const stolen = await tian.put<ErrorBody>(`/drafts/${hers.id}`, { situationId: 's1', applicant: { kind: 'self' }, values: {}, materials: { m4: { kind: 'upload', uploadIds: [yuUpload.id] } }, currentTask: 'materials' }, { 'If-Match': '1' });
    expect(stolen.status).toBe(422);
    expect(stolen.body.error.fields?.['materials.m4']).toBeDefined();

    const submitted = await yu.post<Application>('/applications', { draftId: ready.id }, { 'Idempotency-Key': 'same-key-both' });
    expect(submitted.status).toBe(201);
    expect((await tian.get(`/applications/${submitted.body.id}`)).status).toBe(404);
    expect((await tian.get<Page<ApplicationSummary>>('/applications')).body.items).toEqual([]);
    // the same key is hers to use: keys are scoped to the citizen
    const hersSubmit = await tian.post<ErrorBody>('/applications', { draftId: hers.id }, { 'Idempotency-Key': 'same-key-both' });
    expect(hersSubmit.status).toBe(422);
    expect(hersSubmit.body.error.fields?.['Idempotency-Key']).toBeUndefined();
    expect((await yu.get<Page<ApplicationSummary>>('/applications')).body.items).toHaveLength(1);

    // no unmasked ID or phone in any list
    for (const client of [yu, tian]) {
      for (const path of ['/drafts', '/uploads', '/applications']) {
        const text = JSON.stringify((await client.get(path)).body);
        expect(text).not.toMatch(FULL_ID);
        expect(text).not.toMatch(FULL_PHONE);
      }
    }
  });

  it('answers 401 on every applying endpoint without a session', async () => {
    const calls: Array<[string, string]> = [
      ['POST', '/drafts'],
      ['GET', '/drafts'],
      ['GET', '/drafts/dr_x'],
      ['PUT', '/drafts/dr_x'],
      ['DELETE', '/drafts/dr_x'],
      ['POST', '/uploads'],
      ['PUT', '/uploads/up_xxxxxxxx'],
      ['GET', '/uploads'],
      ['GET', '/uploads/up_xxxxxxxx'],
      ['DELETE', '/uploads/up_xxxxxxxx'],
      ['POST', '/applications'],
      ['GET', '/applications'],
      ['GET', '/applications/app_x'],
    ];
    const statuses = await Promise.all(calls.map(async ([m, p]) => [`${m} ${p}`, (await anon.call(m, p, m === 'GET' || m === 'DELETE' ? {} : { json: {} })).status] as const));
    expect(statuses.filter(([, s]) => s !== 401)).toEqual([]);
  });
});
