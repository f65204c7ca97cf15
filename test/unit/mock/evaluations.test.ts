/**
 * 好差评 over HTTP, as a citizen: a case is rated per stage once the stage happened; a second
 * rating of the same stage, another citizen's case and no session are refused in words; a bad
 * rating opens a rectification ticket with the deciding department that moves 核实 → 整改 → 回访
 * on the clock, the department's reply is a `rating_replied` case event, and the citizen confirms.
 */
import type { Application } from '../../../src/shared/api/applications';
import type { CommandCentreCase } from '../../../src/shared/api/cases';
import type { CaseEvaluations, Evaluation, EvaluationInput, EvaluationSummary, ItemPerformance } from '../../../src/shared/api/evaluations';
import { applicationCollections } from '../../../mock/applications/model';
import { evaluationCollections } from '../../../mock/evaluations/model';
import { ticketFate, ticketSeed } from '../../../mock/evaluations/rules';
import { onCaseEvent } from '../../../mock/workflow';
import type { CaseEvent } from '../../../mock/workflow';
import { apiSuitePerFile } from '../../support/api-suite';
import { Api, fileApplication } from '../../support/api-client';
import type { ErrorBody } from '../../support/api-client';

const OVER_LIMIT = '500000-010410001000';
const PASSPORT = '500000-010110001000';

let yu: Api;
let tian: Api;
const suite = apiSuitePerFile(async (anon) => {
  yu = await anon.demo('yu');
  tian = await anon.demo('tian');
});

const good: EvaluationInput = {
  stage: 'completion',
  level: 'satisfied',
  dimensions: { overall: 4, efficiency: 4, guide_accuracy: 5, convenience: 4, usability: 4 },
  tags: ['办理速度快'],
  comment: '网上就办好了',
};
const bad: EvaluationInput = { ...good, level: 'dissatisfied', dimensions: { overall: 2, efficiency: 1, guide_accuracy: 3, convenience: 2, usability: 3 }, tags: ['办理拖延'], comment: '等了很久' };

let keys = 0;
const key = () => `test-rate-${(keys += 1)}-key`;

async function advance(minutes: number): Promise<void> {
  expect((await suite.anon.post('/dev/clock', { advanceMinutes: minutes })).status).toBe(200);
  await suite.signIn();
}

async function approvedCase(api: Api): Promise<Application> {
  const filed = await fileApplication(api, OVER_LIMIT);
  const approved = await suite.anon.post<CommandCentreCase>(`/dev/cases/${filed.id}/approve`, {});
  expect(approved.status).toBe(200);
  return filed;
}

it('田兴华 rates his approved permit 满意 once; the same key again answers the same rating; the case stops inviting', async () => {
  const filed = await approvedCase(tian);
  const before = await tian.get<Application>(`/applications/${filed.id}`);
  expect(before.body.actions.map((a) => a.kind)).toContain('rate');
  const k = key();
  const rated = await tian.post<Evaluation>(`/applications/${filed.id}/evaluations`, good, k);
  expect(rated.status).toBe(201);
  expect(rated.body).toMatchObject({ stage: 'completion', level: 'satisfied', comment: '网上就办好了' });
  expect(rated.body.ticket).toBeUndefined();
  expect(rated.body.changeableUntil).toBeTruthy();
  const replay = await tian.post<Evaluation>(`/applications/${filed.id}/evaluations`, good, k);
  expect(replay.status).toBe(200);
  expect(replay.body.id).toBe(rated.body.id);
  const again = await tian.post<ErrorBody>(`/applications/${filed.id}/evaluations`, good, key());
  expect(again.status).toBe(409);
  expect(again.body.error.fields?.stage).toContain('已经评价过');
  const overview = await tian.get<CaseEvaluations>(`/applications/${filed.id}/evaluations`);
  expect(overview.body.evaluations.map((e) => e.id)).toEqual([rated.body.id]);
  const after = await tian.get<Application>(`/applications/${filed.id}`);
  // the acceptance stage is still open (approval accepted the case first)
  expect(overview.body.open).toEqual(['acceptance']);
  expect(after.body.actions.filter((a) => a.kind === 'rate').map((a) => a.text)).toEqual(['欢迎对受理环节作出评价（自愿）']);
});

