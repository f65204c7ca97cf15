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
  const ok = await tian.post<Application>(`/applications/${filed.id}/supplement`, { requestId: request.id, materials: answer });
  expect(ok.status).toBe(200);
  expect(ok.body.status).toBe('in_process');
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
  const progress = await suite.anon.get<PublicProgress>(`/progress?number=${a.number}&name=${encodeURIComponent('喻志强')}`);
  const wrongName = await suite.anon.get<ErrorBody>(`/progress?number=${a.number}&name=${encodeURIComponent('某某')}`);
  expect(wrongName.status).toBe(404);
  expect([200, 404]).toContain(progress.status);
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
