/**
 * 好办事 on the mini-program build: the production dist/weapp catalog pages, run in
 * miniprogram-simulate against the mock server over real HTTP. Run `npx taro build --type weapp`
 * first. Expectations come from the server's own answers, so the tests follow the data.
 */
import type { Guide, ItemListResponse, ItemSuggestion } from '../../src/shared/api/catalog';
import { ROUTES, weappRoute } from '../support/routes';
import {
  elementsWithClass,
  expectSetDataWithinBudget,
  miniProgramSuite,
  tap,
  tapText,
  textOf,
  trigger,
  typeInto,
  waitFor,
  waitForCalls,
  waitForText,
  type MiniProgram,
  type PageHandle,
} from './harness';

const suite = miniProgramSuite();
const { server } = suite;

const enc = encodeURIComponent;
const textOfEl = (el: Element | undefined) => (el?.textContent ?? '').trim();

/** The names of the result rows, top to bottom (a highlighted name is several <text>s: joined). */
function rowNames(page: PageHandle): string[] {
  return elementsWithClass(page, 'yk-item-row').map((row) => textOfEl(elementsWithClass(row, 'yk-item-row__name')[0]));
}

/** The checklist as shown: "1. 居民身份证", … */
function checklistNames(page: PageHandle): string[] {
  return elementsWithClass(page, 'yk-material').map((row) => textOfEl(elementsWithClass(row, 'yk-material__name')[0]));
}

/**
 * The app's latest GET to `pathname` (its query as sent) and the server's answer to exactly that
 * query: page sizes are the app's business, what it shows must be what the server answered.
 */
async function answerToApp<T>(mp: MiniProgram, pathname: string): Promise<{ params: Record<string, string>; body: T }> {
  const sent = [...mp.requests].reverse().find((r) => r.method === 'GET' && new URL(r.url).pathname === pathname);
  if (!sent) throw new Error(`the app sent no GET ${pathname}`);
  const url = new URL(sent.url);
  return { params: Object.fromEntries(url.searchParams), body: await server.api<T>(url.pathname + url.search) };
}

/** Any page size the app picks, as long as it asks for one. */
const PAGE_SIZE = expect.stringMatching(/^\d+$/);

test('guide: the second situation lists exactly its materials; 收藏 is kept and shown on 办事 next launch', async () => {
  const found = await server.api<ItemListResponse>(`/api/items?q=${enc('居民身份证换领')}&group=basic`);
  const guide = await server.api<Guide>(`/api/items/${found.items[0].id}`);
  expect(guide.name).toBe('居民身份证换领');
  expect(guide.situations.length).toBeGreaterThan(1);
  const second = guide.situations[1];
  const byId = new Map(guide.materials.map((m) => [m.id, m.name]));
  const checklistOf = (materialIds: string[]) => materialIds.map((id, i) => `${i + 1}. ${byId.get(id)}`);
  const expected = checklistOf(second.materialIds);
  // The first situation needs fewer materials than the second: switching must shorten the list,
  // so neither "the whole list" nor "the list of the first tap" can pass.
  const first = guide.situations[0];
  expect(first.materialIds.length).toBeLessThan(second.materialIds.length);

  const storage = new Map<string, string>();
  const mp = suite.start({ storage });
  const page = await mp.open(ROUTES.guide(guide.id));
  await waitForText(page, second.name);
  expect(textOf(page)).toContain(guide.name);
  expect(textOf(page)).toContain('您属于哪种情形？');
  // several situations: nothing is listed until the citizen chooses
  expect(checklistNames(page)).toEqual([]);

  const options = elementsWithClass(page, 'yk-guide__situation');
  expect(options.map((o) => textOfEl(elementsWithClass(o, 'yk-guide__situation-name')[0]))).toEqual(guide.situations.map((s) => s.name));
  tap(options[1]);
  await waitFor(() => checklistNames(page).length > 0 && checklistNames(page), { what: 'the checklist', describe: () => textOf(page) });
  expect(checklistNames(page)).toEqual(expected);
  expect(textOf(page)).toContain(`您需要准备的材料（${expected.length} 项）`);
  const chosen = () => elementsWithClass(page, 'yk-guide__situation--on').map((o) => textOfEl(elementsWithClass(o, 'yk-guide__situation-name')[0]));
  expect(chosen()).toEqual([second.name]);

  tap(options[0]);
  await waitForText(page, `您需要准备的材料（${first.materialIds.length} 项）`);
  expect(checklistNames(page)).toEqual(checklistOf(first.materialIds));
  expect(chosen()).toEqual([first.name]);
  tap(options[1]);
  await waitForText(page, `您需要准备的材料（${expected.length} 项）`);
  expect(checklistNames(page)).toEqual(expected);

  expect(mp.readStorage('catalog.favourites')).toBe('');
  await tapText(page, '☆ 收藏');
  await waitForText(page, '★ 已收藏');
  const stored = await waitFor(() => mp.readStorage('catalog.favourites') || undefined, { what: 'catalog.favourites in storage' });
  expect(stored).toEqual({ v: 1, data: [{ id: guide.id, name: guide.name, department: guide.department }] });

  // Next launch, the 办事 tab lists it under 我的收藏, and tapping it opens the guide.
  const again = suite.start({ storage });
  const services = await again.open(ROUTES.services);
  await waitForText(services, '我的收藏');
  const favs = elementsWithClass(services, 'yk-services__fav');
  expect(favs.map((f) => textOfEl(f.firstElementChild ?? undefined))).toEqual([guide.name]);
  expect(textOfEl(favs[0])).toContain(guide.department);
  tap(favs[0]);
  const [nav] = await waitForCalls(again, 'navigateTo');
  expect(nav.url).toBe(ROUTES.guide(guide.id));

  expectSetDataWithinBudget(mp);
  expectSetDataWithinBudget(again);
});