it('a case not yet accepted or decided cannot be rated: 409 naming the stage, in words', async () => {
  const filed = await fileApplication(tian, OVER_LIMIT);
  const early = await tian.post<ErrorBody>(`/applications/${filed.id}/evaluations`, good, key());
  expect(early.status).toBe(409);
  expect(early.body.error.fields?.stage).toBe('办件尚未办结，办结后可以评价办结环节');
  const acceptance = await tian.post<ErrorBody>(`/applications/${filed.id}/evaluations`, { ...good, stage: 'acceptance' }, key());
  expect(acceptance.status).toBe(409);
  expect(acceptance.body.error.fields?.stage).toBe('办件尚未受理，受理后可以评价受理环节');
  const view = await tian.get<Application>(`/applications/${filed.id}`);
  expect(view.body.actions.map((a) => a.kind)).not.toContain('rate');
});

it('without a level, without a session, or on another citizen’s case: 400, 401, 404', async () => {
  const filed = await approvedCase(tian);
  const { level: _none, ...noLevel } = good;
  const missing = await tian.post<ErrorBody>(`/applications/${filed.id}/evaluations`, noLevel, key());
  expect(missing.status).toBe(400);
  expect(missing.body.error.fields?.level).toBe('请选择满意程度');
  const long = await tian.post<ErrorBody>(`/applications/${filed.id}/evaluations`, { ...good, comment: '长'.repeat(201) }, key());
  expect(long.body.error.fields?.comment).toBe('评价内容最多200字');
  const badNoReason = await tian.post<ErrorBody>(`/applications/${filed.id}/evaluations`, { ...bad, tags: [], comment: ' ' }, key());
  expect(badNoReason.status).toBe(422);
  expect(badNoReason.body.error.fields?.comment).toContain('差评请至少选择一个问题');
  expect((await suite.anon.post(`/applications/${filed.id}/evaluations`, good, key())).status).toBe(401);
  expect((await yu.post(`/applications/${filed.id}/evaluations`, good, key())).status).toBe(404);
  const rated = await tian.post<Evaluation>(`/applications/${filed.id}/evaluations`, good, key());
  expect((await yu.get(`/evaluations/${rated.body.id}`)).status).toBe(404);
  expect((await suite.anon.get(`/evaluations/${rated.body.id}`)).status).toBe(401);
});

it('a rating changes once within 7 days, then 409; the same change again (a retry) answers it as it is', async () => {
  const filed = await approvedCase(tian);
  const rated = await tian.post<Evaluation>(`/applications/${filed.id}/evaluations`, good, key());
  const { stage: _s, ...change } = { ...good, level: 'very_satisfied' as const };
  // the rating as it is: refused in words, the one change not spent
  const { stage: _t, ...same } = good;
  const unchanged = await tian.put<ErrorBody>(`/evaluations/${rated.body.id}`, same);
  expect(unchanged.status).toBe(422);
  expect(unchanged.body.error.fields?._).toBe('评价内容没有变化；修改只有一次机会，请改动后再提交');
  const changed = await tian.put<Evaluation>(`/evaluations/${rated.body.id}`, change);
  expect(changed.status).toBe(200);
  expect(changed.body.level).toBe('very_satisfied');
  expect(changed.body.changeableUntil).toBeUndefined();
  const retry = await tian.put<Evaluation>(`/evaluations/${rated.body.id}`, change);
  expect(retry.status).toBe(200);
  expect(retry.body).toEqual(changed.body);
  const twice = await tian.put<ErrorBody>(`/evaluations/${rated.body.id}`, { ...change, level: 'satisfied' });
  expect(twice.status).toBe(409);
  expect(twice.body.error.fields?._).toBe('评价只能修改一次，您已修改过');
});

