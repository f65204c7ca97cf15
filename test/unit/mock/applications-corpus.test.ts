/**
 * The bad-input corpus of applying online: wrong types, missing and unknown fields, bad check
 * digits and options in form values, other citizens' ids, stale and missing versions, oversized
 * and mislabelled files, replayed keys with another body, an unverified citizen's submit. Every
 * case is a 4xx naming its field, none a 5xx, and nothing stored (the slice's collections and the
 * data-use log are byte-for-byte the same after each).
 */
import type { Draft, Upload } from '../../../src/shared/api/applications';
import { UPLOAD_MAX_BYTES } from '../../../src/shared/api/applications';
import type { ItemListResponse } from '../../../src/shared/api/catalog';
import type { MockServer } from '../../support/mock-server';
import { startMockServer } from '../../support/mock-server';
import type { Answer, ErrorBody } from '../../support/api-client';
import { Api, fillForm, pdfBytes, pngBytes } from '../../support/api-client';

let server: MockServer;
let anon: Api;
let itemId = '';
let offlineItemId = '';
beforeAll(async () => {
  server = await startMockServer();
  anon = new Api(server.url);
  const found = await anon.get<ItemListResponse>(`/items?q=${encodeURIComponent('企业设立登记')}&division=500107`);
  itemId = found.body.items.find((i) => i.name === '企业设立登记（区县级）')?.id ?? '';
  const { catalog } = server.world;
  for (const b of catalog.basics) {
    const guide = catalog.guide(`${b.carriers[0]}-${b.basicCode}`);
    if (guide && guide.channels.onlineDepth < 3) {
      offlineItemId = guide.id;
      break;
    }
  }
});
beforeEach(() => server.world.reset());
afterAll(async () => {
  expect(server.logged).toEqual([]);
  await server.close();
});

/** Everything a refused request must leave untouched. */
function fingerprint(): string {
  const w = server.world;
  return JSON.stringify(['applications-drafts', 'applications-uploads', 'applications-applications', 'identity-data-use', 'payments-fee-notices'].map((c) => w.collection(c).values()));
}

type Case = [name: string, call: () => Promise<Answer<ErrorBody>>, status: number, field: string];

async function expectRefused(cases: Case[]): Promise<void> {
  const wrong: unknown[] = [];
  for (const [name, call, status, field] of cases) {
    const before = fingerprint();
    const res = await call();
    const fields = res.body?.error?.fields ?? {};
    if (res.status !== status || !(field in fields) || fingerprint() !== before) {
      wrong.push({ name, status: res.status, expected: status, field, body: res.body, stored: fingerprint() !== before });
    }
  }
  expect(wrong).toEqual([]);
}

interface Setup {
  yu: Api;
  tian: Api;
  newcomer: Api;
  draft: Draft;
  tianDraft: Draft;
  newcomerDraft: Draft;
  pdf: Upload;
  rejected: Upload;
  tianUpload: Upload;
}

async function setup(): Promise<Setup> {
  const yu = await anon.demo('yu');
  const tian = await anon.demo('tian');
  const newcomer = await anon.demo('newcomer');
  const draft = (await yu.post<Draft>('/drafts', { itemId, situationId: 's1' })).body;
  const tianDraft = (await tian.post<Draft>('/drafts', { itemId, situationId: 's1' })).body;
  const newcomerDraft = (await newcomer.post<Draft>('/drafts', { itemId, situationId: 's1' })).body;
  const pdf = await yu.upload('章程.pdf', 'application/pdf', pdfBytes());
  const rejected = await yu.upload('假的.pdf', 'application/pdf', pngBytes());
  const tianUpload = await tian.upload('行驶证.pdf', 'application/pdf', pdfBytes());
  return { yu, tian, newcomer, draft, tianDraft, newcomerDraft, pdf, rejected, tianUpload };
}

const KEY = { 'Idempotency-Key': 'corpus-key-0001' };

