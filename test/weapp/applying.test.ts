/**
 * 在线办理 in the mini-program build (dist/weapp in miniprogram-simulate, real HTTP to the mock
 * server), for 喻先生 signed in silently with WeChat: the task list, the form page with an
 * instant message at a bad ID number, a change kept on the device while offline that survives a
 * relaunch (and is offered back before anything is overwritten), and a session that expires
 * mid-form: ONE silent sign-in, and the save goes through.
 */
import { IDLE_TIMEOUT_MINUTES } from '../../mock/identity/sessions';
import { personaSeed } from '../../mock/identity/personas';
import type { Guide, ItemListResponse } from '../../src/shared/api/catalog';
import { ROUTES } from '../support/routes';
import { elementsWithClass, elementsWithText, miniProgramSuite, parseUrl, tap, textOf, trigger, typeInto, waitFor, waitForCalls, waitForText, type MiniProgram, type PageHandle } from './harness';

const suite = miniProgramSuite();
const { server } = suite;
const yu = personaSeed('yu');
/** the journey's budget for one setData (issue 7), far under WeChat's own 256 KB */
const SET_DATA_BUDGET = 32 * 1024;

async function districtCompanyRegistration(): Promise<Guide> {
  const list = await server.api<ItemListResponse>(`/api/items?q=${encodeURIComponent('企业设立登记')}&division=500107&limit=20`);
  const item = list.items.find((i) => i.name === '企业设立登记（区县级）' && i.divisionName === '九龙坡区');
  if (!item) throw new Error('企业设立登记（区县级） in 九龙坡区 not in the catalog');
  return server.api<Guide>(`/api/items/${item.id}`);
}

/** 在线办理 → a new draft (silent sign-in first) → the task list the app redirected to. */
async function startDraft(mp: MiniProgram): Promise<{ draftId: string; tasks: PageHandle }> {
  const guide = await districtCompanyRegistration();
  const start = await mp.open(ROUTES.applyStart(guide.id, guide.situations[0].id));
  const [redirect] = await waitForCalls(mp, 'redirectTo');
  const { query } = parseUrl(String(redirect.url));
  expect(start.route).toBe('packages/apply/pages/start/index');
  const tasks = await mp.open(String(redirect.url));
  return { draftId: query.id, tasks };
}

/** The input of the field whose label is `label` (the first such field, or the one in `within`). */
function inputOf(page: PageHandle, label: string): Element {
  const field = elementsWithClass(page, 'yk-field').find((f) => (elementsWithClass(f, 'yk-field__label')[0]?.textContent ?? '').startsWith(label));
  const input = field && elementsWithClass(field, 'yk-field__input')[0];
  if (!input) throw new Error(`no field ${label}: ${textOf(page)}`);
  return input;
}

function fill(input: Element, text: string): void {
  typeInto(input, text);
  trigger(input, 'blur', { value: text });
}

it('shows the task list and the form for 喻先生, with the message at a bad ID number as he leaves the field', async () => {
  const mp = suite.start();
  const { draftId, tasks } = await startDraft(mp);
  await waitForText(tasks, '核对并提交');
  for (const label of ['办理情形', '申请人', '申请表', '申请材料', '领取方式']) expect(textOf(tasks)).toContain(label);
  expect(textOf(tasks)).toContain('已完成'); // the situation carried over from the guide
  expect(textOf(tasks)).toContain('暂不能开始');
  expect(mp.logins).toBe(1);

  const form = await mp.open(ROUTES.applyForm(draftId));
  await waitForText(form, '企业基本信息');
  expect(textOf(form)).toContain('已核验');
  expect(textOf(form)).not.toContain(yu.idNumber!);
  tap(elementsWithText(form, '添加股东')[0]);
  await waitForText(form, '股东 1');
  tap(elementsWithText(form, '居民身份证')[0]);
  await waitFor(() => elementsWithClass(form, 'yk-field__label').some((l) => l.textContent === '证件号码'), { what: 'the ID number field', describe: () => textOf(form) });
  const bad = `${yu.idNumber!.slice(0, 17)}${yu.idNumber!.endsWith('1') ? '2' : '1'}`;
  fill(inputOf(form, '证件号码'), bad);
  await waitForText(form, '身份证号码校验位不正确，请逐位核对');
  expect(Math.max(...mp.setData.sizes)).toBeLessThanOrEqual(SET_DATA_BUDGET);
});

it('keeps a change made offline on the device, through a relaunch, and asks before it replaces the server’s draft', async () => {
  const first = suite.start();
  const { draftId } = await startDraft(first);
  const form = await first.open(ROUTES.applyForm(draftId));
  await waitForText(form, '企业基本信息');
  first.requestFailure = 'request:fail timeout';
  fill(inputOf(form, '企业名称'), '重庆渝新商贸有限公司');
  await waitForText(form, '已保存在本机，联网后同步');
  const storage = first.storage;
  // the device's copy is under the draft's id only: nothing personal in the key
  expect([...storage.keys()].filter((k) => k.startsWith('draft.'))).toEqual([`draft.v1.${draftId}`]);
  first.close();

  const mp = suite.start({ storage });
  const again = await mp.open(ROUTES.applyForm(draftId));
  await waitForText(again, '本机有尚未同步的修改');
  expect(textOf(again)).toContain('重庆渝新商贸有限公司');
  tap(elementsWithText(again, '使用本机的内容')[0]);
  await waitForText(again, '已保存');
  const put = mp.requests.filter((r) => r.method === 'PUT' && r.url.endsWith(`/api/drafts/${draftId}`));
  expect(put.map((r) => r.statusCode)).toEqual([200]);
  expect(Math.max(...mp.setData.sizes)).toBeLessThanOrEqual(SET_DATA_BUDGET);
});

it('signs in again ONCE when the session expires mid-form, and the save goes through', async () => {
  const mp = suite.start();
  const { draftId } = await startDraft(mp);
  const form = await mp.open(ROUTES.applyForm(draftId));
  await waitForText(form, '企业基本信息');
  expect(mp.logins).toBe(1);

  server.world.clock.advance((IDLE_TIMEOUT_MINUTES + 5) * 60_000);
  fill(inputOf(form, '企业名称'), '重庆渝新商贸有限公司');
  await waitFor(() => mp.requests.some((r) => r.method === 'PUT' && r.statusCode === 200), { what: 'the save after the new sign-in', timeout: 8000, describe: () => JSON.stringify(mp.requests.slice(-5)) });
  await waitForText(form, '已保存');
  expect(mp.logins).toBe(2);
  const firstPut = mp.requests.findIndex((r) => r.method === 'PUT');
  const trail = mp.requests.slice(firstPut).filter((r) => r.method === 'PUT' || r.url.endsWith('/api/session')).map((r) => `${r.method} ${r.url.replace(/^.*\/api/, '')} ${r.statusCode}`);
  expect(trail).toEqual([`PUT /drafts/${draftId} 401`, 'POST /session 200', `PUT /drafts/${draftId} 200`]);
});
