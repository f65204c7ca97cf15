/**
 * Cases move node by node on the world clock (the tests move it, never wait): 田兴华's over-limit
 * permit filed from 光辉村 climbs village → township → district → city, each hand-over a node; a
 * supplement pauses the deadline; withdrawal only before acceptance; the reviewers' controls; the
 * public query; every recorded move is one the transition table allows.
 */
import type { Application } from '../../../src/shared/api/applications';
import type { CaseList, CommandCentreCase, CommandCentrePage, PublicProgress } from '../../../src/shared/api/cases';
import type { Certificate } from '../../../src/shared/api/identity';
import { impossibleMoves } from '../../../mock/workflow';
import { applicationCollections } from '../../../mock/applications/model';
import { apiSuitePerFile } from '../../support/api-suite';
import { Api, fileApplication } from '../../support/api-client';
import type { ErrorBody } from '../../support/api-client';

const OVER_LIMIT = '500000-010410001000';
const PASSPORT = '500000-010110001000';

let tian: Api;
let yu: Api;
const suite = apiSuitePerFile(async (anon) => {
  tian = await anon.demo('tian');
  yu = await anon.demo('yu');
});

async function advance(minutes: number): Promise<void> {
  const res = await suite.anon.post('/dev/clock', { advanceMinutes: minutes });
  expect(res.status).toBe(200);
  // sessions end after 120 idle minutes: the citizens come back and sign in again
  await suite.signIn();
}

async function view(api: Api, id: string): Promise<Application> {
  const res = await api.get<Application>(`/applications/${id}`);
  expect(res.status).toBe(200);
  return res.body;
}

function allMovesAllowed(): void {
  for (const record of applicationCollections(suite.server.world).applications.values()) expect(impossibleMoves(record)).toEqual([]);
}

it('田兴华’s permit is received at 光辉村, relayed through 黄家镇 and 彭水县, and decided by the city', async () => {
  const filed = await fileApplication(tian, OVER_LIMIT);
  expect(filed.timeline).toHaveLength(1);
  expect(filed.timeline[0]).toMatchObject({ kind: 'receive', level: 'village', status: 'received' });
  expect(filed.timeline[0].department).toContain('光辉村');
  expect(filed.deadline.state).toBe('not_started');
  await advance(60 * 24 * 3);
  const later = await view(tian, filed.id);
  const levels = later.timeline.map((s) => `${s.level}:${s.name}`);
  expect(levels.slice(0, 4)).toEqual(['village:收件', 'township:转报', 'district:转报', 'city:受理审查']);
  expect(later.timeline[1].department).toContain('黄家镇');
  expect(later.timeline[2].department).toContain('彭水');
  expect(later.timeline[3].department).toBe('重庆市交通运输委员会');
  for (const step of later.timeline) {
    expect(step.handler?.name).toMatch(/^.\*+$/);
  }
  allMovesAllowed();
});

it('a supplement pauses the promise; answering by reusing a certificate resumes it', async () => {
  const filed = await fileApplication(tian, OVER_LIMIT);
  await advance(60 * 4);
  const asked = await suite.anon.post<CommandCentreCase>(`/dev/cases/${filed.id}/accept`, {});
  expect(asked.status).toBe(200);
  expect(asked.body.status).toBe('in_process');
  const licence = asked.body.materials.find((m) => m.name.includes('行驶证'));
  expect(licence).toBeDefined();
  const sup = await suite.anon.post<CommandCentreCase>(`/dev/cases/${filed.id}/supplement`, { materialIds: [licence!.materialId] });
  expect(sup.status).toBe(200);
  const waiting = await view(tian, filed.id);
  expect(waiting.status).toBe('supplement_requested');
  expect(waiting.deadline.state).toBe('paused');
  expect(waiting.actions[0].kind).toBe('supplement');
  const list = await tian.get<CaseList>('/applications?state=supplement');
  expect(list.body.counts.supplement).toBe(1);
  expect(list.body.items.map((i) => i.id)).toEqual([filed.id]);
  const request = waiting.supplement!;
  expect(request.materials.map((m) => m.name)).toEqual([licence!.name]);
  expect(request.reason).toContain('行驶证');
  const certs = await tian.get<Certificate[]>('/me/certificates');
  const answer: Record<string, unknown> = {};
  for (const m of request.materials) {
    const cert = certs.body.find((c) => c.kind === 'vehicle_licence');
    answer[m.materialId] = { kind: 'certificate', certificateId: cert!.id };
  }
  const wrong = await tian.post<ErrorBody>(`/applications/${filed.id}/supplement`, { requestId: request.id, materials: {} });
  expect(wrong.status).toBe(422);
  expect(Object.keys(wrong.body.error.fields ?? {})).toEqual(request.materials.map((m) => `materials.${m.materialId}`));
  expect(request.materials[0].certificateKinds).toEqual(['vehicle_licence']);
  // his ID card is not what the clerk asked for: refused at the material
  const idCard = certs.body.find((c) => c.kind === 'id_card')!;
  const mismatch = await tian.post<ErrorBody>(`/applications/${filed.id}/supplement`, { requestId: request.id, materials: { [licence!.materialId]: { kind: 'certificate', certificateId: idCard.id } } });
  expect(mismatch.status).toBe(422);
  expect(mismatch.body.error.fields?.[`materials.${licence!.materialId}`]).toBe('该证照不能用于这份材料，请选择相应的证照或上传文件');
  const ok = await tian.post<Application>(`/applications/${filed.id}/supplement`, { requestId: request.id, materials: answer });
  expect(ok.status).toBe(200);
  expect(ok.body.status).toBe('in_process');
  // the application now holds the answer: the licence met by his e-certificate
  expect(ok.body.materials.find((m) => m.name === licence!.name)?.metBy).toBe('certificate');
  expect(ok.body.deadline.state).not.toBe('paused');
  allMovesAllowed();
});