it('changeableUntil is 7 days after the rating; past it the change is 409 in words and the field is gone', async () => {
  const filed = await approvedCase(tian);
  const rated = await tian.post<Evaluation>(`/applications/${filed.id}/evaluations`, good, key());
  expect(new Date(rated.body.changeableUntil!).getTime() - new Date(rated.body.createdAt).getTime()).toBe(7 * 24 * 3_600_000);
  await advance(7 * 24 * 60 + 1);
  const later = await tian.get<Evaluation>(`/evaluations/${rated.body.id}`);
  expect(later.body.changeableUntil).toBeUndefined();
  const { stage: _s, ...change } = good;
  const late = await tian.put<ErrorBody>(`/evaluations/${rated.body.id}`, change);
  expect(late.status).toBe(409);
  expect(late.body.error.fields?._).toBe('评价后7日内才能修改，已超过修改期限');
  expect(late.body.error.message).toBe('评价后7日内才能修改，已超过修改期限');
});

it('满意 changed to 不满意 opens a ticket with the deciding department, as a first bad rating does', async () => {
  const filed = await approvedCase(tian);
  const record = applicationCollections(suite.server.world).applications.get(filed.id)!;
  const rated = await tian.post<Evaluation>(`/applications/${filed.id}/evaluations`, good, key());
  expect(rated.body.ticket).toBeUndefined();
  const { stage: _s, ...toBad } = bad;
  const changed = await tian.put<Evaluation>(`/evaluations/${rated.body.id}`, toBad);
  expect(changed.status).toBe(200);
  expect(changed.body).toMatchObject({ level: 'dissatisfied', comment: '等了很久' });
  expect(changed.body.ticket).toMatchObject({ state: 'verifying', department: record.case!.route.at(-1)!.department, canConfirm: false });
  // the ticket is due 5 working days after the day of the change
  expect(changed.body.ticket!.openedAt).toBe(changed.body.changedAt);
  expect(changed.body.changeableUntil).toBeUndefined();
  // and it runs on the clock like any other
  await advance(3 * 60);
  expect((await tian.get<Evaluation>(`/evaluations/${rated.body.id}`)).body.ticket?.state).toBe('rectifying');
});

it('不满意 changed to 满意 closes the open ticket (rating_changed), its steps so far kept; no reply is asked for any more', async () => {
  const filed = await approvedCase(tian);
  const rated = await tian.post<Evaluation>(`/applications/${filed.id}/evaluations`, bad, key());
  await advance(3 * 60);
  const rectifying = await tian.get<Evaluation>(`/evaluations/${rated.body.id}`);
  expect(rectifying.body.ticket?.state).toBe('rectifying');
  const { stage: _s, ...toGood } = good;
  const changed = await tian.put<Evaluation>(`/evaluations/${rated.body.id}`, toGood);
  expect(changed.status).toBe(200);
  const t = changed.body.ticket!;
  expect(t).toMatchObject({ state: 'closed', outcome: 'rating_changed', outcomeLabel: '您已将评价改为非差评，整改单关闭', canConfirm: false, canAppeal: false });
  expect(t.steps.map((s) => [s.name, Boolean(s.endedAt)])).toEqual([
    ['核实', true],
    ['整改', true],
  ]);
  expect(t.steps.at(-1)!.note).toBe('评价已改为非差评');
  // the clock moves past the due date: nothing more happens to it
  await advance(8 * 24 * 60);
  const later = await tian.get<Evaluation>(`/evaluations/${rated.body.id}`);
  expect(later.body.ticket).toMatchObject({ state: 'closed', outcome: 'rating_changed' });
  expect(later.body.ticket?.reply).toBeUndefined();
});

