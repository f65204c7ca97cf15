/**
 * The application record is the commit point of a submission: a kill after its journal line
 * but before the draft's deletion and the data-use records leaves work that the next start
 * (recoverApplications) finishes, once — the draft goes, each data-use record is written once.
 */
import type { Application, Draft } from '../../../src/shared/api/applications';
import type { ItemListResponse } from '../../../src/shared/api/catalog';
import { recoverApplications } from '../../../mock/applications';
import type { DraftRecord } from '../../../mock/applications';
import { applicationCollections } from '../../../mock/applications/model';
import { identityCollections } from '../../../mock/identity/model';
import type { MockServer } from '../../support/mock-server';
import { startMockServer } from '../../support/mock-server';
import { Api, fillForm, pdfBytes } from '../../support/api-client';

let server: MockServer;
beforeAll(async () => {
  server = await startMockServer();
});
beforeEach(() => server.world.reset());
afterAll(async () => {
  expect(server.logged).toEqual([]);
  await server.close();
});

it('finishes an interrupted submission once', async () => {
  const yu = await new Api(server.url).demo('yu');
  const items = await yu.get<ItemListResponse>(`/items?q=${encodeURIComponent('企业设立登记')}&division=500107`);
  const itemId = items.body.items.find((i) => i.name === '企业设立登记（区县级）')?.id ?? '';
  const pdf = await yu.upload('章程.pdf', 'application/pdf', pdfBytes());
  const draft = (await yu.post<Draft>('/drafts', { itemId, situationId: 's1' })).body;
  const materials = Object.fromEntries(draft.checklist.filter((m) => !m.certificate && m.requirement === 'required').map((m) => [m.materialId, { kind: 'upload', uploadIds: [pdf.id] }]));
  const input = { situationId: 's1', applicant: { kind: 'self' }, values: fillForm(draft.form, '2026-12-02', pdf.id), materials, delivery: { method: 'express', addressId: 'addr_yu_home' }, currentTask: 'review' };
  expect((await yu.put(`/drafts/${draft.id}`, input, { 'If-Match': '1' })).status).toBe(200);
  const savedDraft = applicationCollections(server.world).drafts.get(draft.id) as DraftRecord;
  const submitted = await yu.post<Application>('/applications', { draftId: draft.id }, { 'Idempotency-Key': 'recovery-key-1' });
  expect(submitted.status).toBe(201);

  // Play the kill: the commit line is there, the effects are not.
  const { applications, drafts } = applicationCollections(server.world);
  const record = applications.get(submitted.body.id);
  if (!record) throw new Error('no record');
  const { effectsDone: _done, ...interrupted } = record;
  applications.put(record.id, interrupted);
  drafts.put(savedDraft.id, savedDraft);
  const dataUse = identityCollections(server.world).dataUse;
  const logged = dataUse.values().filter((r) => r.applicationId === record.id);
  expect(logged.length).toBeGreaterThan(0);
  dataUse.delete(logged[0].id);

  recoverApplications(server.world);
  recoverApplications(server.world);
  expect(drafts.get(draft.id)).toBeUndefined();
  expect(applications.get(record.id)?.effectsDone).toBe(true);
  const after = dataUse.values().filter((r) => r.applicationId === record.id);
  expect(after.map((r) => r.subject).sort()).toEqual(logged.map((r) => r.subject).sort());
  const replay = await yu.post<Application>('/applications', { draftId: draft.id }, { 'Idempotency-Key': 'recovery-key-1' });
  expect(replay.body).toEqual(submitted.body);
});