it('refuses every bad draft, upload and submission with a field error, storing nothing', async () => {
  const s = await setup();
  const { yu } = s;
  const base = { situationId: 's1', applicant: { kind: 'self' }, values: {}, materials: {}, currentTask: 'form' };
  const save = (patch: Record<string, unknown>, ifMatch = '1') => () => yu.put<ErrorBody>(`/drafts/${s.draft.id}`, { ...base, ...patch }, { 'If-Match': ifMatch });
  const form = (section: string, values: Record<string, unknown>) => save({ values: { [section]: values } });
  const material = (id: string, answer: unknown) => save({ materials: { [id]: answer } });
  const shareholder = (entry: Record<string, unknown>) => save({ values: { shareholders: [entry] } });
  const upload = (body: unknown) => () => yu.post<ErrorBody>('/uploads', body);
  const submit = (body: unknown, headers: Record<string, string> = KEY, client = yu) => () => client.post<ErrorBody>('/applications', body, headers);

  const cases: Case[] = [
    // POST /drafts
    ['draft: empty body', () => yu.post('/drafts', {}), 400, 'itemId'],
    ['draft: itemId a number', () => yu.post('/drafts', { itemId: 5, situationId: 's1' }), 400, 'itemId'],
    ['draft: situationId missing', () => yu.post('/drafts', { itemId }), 400, 'situationId'],
    ['draft: unknown field', () => yu.post('/drafts', { itemId, situationId: 's1', owner: 'u_tian' }), 400, 'owner'],
    ['draft: an array body', () => yu.post('/drafts', [itemId]), 400, '_'],
    ['draft: unknown item', () => yu.post('/drafts', { itemId: '500107-999999999999', situationId: 's1' }), 422, 'itemId'],
    ['draft: item not appliable online', () => yu.post('/drafts', { itemId: offlineItemId, situationId: 's1' }), 422, 'itemId'],
    ['draft: situation of no such case', () => yu.post('/drafts', { itemId, situationId: 's9' }), 422, 'situationId'],
    // PUT /drafts/:id: shapes
    ['save: currentTask missing', () => yu.put(`/drafts/${s.draft.id}`, { situationId: 's1', applicant: { kind: 'self' }, values: {}, materials: {} }, { 'If-Match': '1' }), 400, 'currentTask'],
    ['save: currentTask unknown', save({ currentTask: 'done' }), 400, 'currentTask'],
    ['save: applicant kind unknown', save({ applicant: { kind: 'boss' } }), 400, 'applicant'],
    ['save: values a string', save({ values: 'all of it' }), 400, 'values'],
    ['save: a value a number', save({ values: { company: { registeredCapital: 100 } } }), 400, 'values'],
    ['save: material answer of an unknown kind', material('m4', { kind: 'magic' }), 400, 'materials'],
    ['save: upload answer without ids', material('m4', { kind: 'upload', uploadIds: [] }), 400, 'materials'],
    ['save: delivery by drone', save({ delivery: { method: 'drone' } }), 400, 'delivery'],
    ['save: express without address', save({ delivery: { method: 'express' } }), 400, 'delivery'],
    ['save: unknown top-level field', save({ version: 9 }), 400, 'version'],
    // PUT /drafts/:id: versions and ids
    ['save: stale If-Match', save({}, '7'), 409, 'If-Match'],
    ['save: If-Match not a number', save({}, 'abc'), 400, 'If-Match'],
    ['save: If-Match missing', () => yu.put(`/drafts/${s.draft.id}`, base), 428, 'If-Match'],
    ['save: another citizen’s draft', () => yu.put(`/drafts/${s.tianDraft.id}`, base, { 'If-Match': '1' }), 404, 'id'],
    ['save: no such draft', () => yu.put('/drafts/dr_nothing', base, { 'If-Match': '1' }), 404, 'id'],
    ['read: another citizen’s draft', () => yu.get(`/drafts/${s.tianDraft.id}`), 404, 'id'],
    ['delete: another citizen’s draft', () => yu.del(`/drafts/${s.tianDraft.id}`), 404, 'id'],
    // PUT /drafts/:id: values
    ['save: situation of no such case', save({ situationId: 's9' }), 422, 'situationId'],
    ['save: a locked identity field', form('applicant', { name: '张三' }), 422, 'form.applicant.name'],
    ['save: a locked ID number', form('applicant', { idNumber: '11010519491231002X' }), 422, 'form.applicant.idNumber'],
    ['save: shareholder ID check digit', shareholder({ idType: 'id_card', idNumber: '110105194912310021' }), 422, 'form.shareholders.0.idNumber'],
    ['save: shareholder ID of a 31 February', shareholder({ idType: 'id_card', idNumber: '110105194902310025' }), 422, 'form.shareholders.0.idNumber'],
    ['save: shareholder credit code check', shareholder({ idType: 'credit_code', creditCode: '91500107MA5U7C8J2X' }), 422, 'form.shareholders.0.creditCode'],
    ['save: legal representative phone', form('legalRepresentative', { phone: '12345678901' }), 422, 'form.legalRepresentative.phone'],
    ['save: an unknown section', form('bogus', { a: 'b' }), 422, 'form.bogus'],
    ['save: an unknown field', form('company', { bogus: 'x' }), 422, 'form.company.bogus'],
    ['save: an option not offered', form('company', { companyType: 'pirate_ship' }), 422, 'form.company.companyType'],
    ['save: money in words', form('company', { registeredCapital: '一百万' }), 422, 'form.company.registeredCapital'],
    ['save: a division that does not exist', form('domicile', { division: '500107999999' }), 422, 'form.domicile.division'],
    ['save: a company name against the rules', form('company', { name: '明远公司' }), 422, 'form.company.name'],
    ['save: shareholders not a list', save({ values: { shareholders: { name: '喻明远' } } }), 422, 'form.shareholders'],
    // PUT /drafts/:id: materials, delivery, applicant
    ['save: another citizen’s certificate', material('m5', { kind: 'certificate', certificateId: 'cert_tian_id_card' }), 422, 'materials.m5'],
    ['save: a certificate for a document it is not', material('m4', { kind: 'certificate', certificateId: 'cert_yu_id_card' }), 422, 'materials.m4'],
    ['save: an upload that does not exist', material('m4', { kind: 'upload', uploadIds: ['up_doesnotexist'] }), 422, 'materials.m4'],
    ['save: another citizen’s upload', material('m4', { kind: 'upload', uploadIds: [s.tianUpload.id] }), 422, 'materials.m4'],
    ['save: a rejected upload', material('m4', { kind: 'upload', uploadIds: [s.rejected.id] }), 422, 'materials.m4'],
    ['save: deferring a required material', material('m4', { kind: 'deferred' }), 422, 'materials.m4'],
    ['save: express to another citizen’s address', save({ delivery: { method: 'express', addressId: 'addr_tian_home' } }), 422, 'delivery'],
    ['save: pick-up at a hall that does not handle it', save({ delivery: { method: 'pickup', hallId: '500243' } }), 422, 'delivery'],
    ['save: a company that is not his', save({ applicant: { kind: 'company', companyId: 'co_tian_x' } }), 422, 'applicant'],
    ['save: a family member he does not have', save({ applicant: { kind: 'family', familyMemberId: 'fam_nobody' } }), 422, 'applicant'],
    // uploads
    ['upload: a GIF', upload({ fileName: 'a.gif', contentType: 'image/gif', size: 100 }), 400, 'contentType'],
    ['upload: size as text', upload({ fileName: 'a.pdf', contentType: 'application/pdf', size: '100' }), 400, 'size'],
    ['upload: fileName missing', upload({ contentType: 'application/pdf', size: 100 }), 400, 'fileName'],
    ['upload: unknown field', upload({ fileName: 'a.pdf', contentType: 'application/pdf', size: 100, path: '/etc/passwd' }), 400, 'path'],
    ['upload: empty file', upload({ fileName: 'a.pdf', contentType: 'application/pdf', size: 0 }), 422, 'size'],
    ['upload: fractional size', upload({ fileName: 'a.pdf', contentType: 'application/pdf', size: 10.5 }), 422, 'size'],
    ['upload: oversized', upload({ fileName: 'a.pdf', contentType: 'application/pdf', size: UPLOAD_MAX_BYTES + 1 }), 422, 'size'],
    ['upload: blank file name', upload({ fileName: '   ', contentType: 'application/pdf', size: 100 }), 422, 'fileName'],
    ['upload: 101-character name', upload({ fileName: `${'材'.repeat(97)}.pdf`, contentType: 'application/pdf', size: 100 }), 422, 'fileName'],
    ['upload: a path as name', upload({ fileName: '../../etc/passwd.pdf', contentType: 'application/pdf', size: 100 }), 422, 'fileName'],
    ['upload: .png declared as PDF', upload({ fileName: 'scan.png', contentType: 'application/pdf', size: 100 }), 422, 'fileName'],
    ['upload: read another citizen’s', () => yu.get(`/uploads/${s.tianUpload.id}`), 404, 'id'],
    ['upload: delete another citizen’s', () => yu.del(`/uploads/${s.tianUpload.id}`), 404, 'id'],
    ['upload: chunk to another citizen’s', () => yu.putChunk(s.tianUpload.id, Buffer.from('%PDF-'), 0, 4, 5), 404, 'id'],
    ['upload: chunk to a finished one', () => yu.putChunk(s.pdf.id, Buffer.from('%PDF-'), 0, 4, s.pdf.size), 409, '_'],
    // POST /applications
    ['submit: no Idempotency-Key', submit({ draftId: s.draft.id }, {}), 400, 'Idempotency-Key'],
    ['submit: a short key', submit({ draftId: s.draft.id }, { 'Idempotency-Key': 'abc' }), 400, 'Idempotency-Key'],
    ['submit: a key with spaces', submit({ draftId: s.draft.id }, { 'Idempotency-Key': 'key with spaces' }), 400, 'Idempotency-Key'],
    ['submit: a 65-character key', submit({ draftId: s.draft.id }, { 'Idempotency-Key': 'k'.repeat(65) }), 400, 'Idempotency-Key'],
    ['submit: draftId missing', submit({}), 400, 'draftId'],
    ['submit: draftId a number', submit({ draftId: 7 }), 400, 'draftId'],
    ['submit: unknown field', submit({ draftId: s.draft.id, status: 'approved' }), 400, 'status'],
    ['submit: no such draft', submit({ draftId: 'dr_nothing' }), 404, 'draftId'],
    ['submit: another citizen’s draft', submit({ draftId: s.tianDraft.id }), 404, 'draftId'],
    ['submit: an unfinished draft', submit({ draftId: s.draft.id }), 422, 'delivery'],
    ['submit: not real-name verified', submit({ draftId: s.newcomerDraft.id }, KEY, s.newcomer), 422, 'applicant'],
    // GET /applications
    ['applications: another id', () => yu.get('/applications/app_nothing'), 404, 'id'],
    ['applications: a forged cursor', () => yu.get('/applications?cursor=zzz'), 400, 'cursor'],
    ['applications: limit 0', () => yu.get('/applications?limit=0'), 400, 'limit'],
  ];
  expect(cases.length).toBeGreaterThanOrEqual(50);
  await expectRefused(cases);
});