it('不满意 opens a ticket with the deciding department; 核实 → 整改 → reply (a case event) → 回访 → the citizen confirms', async () => {
  const events: CaseEvent[] = [];
  onCaseEvent(suite.server.world, (e) => events.push(e));
  const filed = await approvedCase(tian);
  const record = applicationCollections(suite.server.world).applications.get(filed.id)!;
  const fate = ticketFate(ticketSeed(record.case!.seed, 'completion'));
  // this demo's seed has the department answer, not appeal (the appeal path is a unit test)
  expect(fate.departmentAppeals).toBe(false);
  const rated = await tian.post<Evaluation>(`/applications/${filed.id}/evaluations`, bad, key());
  expect(rated.status).toBe(201);
  const ticket = rated.body.ticket!;
  expect(ticket.department).toBe(record.case!.route.at(-1)!.department);
  expect(ticket.state).toBe('verifying');
  expect(ticket.dueDate).toBe('2026-12-09');
  expect(ticket.canConfirm).toBe(false);
  const early = await tian.post<ErrorBody>(`/evaluations/${rated.body.id}/confirm`);
  expect(early.status).toBe(409);
  await advance(3 * 60);
  const rectifying = await tian.get<Evaluation>(`/evaluations/${rated.body.id}`);
  expect(rectifying.body.ticket?.state).toBe('rectifying');
  expect(rectifying.body.ticket?.steps.map((s) => s.name)).toEqual(['核实', '整改']);
  expect(events.filter((e) => e.kind === 'rating_replied')).toEqual([]);
  await advance(6 * 24 * 60);
  const replied = await tian.get<Evaluation>(`/evaluations/${rated.body.id}`);
  const t = replied.body.ticket!;
  expect(t.state).toBe('revisiting');
  expect(t.reply?.text).toContain('办理拖延');
  expect(t.reply!.at.slice(0, 10) <= t.dueDate).toBe(true);
  expect(t.steps.map((s) => s.name)).toEqual(['核实', '整改', '回访']);
  expect(events.filter((e) => e.kind === 'rating_replied').map((e) => e.applicationId)).toEqual([filed.id]);
  const confirmed = await tian.post<Evaluation>(`/evaluations/${rated.body.id}/confirm`);
  expect(confirmed.status).toBe(200);
  expect(confirmed.body.ticket).toMatchObject({ state: 'closed', outcome: 'confirmed', canConfirm: false });
});

it('the citizen may appeal the handling instead: 复核 by the 政务服务管理办公室 closes it 3 working days later', async () => {
  const filed = await approvedCase(tian);
  const rated = await tian.post<Evaluation>(`/applications/${filed.id}/evaluations`, bad, key());
  await advance(7 * 24 * 60);
  const short = await tian.post<ErrorBody>(`/evaluations/${rated.body.id}/appeal`, { reason: '不行' });
  expect(short.status).toBe(400);
  expect(short.body.error.fields?.reason).toBe('请写明申诉理由（5–200字）');
  const appealed = await tian.post<Evaluation>(`/evaluations/${rated.body.id}/appeal`, { reason: '整改只是说明，没有解决实际问题' });
  expect(appealed.body.ticket?.state).toBe('reviewing');
  await advance(5 * 24 * 60);
  const done = await tian.get<Evaluation>(`/evaluations/${rated.body.id}`);
  expect(done.body.ticket).toMatchObject({ state: 'closed', outcome: 'reviewed' });
});