it('approval issues the e-permit into 我的证照 and the result ships by the clock', async () => {
  const filed = await fileApplication(tian, OVER_LIMIT);
  const approved = await suite.anon.post<CommandCentreCase>(`/dev/cases/${filed.id}/approve`, {});
  expect(approved.status).toBe(200);
  await advance(60 * 24 * 4);
  const done = await view(tian, filed.id);
  expect(done.result?.outcome).toBe('approved');
  expect(done.result?.certificateId).toBeTruthy();
  const certs = await tian.get<Certificate[]>('/me/certificates');
  expect(certs.body.find((c) => c.id === done.result?.certificateId)).toMatchObject({ trustLevel: 'A' });
  if (done.delivery.method === 'express') expect(done.shipment?.stage).toBe('delivered');
  allMovesAllowed();
});

it('withdrawal only before acceptance; another citizen’s case is 404; the public query is masked', async () => {
  const a = await fileApplication(yu, PASSPORT);
  expect((await tian.post(`/applications/${a.id}/withdraw`)).status).toBe(404);
  const progress = await suite.anon.get<PublicProgress>(`/progress?number=${a.number}&name=${encodeURIComponent('喻明远')}`);
  expect(progress.status).toBe(200);
  expect(progress.body.applicantName).toBe('喻**');
  expect(JSON.stringify(progress.body)).not.toMatch(/handler|opinion|喻明远/);
  expect(progress.body.timeline[0]).toMatchObject({ name: '收件' });
  const wrongName = await suite.anon.get<ErrorBody>(`/progress?number=${a.number}&name=${encodeURIComponent('某某')}`);
  const wrongNumber = await suite.anon.get<ErrorBody>(`/progress?number=YKB20261202999999&name=${encodeURIComponent('喻明远')}`);
  // one answer for either mistake: the query is no oracle
  expect([wrongName.status, wrongNumber.status]).toEqual([404, 404]);
  expect(wrongName.body.error.message).toBe(wrongNumber.body.error.message);
  const malformed = await suite.anon.get<ErrorBody>(`/progress?number=123&name=x`);
  expect(malformed.status).toBe(400);
  expect(malformed.body.error.fields?.number).toContain('办件编号');
  const w = await yu.post<Application>(`/applications/${a.id}/withdraw`);
  expect(w.status).toBe(200);
  expect(w.body.status).toBe('withdrawn');
  const again = await yu.post<ErrorBody>(`/applications/${a.id}/withdraw`);
  expect(again.status).toBe(409);
  const list = await yu.get<CaseList>('/applications?state=withdrawn');
  expect(list.body.counts.withdrawn).toBe(1);
  const centre = await suite.anon.get<CommandCentrePage>('/dev/cases');
  expect(centre.body.total).toBe(1);
  allMovesAllowed();
});

it('a case with a fee waits in 待缴费 for it; paying lets the clock decide it', async () => {
  const filed = await fileApplication(yu, PASSPORT);
  expect(filed.fee).toBeDefined();
  await advance(60 * 24 * 6);
  const waiting = await view(yu, filed.id);
  expect(waiting.status).toBe('in_process');
  expect(waiting.actions.map((a) => a.kind)).toContain('pay');
  const tabs = await yu.get<CaseList>('/applications?state=payment');
  expect(tabs.body.items.map((i) => i.id)).toEqual([filed.id]);
  expect(tabs.body.counts).toMatchObject({ all: 1, payment: 1, in_progress: 0 });
  // 全部 holds it too, whatever its state: where 我的办件 opens
  const all = await yu.get<CaseList>('/applications?state=all');
  expect(all.body.items.map((i) => i.id)).toEqual([filed.id]);
  const refused = await suite.anon.post<ErrorBody>(`/dev/cases/${filed.id}/approve`, {});
  expect(refused.status).toBe(409);
  expect(refused.body.error.message).toContain('缴纳');
  const payment = await yu.post<{ id: string }>(`/applications/${filed.id}/payments`, undefined, 'pay-passport-1');
  expect(payment.status).toBe(200);
  expect((await suite.anon.post(`/dev/payments/${payment.body.id}/notify`, { result: 'success' })).status).toBe(200);
  await advance(60 * 24 * 2);
  const decided = await view(yu, filed.id);
  expect(['approved', 'refused']).toContain(decided.status);
  expect(decided.result).toBeDefined();
  allMovesAllowed();
});

