/**
 * 投诉 over HTTP, as a citizen: a complaint about one's own case (Idempotency-Key), refused in
 * words for another citizen's case, a bad body, or while the case has one open; accepted and
 * assigned by 12345 two working hours later, answered by the deciding department at a seeded
 * time (a `complaint_replied` message that opens the complaint), then the citizen's 满意 / 不满意:
 * 重新办理 once, closed as handled again, or closed without an answer after 3 working days. Every
 * step is recorded at its own time in working hours, however far the clock jumps.
 */
import type { Application } from '../../../src/shared/api/applications';
import type { CommandCentrePage } from '../../../src/shared/api/cases';
import type { Complaint, ComplaintInput } from '../../../src/shared/api/complaints';
import { COMPLAINT_CENTRE, COMPLAINT_FEEDBACK_DAYS } from '../../../src/shared/api/complaints';
import type { ClockState, OutboxMessage } from '../../../src/shared/api/dev';
import type { MessageList } from '../../../src/shared/api/messages';
import { applicationCollections } from '../../../mock/applications/model';
import { complaintCollections } from '../../../mock/complaints/model';
import { complaintDueDate, complaintFate, complaintReplyTime, complaintSeed } from '../../../mock/complaints/rules';
import { workingDaysLater } from '../../../mock/evaluations/rules';
import { isWorkingTime } from '../../../mock/server/working-time';
import { apiSuitePerFile } from '../../support/api-suite';
import { Api, FULL_ID, FULL_PHONE, fileApplication } from '../../support/api-client';
import type { ErrorBody } from '../../support/api-client';

const OVER_LIMIT = '500000-010410001000'; // free of charge
const PASSPORT = '500000-010110001000'; // 普通护照签发, 120 元
const DESCRIPTION = '受理后已经超过承诺的办理时限，一直没有办结，也没有人说明原因';

let yu: Api;
let tian: Api;
const suite = apiSuitePerFile(async (anon) => {
  yu = await anon.demo('yu');
  tian = await anon.demo('tian');
});

let keys = 0;
const key = () => `test-complaint-${(keys += 1)}-key`;

const input = (applicationId: string, extra: Partial<ComplaintInput> = {}): ComplaintInput => ({ applicationId, category: 'overdue', description: DESCRIPTION, ...extra });

async function complain(api: Api, applicationId: string, extra: Partial<ComplaintInput> = {}): Promise<Complaint> {
  const made = await api.post<Complaint>('/complaints', input(applicationId, extra), key());
  expect(made.status).toBe(201);
  return made.body;
}

async function advance(minutes: number): Promise<void> {
  expect((await suite.anon.post('/dev/clock', { advanceMinutes: minutes })).status).toBe(200);
  await suite.signIn();
}

async function now(): Promise<Date> {
  return new Date((await suite.anon.get<ClockState>('/dev/clock')).body.now);
}

/** Moves the clock to one minute after `at`. */
async function advancePast(at: Date): Promise<void> {
  await advance(Math.ceil((at.getTime() - (await now()).getTime()) / 60_000) + 1);
}

/** In the back office's working time, or at the very end of a period (12:00, 17:30). */
const inWorkingHours = (iso: string) => isWorkingTime(new Date(iso)) || isWorkingTime(new Date(new Date(iso).getTime() - 1));