it('我的评价 lists only the citizen’s own ratings, newest first, a bad one with where its ticket is; 401 without a session', async () => {
  expect((await suite.anon.get<ErrorBody>('/evaluations')).status).toBe(401);
  expect((await tian.get<EvaluationSummary[]>('/evaluations')).body).toEqual([]);
  const first = await approvedCase(tian);
  const pleased = await tian.post<Evaluation>(`/applications/${first.id}/evaluations`, good, key());
  await advance(60);
  const second = await approvedCase(tian);
  const displeased = await tian.post<Evaluation>(`/applications/${second.id}/evaluations`, bad, key());
  // this case's seed has the department answer rather than appeal (as the demo above)
  const record = applicationCollections(suite.server.world).applications.get(second.id)!;
  expect(ticketFate(ticketSeed(record.case!.seed, 'completion')).departmentAppeals).toBe(false);
  const theirs = await yu.get<EvaluationSummary[]>('/evaluations');
  expect(theirs.body).toEqual([]);

  const mine = await tian.get<EvaluationSummary[]>('/evaluations');
  expect(mine.status).toBe(200);
  expect(mine.body.map((e) => e.id)).toEqual([displeased.body.id, pleased.body.id]);
  expect(mine.body[0]).toMatchObject({ applicationId: second.id, number: second.number, stage: 'completion', level: 'dissatisfied', ticket: { state: 'verifying', stateLabel: '核实中', awaitsCitizen: false } });
  expect(mine.body[0].ticket?.dueDate).toBe(displeased.body.ticket?.dueDate);
  expect(mine.body[1].ticket).toBeUndefined();

  // the department replies on the clock: the list says so, and that the return visit waits on him
  await advance(7 * 24 * 60);
  const later = await tian.get<EvaluationSummary[]>('/evaluations');
  expect(later.body[0].ticket).toMatchObject({ state: 'revisiting', stateLabel: '待您确认', awaitsCitizen: true });
  await tian.post<Evaluation>(`/evaluations/${displeased.body.id}/confirm`);
  const closed = await tian.get<EvaluationSummary[]>('/evaluations');
  expect(closed.body[0].ticket).toMatchObject({ state: 'closed', outcomeLabel: '您已确认整改结果', awaitsCitizen: false });
});

it('an item’s published figures: period, sample size, on-time count, the spread with bad ratings and how many were rectified', async () => {
  const res = await suite.anon.get<ItemPerformance>(`/items/${PASSPORT}/performance`);
  expect(res.status).toBe(200);
  const p = res.body;
  expect(p.period).toEqual({ from: '2025-12-01', to: '2026-11-30' });
  expect(p.cases).toBeGreaterThan(50);
  expect(p.onTime).toBeLessThanOrEqual(p.cases);
  const spread = Object.values(p.ratings.levels).reduce((a, b) => a + b, 0);
  expect(spread + p.ratings.bad.appealUpheld).toBe(p.ratings.total);
  expect(p.ratings.bad.total).toBe(p.ratings.levels.dissatisfied + p.ratings.levels.very_dissatisfied);
  expect(p.ratings.bad.rectified + p.ratings.bad.inProgress).toBe(p.ratings.bad.total);
  expect((await suite.anon.get<ErrorBody>('/items/nope/performance')).status).toBe(404);
});

it('a department appeals a mistaken bad rating; upheld, the ticket closes with the outcome in words', async () => {
  const events: CaseEvent[] = [];
  onCaseEvent(suite.server.world, (e) => events.push(e));
  const filed = await approvedCase(tian);
  const rated = await tian.post<Evaluation>(`/applications/${filed.id}/evaluations`, bad, key());
  // the seed of this case has the department answer; take a seed whose department appeals and wins
  let seed = 0;
  while (!(ticketFate(seed).departmentAppeals && ticketFate(seed).appealUpheld)) seed += 1;
  const ratings = evaluationCollections(suite.server.world).evaluations;
  const stored = ratings.get(rated.body.id)!;
  ratings.put(stored.id, { ...stored, ticket: { ...stored.ticket!, seed } });
  await advance(3 * 60);
  const appealing = await tian.get<Evaluation>(`/evaluations/${rated.body.id}`);
  expect(appealing.body.ticket?.state).toBe('department_appeal');
  expect(appealing.body.ticket?.departmentAppeal?.reason).toContain('不属于本部门');
  await advance(2 * 24 * 60);
  const decided = await tian.get<Evaluation>(`/evaluations/${rated.body.id}`);
  expect(decided.body.ticket).toMatchObject({ state: 'closed', outcome: 'appeal_upheld', outcomeLabel: '部门申诉成立，该差评不计入统计' });
  expect(decided.body.ticket?.departmentAppeal?.outcome).toBe('upheld');
  expect(events.filter((e) => e.kind === 'rating_replied')).toHaveLength(1);
});
