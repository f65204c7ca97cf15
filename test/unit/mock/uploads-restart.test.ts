/**
 * Kill the mock mid-journey (SIGKILL, the real CLI with a temp data folder) and start it again:
 * an upload resumes from `received` with its bytes on disk and completes with its content
 * checked; the draft keeps its version; the submitted application is there, and its key replays.
 */
import type { Application, ApplicationSummary, Draft, Upload } from '../../../src/shared/api/applications';
import type { ItemListResponse } from '../../../src/shared/api/catalog';
import type { Page } from '../../../src/shared/api/page';
import { killCli, mockCliPerTest } from '../../support/mock-cli';
import { Api, fillForm, pdfBytes } from '../../support/api-client';

const cli = mockCliPerTest('mock-uploads-');

it('resumes an upload from received, and keeps the draft and the application, through SIGKILL', async () => {
  const first = await cli.start();
  const yu = await new Api(first.url).demo('yu');
  const bytes = pdfBytes(5000);

  // an application submitted before the kill
  const items = await yu.get<ItemListResponse>(`/items?q=${encodeURIComponent('企业设立登记')}&division=500107`);
  const itemId = items.body.items.find((i) => i.name === '企业设立登记（区县级）')?.id ?? '';
  const pdf = await yu.upload('章程.pdf', 'application/pdf', pdfBytes());
  const draft = (await yu.post<Draft>('/drafts', { itemId, situationId: 's1' })).body;
  const materials = Object.fromEntries(draft.checklist.filter((m) => !m.certificate && m.requirement === 'required').map((m) => [m.materialId, { kind: 'upload', uploadIds: [pdf.id] }]));
  const input = { situationId: 's1', applicant: { kind: 'self' }, values: fillForm(draft.form, '2026-12-02', pdf.id), materials, delivery: { method: 'express', addressId: 'addr_yu_home' }, currentTask: 'review' };
  expect((await yu.put(`/drafts/${draft.id}`, input, { 'If-Match': '1' })).status).toBe(200);
  const submitted = await yu.post<Application>('/applications', { draftId: draft.id }, { 'Idempotency-Key': 'restart-key-1' });
  expect(submitted.status).toBe(201);

  // a draft half done, and an upload half sent
  const pending = (await yu.post<Draft>('/drafts', { itemId, situationId: 's2' })).body;
  expect((await yu.put(`/drafts/${pending.id}`, { situationId: 's2', applicant: { kind: 'self' }, values: {}, materials: {}, currentTask: 'form' }, { 'If-Match': '1' })).status).toBe(200);
  const created = (await yu.post<Upload>('/uploads', { fileName: '住所证明.pdf', contentType: 'application/pdf', size: bytes.length })).body;
  expect((await yu.putChunk(created.id, bytes.subarray(0, 2000), 0, 1999, bytes.length)).status).toBe(200);
  await killCli(first);

  const second = await cli.start();
  const again = new Api(second.url, yu.token);
  const resumed = await again.get<Upload>(`/uploads/${created.id}`);
  expect(resumed.body).toMatchObject({ received: 2000, status: 'uploading' });
  const done = await again.putChunk<Upload>(created.id, bytes.subarray(2000), 2000, bytes.length - 1, bytes.length);
  expect(done.body).toMatchObject({ status: 'complete', received: bytes.length });
  expect((await again.get<Draft>(`/drafts/${pending.id}`)).body).toMatchObject({ version: 2, currentTask: 'form', situationId: 's2' });
  expect((await again.get(`/drafts/${draft.id}`)).status).toBe(404);
  const list = await again.get<Page<ApplicationSummary>>('/applications');
  expect(list.body.items.map((a) => a.number)).toEqual([submitted.body.number]);
  const replay = await again.post<Application>('/applications', { draftId: draft.id }, { 'Idempotency-Key': 'restart-key-1' });
  expect(replay.status).toBe(200);
  expect(replay.body).toEqual(submitted.body);
}, 120_000);