/** 2026-12-09 → 12月9日 */
const monthDay = (date: string) => `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;

const bj = (local: string) => new Date(`${local}+08:00`).toISOString();

function caseSeed(applicationId: string): number {
  return applicationCollections(suite.server.world).applications.get(applicationId)!.case!.seed;
}

async function get(api: Api, id: string): Promise<Complaint> {
  const res = await api.get<Complaint>(`/complaints/${id}`);
  expect(res.status).toBe(200);
  return res.body;
}

const stored = () => complaintCollections(suite.server.world).complaints.values();

it('answers 401 on every complaint endpoint without a session', async () => {
  const calls: Array<[string, string, unknown?]> = [
    ['POST', '/complaints', input('app_x')],
    ['GET', '/complaints'],
    ['GET', '/complaints/cp_x'],
    ['POST', '/complaints/cp_x/feedback', { satisfied: true }],
  ];
  const statuses = await Promise.all(calls.map(async ([m, p, b]) => [`${m} ${p}`, (await suite.anon.call(m, p, { json: b, key: key() })).status] as const));
  expect(statuses.filter(([, s]) => s !== 401)).toEqual([]);
});

it('another citizen’s case or an unknown one is 404 naming applicationId; another’s complaint is 404 to read and to answer; nothing is stored', async () => {
  const theirs = await fileApplication(tian, OVER_LIMIT);
  const foreign = await yu.post<ErrorBody>('/complaints', input(theirs.id), key());
  expect(foreign.status).toBe(404);
  expect(foreign.body.error.fields?.applicationId).toBe('未找到该办件');
  const unknown = await yu.post<ErrorBody>('/complaints', input('app_doesnotexist'), key());
  expect(unknown.status).toBe(404);
  expect(unknown.body.error).toEqual(foreign.body.error);
  expect(stored()).toEqual([]);

  const complaint = await complain(tian, theirs.id);
  expect((await yu.get<ErrorBody>(`/complaints/${complaint.id}`)).status).toBe(404);
  const answer = await yu.post<ErrorBody>(`/complaints/${complaint.id}/feedback`, { satisfied: true });
  expect(answer.status).toBe(404);
  expect(answer.body.error.fields?.id).toBe('未找到该投诉');
  expect((await yu.get<Complaint[]>('/complaints')).body).toEqual([]);
  expect((await tian.get<ErrorBody>('/complaints/cp_nothing')).status).toBe(404);
});

it('refuses a bad body with 400 naming the field, and a missing Idempotency-Key; nothing is stored', async () => {
  const filed = await fileApplication(tian, OVER_LIMIT);
  const { category: _c, ...noCategory } = input(filed.id);
  const cases: Array<[unknown, string, string]> = [
    [noCategory, 'category', '请选择投诉类型'],
    [input(filed.id, { category: 'rude' as never }), 'category', '请选择投诉类型'],
    // trimmed: nine characters between spaces are too few
    [input(filed.id, { description: '   办理太慢了还没好啊   ' }), 'description', '请写明投诉的具体情况（10–500字）'],
    [input(filed.id, { description: '慢'.repeat(501) }), 'description', '请写明投诉的具体情况（10–500字）'],
    [{ ...input(filed.id), phone: '13800000000' }, 'phone', '不支持的字段'],
  ];
  for (const [body, field, message] of cases) {
    const res = await tian.post<ErrorBody>('/complaints', body, key());
    expect([res.status, field, res.body.error.fields?.[field]]).toEqual([400, field, expect.stringContaining(message)]);
  }
  const keyless = await tian.post<ErrorBody>('/complaints', input(filed.id));
  expect(keyless.status).toBe(400);
  expect(keyless.body.error.fields?.['Idempotency-Key']).toContain('缺少 Idempotency-Key');
  expect(stored()).toEqual([]);
  // the limits themselves are accepted: ten characters (after trimming) and five hundred
  const ten = await tian.post<Complaint>('/complaints', input(filed.id, { description: '  办理太慢了还没好啊啊  ' }), key());
  expect(ten.status).toBe(201);
  expect(ten.body.description).toBe('办理太慢了还没好啊啊');
  const other = await fileApplication(tian, OVER_LIMIT);
  expect((await tian.post('/complaints', input(other.id, { description: '慢'.repeat(500) }), key())).status).toBe(201);
});

it('the same Idempotency-Key and body answers 200 with the same complaint; another body under it is 409; a second complaint while one is open is 409', async () => {
  const filed = await fileApplication(tian, OVER_LIMIT);
  const k = key();
  const made = await tian.post<Complaint>('/complaints', input(filed.id), k);
  expect(made.status).toBe(201);
  const replay = await tian.post<Complaint>('/complaints', input(filed.id), k);
  expect(replay.status).toBe(200);
  expect(replay.body).toEqual(made.body);
  expect(stored()).toHaveLength(1);
  const reused = await tian.post<ErrorBody>('/complaints', input(filed.id, { category: 'fees' }), k);
  expect(reused.status).toBe(409);
  expect(reused.body.error.fields?.['Idempotency-Key']).toBe('该请求编号已用于另一条投诉，请重新提交');
  const second = await tian.post<ErrorBody>('/complaints', input(filed.id, { category: 'conduct' }), key());
  expect(second.status).toBe(409);
  expect(second.body.error.fields?.applicationId).toBe('这件办件已有投诉正在办理，请在“我的投诉”中查看进度');
  expect(stored()).toHaveLength(1);
  // the key is the citizen's own: 喻先生 using the same one makes his own complaint about his own case
  const his = await fileApplication(yu, OVER_LIMIT);
  expect((await yu.post<Complaint>('/complaints', input(his.id), k)).status).toBe(201);
});

it('is numbered TS + the Beijing date + the day’s sequence, across citizens; the sequence starts again the next day', async () => {
  const a = await fileApplication(tian, OVER_LIMIT);
  const b = await fileApplication(yu, OVER_LIMIT);
  expect((await complain(tian, a.id)).number).toBe('TS20261202000001');
  expect((await complain(yu, b.id)).number).toBe('TS20261202000002');
  // 07:30 in Beijing is still the day before in UTC: the number carries the Beijing date
  expect((await suite.anon.post('/dev/clock', { freezeAt: '2026-12-04T07:30:00+08:00' })).status).toBe(200);
  await suite.signIn();
  const c = await fileApplication(tian, OVER_LIMIT, { today: '2026-12-04' });
  expect((await complain(tian, c.id)).number).toBe('TS20261204000001');
});

it('moves on the clock: 待受理 → 12345 accepts and assigns it to the deciding department two working hours later → 办理中 → the seeded reply → 已答复', async () => {
  const filed = await fileApplication(tian, OVER_LIMIT);
  const record = applicationCollections(suite.server.world).applications.get(filed.id)!;
  const department = record.case!.route.at(-1)!.department;
  const made = await complain(tian, filed.id);
  expect(made).toMatchObject({
    applicationId: filed.id,
    applicationNumber: filed.number,
    itemName: filed.itemName,
    category: 'overdue',
    description: DESCRIPTION,
    state: 'submitted',
    stateLabel: '待受理',
    department,
    replies: [],
    feedback: [],
    canGiveFeedback: false,
  });
  expect(made.dueDate).toBeUndefined();
  expect(made.steps).toEqual([{ name: '提交', department: '您', startedAt: made.createdAt, endedAt: made.createdAt, note: '投诉类型：超期未办结' }]);
  const early = await tian.post<ErrorBody>(`/complaints/${made.id}/feedback`, { satisfied: true });
  expect(early.status).toBe(409);
  expect(early.body.error.fields?.satisfied).toBe('部门尚未答复，答复后才能评价办理结果');

  await advance(119);
  expect((await get(tian, made.id)).state).toBe('submitted');
  await advance(1);
  const handling = await get(tian, made.id);
  const acceptedAt = bj('2026-12-02T12:00:00');
  expect(handling).toMatchObject({ state: 'handling', stateLabel: '办理中', dueDate: '2026-12-09', canGiveFeedback: false });
  expect(handling.steps.map((s) => [s.name, s.department, s.startedAt, s.endedAt])).toEqual([
    ['提交', '您', made.createdAt, made.createdAt],
    ['受理', COMPLAINT_CENTRE, acceptedAt, acceptedAt],
    ['转办', COMPLAINT_CENTRE, acceptedAt, acceptedAt],
    ['办理', department, acceptedAt, undefined],
  ]);
  expect(handling.steps[2].note).toBe(`已转交${department}办理，12月9日前答复您`);

  // the reply comes at the seeded time, not a minute before
  const replyAt = complaintReplyTime(new Date(acceptedAt), complaintFate(complaintSeed(caseSeed(filed.id), 0)).replyMinutes, '2026-12-09');
  await advancePast(new Date(replyAt.getTime() - 2 * 60_000));
  expect((await get(tian, made.id)).state).toBe('handling');
  await advance(2);
  const replied = await get(tian, made.id);
  expect(replied).toMatchObject({ state: 'replied', stateLabel: '已答复，待您评价', canGiveFeedback: true });
  expect(replied.replies).toHaveLength(1);
  const reply = replied.replies[0];
  expect(reply.at).toBe(replyAt.toISOString());
  expect(reply.handler).toMatch(new RegExp(`^${department} [\\u4e00-\\u9fa5]\\*{2,}（工号 \\d{6}-\\d{3}）$`));
  // an overdue complaint is answered from the case's deadline, with the dates in words
  expect(reply.text).toMatch(/^经核查，您的「超限运输车辆行驶公路许可」办件/);
  expect(reply.text).toMatch(/\d+月\d+日/);
  expect(replied.steps.map((s) => [s.name, s.department, s.endedAt])).toEqual([
    ['提交', '您', made.createdAt],
    ['受理', COMPLAINT_CENTRE, acceptedAt],
    ['转办', COMPLAINT_CENTRE, acceptedAt],
    ['办理', department, reply.at],
    ['回访', COMPLAINT_CENTRE, undefined],
  ]);
  expect(replied.steps[4].startedAt).toBe(reply.at);
});

it('a week’s jump records every step at its own time, each in working hours; the reply is a complaint_replied message that opens the complaint, never pushed', async () => {
  const filed = await fileApplication(tian, OVER_LIMIT);
  const made = await complain(tian, filed.id);
  const outboxBefore = (await suite.anon.get<OutboxMessage[]>('/dev/outbox')).body.length;
  expect(outboxBefore).toBeGreaterThan(0);
  await advance(7 * 24 * 60);
  const later = await get(tian, made.id);
  // this demo's seed answers on Friday 4 December; the 3 working days for the citizen's say run to Wednesday 9th 17:06
  expect(later.state).toBe('replied');
  const reply = later.replies[0];
  expect(reply.at).toBe(bj('2026-12-04T17:06:00'));
  const times = later.steps.flatMap((s) => [s.startedAt, ...(s.endedAt ? [s.endedAt] : [])]);
  expect(times.filter((t) => !inWorkingHours(t))).toEqual([]);
  expect(later.steps.map((s) => [s.name, s.startedAt])).toEqual([
    ['提交', made.createdAt],
    ['受理', bj('2026-12-02T12:00:00')],
    ['转办', bj('2026-12-02T12:00:00')],
    ['办理', bj('2026-12-02T12:00:00')],
    ['回访', reply.at],
  ]);

  const messages = (await tian.get<MessageList>('/messages?category=rating')).body.items.filter((m) => m.kind === 'complaint_replied');
  expect(messages).toHaveLength(1);
  expect(messages[0]).toMatchObject({ title: '投诉已答复', category: 'rating', at: reply.at, complaintId: made.id, applicationId: filed.id, number: filed.number, read: false });
  expect(messages[0].body).toContain(made.number);
  expect(messages[0].body).toContain('我的投诉');
  // other messages open their case only
  expect((await tian.get<MessageList>('/messages')).body.items.filter((m) => m.kind !== 'complaint_replied').every((m) => m.complaintId === undefined)).toBe(true);
  // like a rating's reply, it stays in the app: nothing went out at the reply's time
  const outbox = (await suite.anon.get<OutboxMessage[]>('/dev/outbox')).body;
  expect(outbox.filter((m) => m.at === reply.at)).toEqual([]);
  expect(outbox.filter((m) => m.text.includes('投诉'))).toEqual([]);
});

it('满意 closes it; the same answer again is answered as it is, another is 409; the case may then have a new complaint', async () => {
  const filed = await fileApplication(tian, OVER_LIMIT);
  const made = await complain(tian, filed.id);
  await advance(7 * 24 * 60);
  const answered = await tian.post<Complaint>(`/complaints/${made.id}/feedback`, { satisfied: true });
  expect(answered.status).toBe(200);
  const at = (await now()).toISOString();
  expect(answered.body).toMatchObject({ state: 'closed', stateLabel: '已办结', outcome: 'satisfied', outcomeLabel: '您对办理结果表示满意', canGiveFeedback: false, feedback: [{ satisfied: true, at }] });
  expect(answered.body.steps.at(-1)).toMatchObject({ name: '回访', endedAt: at, note: '您对答复表示满意' });
  const retry = await tian.post<Complaint>(`/complaints/${made.id}/feedback`, { satisfied: true });
  expect(retry.status).toBe(200);
  expect(retry.body).toEqual(answered.body);
  const changed = await tian.post<ErrorBody>(`/complaints/${made.id}/feedback`, { satisfied: false, reason: '其实问题没有解决' });
  expect(changed.status).toBe(409);
  expect(changed.body.error.fields?.satisfied).toBe('该投诉已办结，不能再评价');
  // nothing more happens to it
  await advance(10 * 24 * 60);
  expect(await get(tian, made.id)).toEqual(answered.body);
  const next = await tian.post<Complaint>('/complaints', input(filed.id, { category: 'conduct' }), key());
  expect(next.status).toBe(201);
  expect(next.body).toMatchObject({ state: 'submitted', category: 'conduct' });
  expect(next.body.id).not.toBe(made.id);
});

it('不满意 sends it back to the department (重新办理, a new due date, a second seeded reply); 不满意 again closes it as handled again with the reason kept', async () => {
  const filed = await fileApplication(tian, PASSPORT);
  const department = applicationCollections(suite.server.world).applications.get(filed.id)!.case!.route.at(-1)!.department;
  const made = await complain(tian, filed.id, { category: 'fees' });
  const fate = complaintFate(complaintSeed(caseSeed(filed.id), 0));
  await advancePast(complaintReplyTime(new Date(bj('2026-12-02T12:00:00')), fate.replyMinutes, '2026-12-09'));
  const first = await get(tian, made.id);
  expect(first.state).toBe('replied');
  // a charged item: the fees follow the published standard, an overcharge is refunded
  expect(first.replies[0].text).toContain('按公开的收费标准执行');
  expect(first.replies[0].text).toContain('退还多收部分');
  const missing = await tian.post<ErrorBody>(`/complaints/${made.id}/feedback`, { satisfied: false });
  expect(missing.status).toBe(400);
  expect(missing.body.error.fields?.reason).toBe('请写明不满意的原因（5–200字）');
  const short = await tian.post<ErrorBody>(`/complaints/${made.id}/feedback`, { satisfied: false, reason: ' 不行 ' });
  expect(short.body.error.fields?.reason).toBe('请写明不满意的原因（5–200字）');
  const long = await tian.post<ErrorBody>(`/complaints/${made.id}/feedback`, { satisfied: false, reason: '不'.repeat(201) });
  expect(long.body.error.fields?.reason).toBe('请写明不满意的原因（5–200字）');
  const noAnswer = await tian.post<ErrorBody>(`/complaints/${made.id}/feedback`, { reason: '没有说明' });
  expect(noAnswer.body.error.fields?.satisfied).toBe('请选择满意或不满意');
  expect((await get(tian, made.id)).state).toBe('replied');

  const reason = '答复没有说明具体收了哪几项费用';
  const back = await tian.post<Complaint>(`/complaints/${made.id}/feedback`, { satisfied: false, reason });
  expect(back.status).toBe(200);
  const at = await now();
  const dueDate = complaintDueDate(at);
  expect(back.body).toMatchObject({ state: 'rehandling', stateLabel: '重新办理中', canGiveFeedback: false, dueDate, feedback: [{ satisfied: false, at: at.toISOString(), reason }] });
  expect(back.body.outcome).toBeUndefined();
  expect(back.body.steps.slice(-2).map((s) => [s.name, s.department, s.endedAt, s.note])).toEqual([
    ['回访', COMPLAINT_CENTRE, at.toISOString(), `您对答复不满意：${reason}`],
    ['重新办理', department, undefined, `${COMPLAINT_CENTRE}已将您的意见转交${department}重新办理，${monthDay(dueDate)}前再次答复您`],
  ]);
  const retry = await tian.post<Complaint>(`/complaints/${made.id}/feedback`, { satisfied: false, reason });
  expect(retry.status).toBe(200);
  expect(retry.body).toEqual(back.body);
  const meanwhile = await tian.post<ErrorBody>(`/complaints/${made.id}/feedback`, { satisfied: true });
  expect(meanwhile.status).toBe(409);
  expect(meanwhile.body.error.fields?.satisfied).toBe('投诉正在重新办理，部门再次答复后才能评价');

  const secondAt = complaintReplyTime(at, complaintFate(complaintSeed(caseSeed(filed.id), 0)).secondReplyMinutes, dueDate);
  await advancePast(secondAt);
  const again = await get(tian, made.id);
  expect(again).toMatchObject({ state: 'replied', canGiveFeedback: true });
  expect(again.replies.map((r) => r.at)).toEqual([first.replies[0].at, secondAt.toISOString()]);
  expect(again.replies[1].text).not.toBe(again.replies[0].text);
  expect(again.replies[1].text).toContain('重新核查');
  expect(again.steps.flatMap((s) => [s.startedAt, s.endedAt ?? s.startedAt]).filter((t) => t !== at.toISOString() && !inWorkingHours(t))).toEqual([]);
  expect(again.steps.slice(-2).map((s) => [s.name, s.endedAt])).toEqual([
    ['重新办理', secondAt.toISOString()],
    ['回访', undefined],
  ]);
  const messages = (await tian.get<MessageList>('/messages?category=rating')).body.items.filter((m) => m.kind === 'complaint_replied');
  expect(messages.map((m) => m.at)).toEqual([secondAt.toISOString(), first.replies[0].at]);

  const last = '还是没有退还多收的费用';
  const closed = await tian.post<Complaint>(`/complaints/${made.id}/feedback`, { satisfied: false, reason: last });
  expect(closed.body).toMatchObject({ state: 'closed', outcome: 'handled_again', outcomeLabel: '已重新办理并答复', canGiveFeedback: false });
  expect(closed.body.feedback.map((f) => [f.satisfied, f.reason])).toEqual([
    [false, reason],
    [false, last],
  ]);
  expect(closed.body.steps.at(-1)).toMatchObject({ name: '回访', note: `您对答复不满意：${last}` });
  // no third round
  await advance(10 * 24 * 60);
  const after = await get(tian, made.id);
  expect(after.replies).toHaveLength(2);
  expect(after.state).toBe('closed');
});

it('no answer within 3 working days of the reply closes it (no_answer), recorded when the time ran out', async () => {
  const filed = await fileApplication(tian, OVER_LIMIT);
  const made = await complain(tian, filed.id, { category: 'conduct' });
  await advance(14 * 24 * 60);
  const closed = await get(tian, made.id);
  const replyAt = closed.replies[0].at;
  const ranOut = workingDaysLater(new Date(replyAt), COMPLAINT_FEEDBACK_DAYS).toISOString();
  expect(closed).toMatchObject({ state: 'closed', outcome: 'no_answer', outcomeLabel: '答复后未收到您的评价，已办结', canGiveFeedback: false, feedback: [] });
  expect(closed.steps.at(-1)).toEqual({ name: '回访', department: COMPLAINT_CENTRE, startedAt: replyAt, endedAt: ranOut, note: '答复后3个工作日内未收到您的评价，投诉办结' });
  expect(inWorkingHours(ranOut)).toBe(true);
  const late = await tian.post<ErrorBody>(`/complaints/${made.id}/feedback`, { satisfied: true });
  expect(late.status).toBe(409);
  expect(late.body.error.fields?.satisfied).toBe('该投诉已办结，不能再评价');
});

it('the case page shows its latest complaint with the state in words; a case without one has none', async () => {
  const filed = await fileApplication(tian, OVER_LIMIT);
  const other = await fileApplication(tian, OVER_LIMIT);
  expect((await tian.get<Application>(`/applications/${filed.id}`)).body.complaint).toBeUndefined();
  const made = await complain(tian, filed.id);
  expect((await tian.get<Application>(`/applications/${filed.id}`)).body.complaint).toEqual({ id: made.id, number: made.number, state: 'submitted', stateLabel: '待受理' });
  expect((await tian.get<Application>(`/applications/${other.id}`)).body.complaint).toBeUndefined();
  await advance(7 * 24 * 60);
  expect((await tian.get<Application>(`/applications/${filed.id}`)).body.complaint).toMatchObject({ id: made.id, state: 'replied', stateLabel: '已答复，待您评价' });
  await tian.post(`/complaints/${made.id}/feedback`, { satisfied: true });
  const next = await complain(tian, filed.id, { category: 'other' });
  expect((await tian.get<Application>(`/applications/${filed.id}`)).body.complaint).toEqual({ id: next.id, number: next.number, state: 'submitted', stateLabel: '待受理' });
});

it('我的投诉 lists the citizen’s own complaints, newest first, settled to now; nothing in them is a full ID number or phone', async () => {
  expect((await tian.get<Complaint[]>('/complaints')).body).toEqual([]);
  const a = await fileApplication(tian, OVER_LIMIT);
  const older = await complain(tian, a.id);
  await advance(60);
  const b = await fileApplication(tian, OVER_LIMIT, { today: '2026-12-02' });
  const newer = await complain(tian, b.id, { category: 'fees' });
  const his = await fileApplication(yu, OVER_LIMIT);
  await complain(yu, his.id);
  await advance(7 * 24 * 60);
  const mine = await tian.get<Complaint[]>('/complaints');
  expect(mine.status).toBe(200);
  expect(mine.body.map((c) => c.id)).toEqual([newer.id, older.id]);
  expect(mine.body.map((c) => c.state)).toEqual(['replied', 'replied']);
  expect(mine.body[0]).toEqual(await get(tian, newer.id));
  // a fee complaint about a free item says so
  expect(mine.body[0].replies[0].text).toContain('依法不收取任何费用');
  const text = JSON.stringify([mine.body, (await tian.get<MessageList>('/messages')).body, (await yu.get<Complaint[]>('/complaints')).body]);
  expect(text).not.toMatch(FULL_ID);
  expect(text).not.toMatch(FULL_PHONE);
  for (const c of mine.body) for (const r of c.replies) expect(r.handler).toContain('**');
});

it('the command centre shows a case’s complaint on its row and counts the open ones in the filtered set (投诉问责)', async () => {
  const filed = await fileApplication(yu, PASSPORT);
  const other = await fileApplication(yu, OVER_LIMIT);
  const before = await suite.anon.get<CommandCentrePage>('/dev/cases');
  expect(before.body.openComplaints).toBe(0);
  const made = await complain(yu, filed.id);

  const all = await suite.anon.get<CommandCentrePage>('/dev/cases');
  expect(all.body.openComplaints).toBe(1);
  const row = all.body.items.find((r) => r.id === filed.id)!;
  expect(row.complaint).toEqual({ id: made.id, number: made.number, state: 'submitted', stateLabel: '待受理' });
  expect(all.body.items.find((r) => r.id === other.id)!.complaint).toBeUndefined();
  // counted only where its case is: another department's filter has none
  const elsewhere = await suite.anon.get<CommandCentrePage>(`/dev/cases?department=${encodeURIComponent('不存在的部门')}`);
  expect(elsewhere.body.openComplaints).toBe(0);
  const there = await suite.anon.get<CommandCentrePage>(`/dev/cases?department=${encodeURIComponent(row.department)}`);
  expect(there.body.openComplaints).toBe(1);
});