test('search: typing gjj suggests as you type, and 搜索 lists the server’s results, best first', async () => {
  const suggested = await server.api<{ items: ItemSuggestion[] }>('/api/items/suggest?q=gjj');
  const found = await server.api<ItemListResponse>('/api/items?q=gjj&group=basic');
  expect(found.items.length).toBeGreaterThan(1);
  expect(suggested.items.length).toBeGreaterThan(0);

  const mp = suite.start();
  const page = await mp.open(ROUTES.itemSearch());
  await waitForText(page, '大家都在搜');
  const [input] = elementsWithClass(page, 'yk-search__input');
  expect(input).toBeDefined();

  typeInto(input, 'gjj');
  // suggestions for the whole word only: earlier prefixes are debounced or dropped
  await waitFor(() => elementsWithClass(page, 'yk-search__suggestion').length > 0, { what: 'suggestions', describe: () => textOf(page) });
  expect(elementsWithClass(page, 'yk-search__suggestion').map((s) => textOfEl(s))).toEqual(suggested.items.map((s) => s.name));
  expect(mp.requests.filter((r) => r.url.includes('/api/items/suggest')).map((r) => new URL(r.url).searchParams.get('q'))).toEqual(['gjj']);

  await tapText(page, '搜索');
  await waitForText(page, `共 ${found.total} 项`);
  const asked = await answerToApp<ItemListResponse>(mp, '/api/items');
  // one row per item (group=basic); no place known, so no `near`
  expect(asked.params).toEqual({ q: 'gjj', group: 'basic', limit: PAGE_SIZE });
  const names = rowNames(page);
  expect(names[0]).toBe(found.items[0].name);
  expect(names).toEqual(asked.body.items.map((i) => i.name));
  // searching closes the suggestions and remembers the word on the device
  expect(elementsWithClass(page, 'yk-search__suggestion')).toHaveLength(0);
  expect(mp.readStorage('catalog.recentSearches')).toEqual({ v: 1, data: ['gjj'] });

  expectSetDataWithinBudget(mp);
});

test('search: the keyboard’s search key submits, and tapping a result opens its guide', async () => {
  const found = await server.api<ItemListResponse>('/api/items?q=gjj&group=basic');

  const mp = suite.start();
  const page = await mp.open(ROUTES.itemSearch());
  await waitForText(page, '大家都在搜');
  const [input] = elementsWithClass(page, 'yk-search__input');
  typeInto(input, 'gjj');
  trigger(input, 'confirm', { value: 'gjj' });
  await waitForText(page, `共 ${found.total} 项`);
  const { params, body } = await answerToApp<ItemListResponse>(mp, '/api/items');
  expect(params).toEqual({ q: 'gjj', group: 'basic', limit: PAGE_SIZE });
  expect(rowNames(page)).toEqual(body.items.map((i) => i.name));
  const target = body.items[1];

  // the second row, so opening "whatever is first" cannot pass
  tap(elementsWithClass(page, 'yk-item-row')[1]);
  const [nav] = await waitForCalls(mp, 'navigateTo');
  expect(nav.url).toBe(ROUTES.guide(target.id));

  const guide = await server.api<Guide>(`/api/items/${target.id}`);
  const opened = await mp.followNavigateTo();
  await waitForText(opened, guide.name);
  expect(textOf(opened)).toContain('您属于哪种情形？');
  expect(mp.pages().map((p) => p.route)).toEqual([weappRoute(ROUTES.itemSearch()), weappRoute(ROUTES.guide(target.id))]);

  expectSetDataWithinBudget(mp);
});