it('a refusal gives its reasons, the remedies with their last days, and refunds the fee', async () => {
  const filed = await fileApplication(tian, OVER_LIMIT);
  expect((await suite.anon.post(`/dev/cases/${filed.id}/accept`, {})).status).toBe(200);
  const res = await suite.anon.post<CommandCentreCase>(`/dev/cases/${filed.id}/refuse`, { reason: '申请的通行路线经勘测不具备通行条件' });
  expect(res.status).toBe(200);
  const done = await view(tian, filed.id);
  expect(done.status).toBe('refused');
  expect(done.result?.reasons).toEqual(['申请的通行路线经勘测不具备通行条件']);
  expect(done.result?.remedies?.map((r) => [r.name, r.deadline])).toEqual([
    ['行政复议', '2027-01-31'],
    ['行政诉讼', '2027-06-02'],
  ]);
  expect(done.deadline.state).toBe('met');
  const again = await suite.anon.post<ErrorBody>(`/dev/cases/${filed.id}/approve`, {});
  expect(again.status).toBe(409);
  allMovesAllowed();
});

it('an unanswered supplement ends the case as not accepted after its due date', async () => {
  const filed = await fileApplication(tian, OVER_LIMIT);
  expect((await suite.anon.post(`/dev/cases/${filed.id}/supplement`, {})).status).toBe(200);
  const waiting = await view(tian, filed.id);
  expect(waiting.supplement?.dueDate).toBe('2026-12-09');
  await advance(60 * 24 * 8);
  const ended = await view(tian, filed.id);
  expect(ended.status).toBe('not_accepted');
  expect(ended.result?.reasons?.[0]).toContain('补正');
  allMovesAllowed();
});

it('the tracking endpoints need a session; another citizen’s case is 404 for every action', async () => {
  const filed = await fileApplication(tian, OVER_LIMIT);
  for (const [method, path, json] of [
    ['GET', '/applications?state=in_progress', undefined],
    ['POST', `/applications/${filed.id}/withdraw`, {}],
    ['POST', `/applications/${filed.id}/supplement`, {}],
    ['POST', `/applications/${filed.id}/receipt`, {}],
    ['PUT', `/applications/${filed.id}/delivery-address`, {}],
  ] as const) {
    expect((await suite.anon.call(method, path, { json })).status).toBe(401);
  }
  expect((await yu.get(`/applications/${filed.id}`)).status).toBe(404);
  expect((await yu.post(`/applications/${filed.id}/receipt`)).status).toBe(404);
  expect((await yu.put(`/applications/${filed.id}/delivery-address`, { addressId: 'addr_yu_home' })).status).toBe(404);
  const bad = await tian.get<ErrorBody>('/applications?state=finished');
  expect(bad.status).toBe(400);
  expect(bad.body.error.fields?.state).toContain('state');
});

it('the list pages newest first with every tab counted', async () => {
  const first = await fileApplication(tian, OVER_LIMIT);
  const second = await fileApplication(tian, OVER_LIMIT);
  const page1 = await tian.get<CaseList>('/applications?state=in_progress&limit=1');
  expect(page1.body.items.map((i) => i.id)).toEqual([second.id]);
  expect(page1.body.counts.in_progress).toBe(2);
  expect(page1.body.items[0]).toMatchObject({ kind: 'application', number: second.number, statusLabel: '已收件' });
  expect(page1.body.items[0].currentNode).toContain('光辉村');
  const page2 = await tian.get<CaseList>(`/applications?state=in_progress&limit=1&cursor=${page1.body.nextCursor}`);
  expect(page2.body.items.map((i) => i.id)).toEqual([first.id]);
  expect(page2.body.nextCursor).toBeNull();
  // a draft not yet filed: counted on every tab, listed under 草稿, opening its task list
  const draft = await tian.post<{ id: string }>('/drafts', { itemId: OVER_LIMIT, situationId: 's1' });
  const drafts = await tian.get<CaseList>('/applications?state=draft');
  expect(drafts.body.counts.draft).toBe(1);
  expect(drafts.body.items).toEqual([expect.objectContaining({ id: draft.body.id, kind: 'draft', statusLabel: '草稿' })]);
  expect((await tian.get<CaseList>('/applications?state=done')).body.counts.draft).toBe(1);
});

it('a fee left unpaid past its notice returns the case (已退回)', async () => {
  const filed = await fileApplication(yu, PASSPORT);
  await advance(60 * 24 * 12);
  const returned = await view(yu, filed.id);
  expect(returned.status).toBe('rejected');
  expect(returned.timeline.at(-1)).toMatchObject({ name: '退回' });
  expect(returned.actions.map((a) => a.kind)).not.toContain('pay');
  const done = await yu.get<CaseList>('/applications?state=done');
  expect(done.body.items.map((i) => i.id)).toEqual([filed.id]);
  allMovesAllowed();
});
