/**
 * The message centre over HTTP, as a citizen sees it while the clock moves their case: messages
 * appear for receipt, acceptance (with a rating invitation), supplement and result, newest first
 * and unread; reading one marks it; another citizen's message is not found; nothing without a
 * session; the subscription answer is checked and spent by the next push.
 */
import type { CommandCentreCase } from '../../../src/shared/api/cases';
import type { OutboxMessage } from '../../../src/shared/api/dev';
import type { Message, MessageList, SubscriptionState, UnreadCounts } from '../../../src/shared/api/messages';
import { SUBSCRIBE_TEMPLATES } from '../../../src/shared/api/messages';
import { apiSuitePerFile } from '../../support/api-suite';
import { Api, fileApplication } from '../../support/api-client';
import type { ErrorBody } from '../../support/api-client';

const OVER_LIMIT = '500000-010410001000';

let tian: Api;
let yu: Api;
const suite = apiSuitePerFile(async (anon) => {
  tian = await anon.demo('tian');
  yu = await anon.demo('yu');
});

async function messages(api: Api, query = ''): Promise<MessageList> {
  const res = await api.get<MessageList>(`/messages${query}`);
  expect(res.status).toBe(200);
  return res.body;
}

it('田兴华 hears of his case as it moves: received, then accepted with a rating invitation, then the supplement request', async () => {
  const filed = await fileApplication(tian, OVER_LIMIT);
  const first = await messages(tian);
  expect(first.items.map((m) => m.title)).toEqual(['申请已收件']);
  expect(first.items[0]).toMatchObject({ applicationId: filed.id, number: filed.number, read: false, category: 'progress' });
  expect(first.unread.total).toBe(1);

  const accepted = await suite.anon.post<CommandCentreCase>(`/dev/cases/${filed.id}/accept`, {});
  expect(accepted.status).toBe(200);
  const licence = accepted.body.materials.find((m) => m.name.includes('行驶证'))!;
  expect((await suite.anon.post(`/dev/cases/${filed.id}/supplement`, { materialIds: [licence.materialId] })).status).toBe(200);

  const later = await messages(tian);
  expect(later.items.map((m) => m.title)).toEqual(['需要补正材料', '邀请您评价受理服务', '办件已受理', '申请已收件']);
  expect(later.items[0].body).toContain('行驶证');
  expect(later.unread).toEqual({ total: 4, byCategory: { progress: 3, result: 0, shipping: 0, rating: 1 } });
  const ratings = await messages(tian, '?category=rating');
  expect(ratings.items.map((m) => m.kind)).toEqual(['rating_invited']);
  // 喻先生 has none of it
  expect((await messages(yu)).items).toEqual([]);
});

it('a decision by the clock reaches the 办理结果 tab', async () => {
  const filed = await fileApplication(tian, OVER_LIMIT);
  expect((await suite.anon.post(`/dev/cases/${filed.id}/approve`, {})).status).toBe(200);
  expect((await suite.anon.post('/dev/clock', { advanceMinutes: 60 * 24 * 4 })).status).toBe(200);
  await suite.signIn();
  const results = await messages(tian, '?category=result');
  expect(results.items).toHaveLength(1);
  expect(results.items[0].title).toBe('办理结果：准予许可');
  // an electronic permit is not posted: nothing in 寄递
  expect(filed.delivery.method).toBe('electronic');
  expect((await messages(tian, '?category=shipping')).items).toEqual([]);
});

it('reading a message marks it read and lowers the count; another citizen’s message is 404; no session is 401', async () => {
  await fileApplication(tian, OVER_LIMIT);
  const [m] = (await messages(tian)).items;
  expect((await tian.get<UnreadCounts>('/messages/unread-count')).body.total).toBe(1);

  const stranger = await yu.post<ErrorBody>(`/messages/${m.id}/read`);
  expect(stranger.status).toBe(404);
  expect(stranger.body.error.message).toBe('未找到该消息');
  expect((await suite.anon.get('/messages')).status).toBe(401);
  expect((await suite.anon.get('/messages/unread-count')).status).toBe(401);
  expect((await suite.anon.post(`/messages/${m.id}/read`)).status).toBe(401);

  const read = await tian.post<Message>(`/messages/${m.id}/read`);
  expect(read.status).toBe(200);
  expect(read.body.read).toBe(true);
  expect((await tian.get<UnreadCounts>('/messages/unread-count')).body.total).toBe(0);
  expect((await messages(tian)).items[0].read).toBe(true);
});

it('mark all read, per category', async () => {
  const filed = await fileApplication(tian, OVER_LIMIT);
  await suite.anon.post(`/dev/cases/${filed.id}/accept`, {});
  const after = await tian.post<UnreadCounts>('/messages/read-all', { category: 'rating' });
  expect(after.status).toBe(200);
  expect(after.body.byCategory).toMatchObject({ rating: 0, progress: 2 });
  const bad = await tian.post<ErrorBody>('/messages/read-all', { category: 'spam' });
  expect(bad.status).toBe(400);
  expect(bad.body.error.fields?.category).toMatch(/分类只能是/);
});

it('a subscription answer is checked, scoped to the citizen’s own case, and spent by the next push', async () => {
  const filed = await fileApplication(yu, '500000-010110001000');
  const progress = SUBSCRIBE_TEMPLATES.progress.id;
  const unknown = await yu.post<ErrorBody>('/subscriptions', { applicationId: filed.id, answers: { 'tmpl-unknown': 'accept' } });
  expect(unknown.status).toBe(400);
  expect(unknown.body.error.fields?.answers).toBe('订阅结果中有未知的消息模板');
  const wrongAnswer = await yu.post<ErrorBody>('/subscriptions', { answers: { [progress]: 'yes' } });
  expect(wrongAnswer.status).toBe(400);
  expect((await tian.post<ErrorBody>('/subscriptions', { applicationId: filed.id, answers: { [progress]: 'accept' } })).status).toBe(404);
  expect((await suite.anon.post('/subscriptions', { answers: { [progress]: 'accept' } })).status).toBe(401);

  const ok = await yu.post<SubscriptionState>('/subscriptions', { applicationId: filed.id, answers: { [progress]: 'accept', [SUBSCRIBE_TEMPLATES.result.id]: 'reject' } });
  expect(ok.status).toBe(200);
  expect(ok.body.remaining).toEqual({ progress: 1, result: 0, shipping: 0 });
  await suite.anon.post(`/dev/cases/${filed.id}/accept`, {});
  const outbox = await suite.anon.get<OutboxMessage[]>('/dev/outbox');
  const subscribe = outbox.body.filter((m) => m.channel === 'subscribe');
  expect(subscribe).toHaveLength(1);
  expect(subscribe[0].page).toContain(filed.id);
  expect(subscribe[0].data?.phrase3.value).toBe('已受理');
});
