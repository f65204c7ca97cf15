/**
 * 一件事一次办 over HTTP: one life-event draft, one form, one checklist with each material once,
 * files one linked application per item, each with its own number and process; a replay of the
 * key files nothing more; a kill between two of its lines is finished at the next start.
 */
import type { Application, Draft } from '../../../src/shared/api/applications';
import type { Address } from '../../../src/shared/api/identity';
import { recoverApplications } from '../../../mock/applications';
import { applicationCollections } from '../../../mock/applications/model';
import { apiSuitePerFile } from '../../support/api-suite';
import { Api, answerChecklist, fillForm, pdfBytes } from '../../support/api-client';
import type { ErrorBody } from '../../support/api-client';

let tu: Api;
const suite = apiSuitePerFile(async (anon) => {
  tu = await anon.demo('tu');
});

async function readyDraft(lifeEventId = 'xinshenger-chusheng'): Promise<Draft> {
  const created = await tu.post<Draft>('/drafts', { lifeEventId });
  expect(created.status).toBe(201);
  const draft = created.body;
  const pdf = await tu.upload('材料.pdf', 'application/pdf', pdfBytes(3000));
  const home = (await tu.get<Address[]>('/me/addresses')).body.find((a) => a.isDefault);
  const saved = await tu.put<Draft>(
    `/drafts/${draft.id}`,
    { situationId: draft.situationId, applicant: { kind: 'self' }, values: fillForm(draft.form, '2026-12-02', pdf.id, draft.prefilled), materials: answerChecklist(draft, pdf.id), delivery: home ? { method: 'express', addressId: home.id } : { method: 'electronic' }, currentTask: 'review' },
    { 'If-Match': String(draft.version) },
  );
  if (saved.status !== 200) throw new Error(JSON.stringify(saved.body));
  return saved.body;
}

it('one form and one checklist for the whole life event, each material once', async () => {
  const created = await tu.post<Draft>('/drafts', { lifeEventId: 'xinshenger-chusheng' });
  expect(created.status).toBe(201);
  const draft = created.body;
  expect(draft.itemName).toBe('新生儿出生');
  expect(draft.lifeEvent?.items.map((i) => i.itemName)).toEqual(['出生医学证明办理', '出生登记', '城乡居民基本医疗保险参保登记', '社会保障卡申领', '预防接种证办理']);
  const keys = draft.form.sections.map((s) => s.key);
  expect(new Set(keys).size).toBe(keys.length);
  const names = draft.checklist.map((m) => m.name);
  expect(new Set(names).size).toBe(names.length);
  expect(draft.tasks.find((t) => t.key === 'review')?.status).toBe('cannot_start');
});

it('files one linked application per item, each with its own number; a replay files nothing more', async () => {
  const draft = await readyDraft();
  expect(draft.problems).toEqual({});
  const filed = await tu.post<Application>('/applications', { draftId: draft.id }, 'life-event-key-1');
  expect(filed.status).toBe(201);
  const bundle = filed.body.bundle!;
  expect(bundle.lifeEventName).toBe('新生儿出生');
  expect(bundle.applications.map((a) => a.itemName)).toEqual(draft.lifeEvent!.items.map((i) => i.itemName));
  expect(new Set(bundle.applications.map((a) => a.number)).size).toBe(5);
  for (const member of bundle.applications) {
    const one = await tu.get<Application>(`/applications/${member.id}`);
    expect(one.status).toBe(200);
    expect(one.body.bundle?.applications.map((a) => a.id)).toEqual(bundle.applications.map((a) => a.id));
    expect(one.body.timeline[0].kind).toBe('receive');
  }
  expect((await tu.get(`/drafts/${draft.id}`)).status).toBe(404);
  const replay = await tu.post<Application>('/applications', { draftId: draft.id }, 'life-event-key-1');
  expect(replay.status).toBe(200);
  expect(replay.body.bundle?.applications.map((a) => a.id)).toEqual(bundle.applications.map((a) => a.id));
  expect(applicationCollections(suite.server.world).applications.size).toBe(5);
});

it('refuses an incomplete life-event draft with the combined form’s fields, filing nothing', async () => {
  const draft = (await tu.post<Draft>('/drafts', { lifeEventId: 'xinshenger-chusheng' })).body;
  const res = await tu.post<ErrorBody>('/applications', { draftId: draft.id }, 'life-event-key-2');
  expect(res.status).toBe(422);
  const fields = Object.keys(res.body.error.fields ?? {});
  expect(fields.some((f) => f.startsWith('materials.lm'))).toBe(true);
  expect(fields).toContain('delivery');
  expect(applicationCollections(suite.server.world).applications.size).toBe(0);
  const unknown = await tu.post<ErrorBody>('/drafts', { lifeEventId: 'no-such-event' });
  expect(unknown.status).toBe(422);
  expect(unknown.body.error.fields?.lifeEventId).toBe('未找到该“一件事”');
  const stray = await tu.post<ErrorBody>('/drafts', { lifeEventId: 'tuixiu', owner: 'x' });
  expect(stray.status).toBe(400);
});

it('a kill between two lines of a bundle is finished at the next start: every item filed once, then the draft goes', async () => {
  const draft = await readyDraft();
  const filed = await tu.post<Application>('/applications', { draftId: draft.id }, 'life-event-key-3');
  const ids = filed.body.bundle!.applications.map((a) => a.id);
  const { applications, drafts } = applicationCollections(suite.server.world);
  // As if killed after the first line: the others and the draft's deletion never happened.
  const first = applications.get(ids[0])!;
  for (const id of ids.slice(1)) applications.delete(id);
  applications.put(first.id, { ...first, effectsDone: undefined });
  drafts.put(draft.id, { ...(await draftRecordOf(draft)) });
  recoverApplications(suite.server.world);
  expect(ids.every((id) => applications.has(id))).toBe(true);
  expect(applications.size).toBe(5);
  expect(drafts.has(draft.id)).toBe(false);
});

/** The stored draft as it was before submit (read back from the API's view). */
async function draftRecordOf(draft: Draft) {
  return {
    id: draft.id,
    userId: 'u_tu',
    lifeEventId: draft.lifeEvent!.id,
    seq: 1,
    itemId: draft.itemId,
    situationId: draft.situationId,
    applicant: draft.applicant,
    values: draft.values,
    materials: draft.materials,
    delivery: draft.delivery,
    currentTask: draft.currentTask,
    version: draft.version,
    createdAt: draft.createdAt,
    updatedAt: draft.updatedAt,
    touched: 1,
  };
}