it('refuses a replayed key with another body, and submits of the unverified and the unfinished, storing nothing', async () => {
  const s = await setup();
  const { yu } = s;
  const materials = Object.fromEntries(s.draft.checklist.filter((m) => !m.certificate && m.requirement === 'required').map((m) => [m.materialId, { kind: 'upload', uploadIds: [s.pdf.id] }]));
  const ready = await yu.put<Draft>(
    `/drafts/${s.draft.id}`,
    { situationId: 's1', applicant: { kind: 'self' }, values: fillForm(s.draft.form, '2026-12-02', s.pdf.id), materials, delivery: { method: 'express', addressId: 'addr_yu_home' }, currentTask: 'review' },
    { 'If-Match': '1' },
  );
  expect(ready.status).toBe(200);
  expect((await yu.post('/applications', { draftId: s.draft.id }, KEY)).status).toBe(201);
  const other = (await yu.post<Draft>('/drafts', { itemId, situationId: 's2' })).body;
  const bad = (field: string, value: unknown) => {
    const values = fillForm(s.draft.form, '2026-12-02', s.pdf.id);
    const [section, key] = field.split('.');
    const entry = values[section];
    if (entry && !Array.isArray(entry)) entry[key] = value as string;
    return values;
  };
  await expectRefused([
    ['replayed key, another draft', () => yu.post('/applications', { draftId: other.id }, KEY), 422, 'Idempotency-Key'],
    ['the submitted draft again, new key', () => yu.post('/applications', { draftId: s.draft.id }, { 'Idempotency-Key': 'corpus-key-0002' }), 404, 'draftId'],
    ['a bad capital at save', () => yu.put(`/drafts/${other.id}`, { situationId: 's2', applicant: { kind: 'self' }, values: bad('company.registeredCapital', '-5'), materials: {}, currentTask: 'form' }, { 'If-Match': '1' }), 422, 'form.company.registeredCapital'],
    ['an unfinished draft: every missing field named', () => yu.post('/applications', { draftId: other.id }, { 'Idempotency-Key': 'corpus-key-0003' }), 422, 'form.company.registeredCapital'],
  ]);
});
