/**
 * 好办事 in the browser (H5 build): find an item in everyday words, pinyin initials or by theme,
 * read its guide for one's own situation, find the nearest hall that handles it; life events and
 * a hall's own items. Every expectation is the server's own answer to the query the app sends,
 * so a wrong order, a wrong item or a missing material fails the test.
 */
import type { Locator, Page } from 'playwright-core';
import type { Guide, ItemHallsResponse, ItemListResponse, ItemSuggestion, LifeEvent, LifeEventSummary } from '../../src/shared/api/catalog';
import type { HallDetail } from '../../src/shared/api/halls';
import { h5Url, PAGE, ROUTES } from '../support/routes';
import { browserSuite, button, openPage, STEP_TIMEOUT, topPage, waitStationed, wgsToGcj } from './harness';

/** A street by 九龙坡区政务服务中心, as a phone's GPS (WGS-84) reports it. */
const NEAR_JIULONGPO = { latitude: 29.505, longitude: 106.505 };
const JIULONGPO_HALL = '500107';

const suite = browserSuite();

const enc = encodeURIComponent;

/** 办事 → the search box, as a citizen reaches the search page. */
async function openSearchFromServices(page: Page): Promise<Locator> {
  await openPage(page, ROUTES.services);
  await topPage(page).getByTestId('open-search').click();
  await waitStationed(page, PAGE.itemSearch);
  return topPage(page);
}

/**
 * The result rows once the list for the current query has loaded: the loading state gone and
 * the count (共 N 项, the server's total) shown, so the rows are not those of an earlier query.
 */
async function waitForResults(top: Locator, total: number): Promise<Locator> {
  const results = top.getByTestId('item-results');
  await results.locator('.yk-search__count').filter({ hasText: `共 ${total} 项` }).waitFor();
  return top.getByTestId('item-row');
}

/**
 * Runs `action` and returns the GET it makes the app send to `pathname`, with the server's answer.
 * Page sizes are the app's business: comparing with the answer to the app's own query (after
 * checking what it asked for) keeps these tests about what is shown, not about a page size.
 */
async function appQuery<T>(page: Page, pathname: string, action: () => Promise<void>): Promise<{ params: Record<string, string>; body: T }> {
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'GET' && new URL(r.url()).pathname === pathname, { timeout: STEP_TIMEOUT }),
    action(),
  ]);
  expect(response.status()).toBe(200);
  return { params: Object.fromEntries(new URL(response.url()).searchParams), body: (await response.json()) as T };
}

/** Any page size the app picks, as long as it asks for one. */
const PAGE_SIZE = expect.stringMatching(/^\d+$/);

function rowNames(rows: Locator): Promise<string[]> {
  return rows.locator('.yk-item-row__name').allInnerTexts();
}

/** "1. 居民身份证" → the checklist's material names, in the order shown. */
async function checklistNames(scope: Locator): Promise<string[]> {
  const names = await scope.getByTestId('material').locator('.yk-material__name').allInnerTexts();
  return names.map((n) => n.trim());
}

function numbered(names: string[]): string[] {
  return names.map((n, i) => `${i + 1}. ${n}`);
}

/** The names of a situation's materials, in the guide's order for that situation. */
function materialsOf(guide: Guide, situationName: string): string[] {
  const situation = guide.situations.find((s) => s.name === situationName);
  if (!situation) throw new Error(`${guide.name} has no situation ${situationName}`);
  const byId = new Map(guide.materials.map((m) => [m.id, m.name]));
  return situation.materialIds.map((id) => {
    const name = byId.get(id);
    if (!name) throw new Error(`${guide.name}: situation ${situationName} lists unknown material ${id}`);
    return name;
  });
}

describe('好办事 in the browser (H5 build)', () => {
  it('sbk → 社会保障卡申领 → 本人首次申领 lists exactly its materials → the nearest handling hall opens', async () => {
    const { page, watch } = await suite.newPage({ granted: NEAR_JIULONGPO });
    const found = await suite.server.api<ItemListResponse>('/api/items?q=sbk&group=basic');
    const first = found.items[0];
    expect(first.name).toBe('社会保障卡申领');

    const search = await openSearchFromServices(page);
    await search.getByTestId('search-input').fill('sbk');
    const asked = await appQuery<ItemListResponse>(page, '/api/items', () => search.getByTestId('search-submit').click());
    // one row per item (group=basic); no place chosen yet, so no `near`
    expect(asked.params).toEqual({ q: 'sbk', group: 'basic', limit: PAGE_SIZE });
    const rows = await waitForResults(search, found.total);
    const names = await rowNames(rows);
    expect(names[0]).toBe(first.name);
    expect(names).toEqual(asked.body.items.map((i) => i.name));
    // the pinyin-initials match is marked in the name
    await expect(rows.first().locator('.yk-hl').allInnerTexts()).resolves.toEqual([expect.stringContaining('社会保障卡')]);

    const guide = await suite.server.api<Guide>(`/api/items/${first.id}`);
    await rows.first().click();
    await waitStationed(page, PAGE.guide);
    expect(page.url()).toContain(`id=${enc(first.id)}`);
    const top = topPage(page);
    await expect(top.getByTestId('guide-name').innerText()).resolves.toBe(guide.name);
    const summary = await top.getByTestId('guide-summary').innerText();
    for (const label of ['办理时限', '费用', '到现场', '网上办理', '结果领取']) expect(summary).toContain(label);

    // No checklist until the citizen says which situation is theirs (there are several).
    expect(guide.situations.length).toBeGreaterThan(1);
    await expect(top.getByTestId('checklist').count()).resolves.toBe(0);
    const situationName = guide.situations.some((s) => s.name === '本人首次申领') ? '本人首次申领' : guide.situations[0].name;
    const option = top.getByTestId('situation').filter({ hasText: situationName });
    await option.click();
    await expect(option.getAttribute('aria-checked')).resolves.toBe('true');
    await top.getByTestId('checklist').waitFor();
    const expected = materialsOf(guide, situationName);
    // Fewer than the guide's whole list, or choosing would not narrow anything down.
    expect(expected.length).toBeLessThan(guide.materials.length);
    await expect(checklistNames(top)).resolves.toEqual(numbered(expected));

    // 就近办理: no place yet, so the citizen is asked; with the position, the halls that handle it.
    const prompt = top.getByTestId('item-halls-prompt');
    await prompt.waitFor();
    // the point the app must query with: the GPS fix converted from WGS-84 to GCJ-02
    const gcj = wgsToGcj(NEAR_JIULONGPO);
    const nearest = await suite.server.api<ItemHallsResponse>(`/api/items/${first.id}/halls/nearby?lat=${gcj.lat.toFixed(6)}&lng=${gcj.lng.toFixed(6)}`);
    // Verified once by hand: this street is about 130 m from 九龙坡区政务服务中心.
    expect(nearest.items[0].id).toBe(JIULONGPO_HALL);
    const { params, body: halls } = await appQuery<ItemHallsResponse>(page, `/api/items/${first.id}/halls/nearby`, () => button(prompt, '使用我的位置').click());
    expect(params).toEqual({ lat: gcj.lat.toFixed(6), lng: gcj.lng.toFixed(6), limit: PAGE_SIZE });
    expect(halls.items[0].id).toBe(nearest.items[0].id);
    const listed = top.getByTestId('item-halls');
    await listed.locator('.yk-state--loading').first().waitFor({ state: 'detached' });
    await listed.getByTestId('hall-card').first().waitFor();
    await expect(listed.getByTestId('hall-card').locator('.yk-hall-card__name').allInnerTexts()).resolves.toEqual(halls.items.map((h) => h.name));

    const hall = await suite.server.api<HallDetail>(`/api/halls/${halls.items[0].id}`);
    await listed.getByTestId('hall-card').first().click();
    await waitStationed(page, PAGE.hallDetail);
    expect(page.url()).toContain(`id=${hall.id}`);
    await expect(topPage(page).getByTestId('hall-name').innerText()).resolves.toBe(hall.name);
    await expect(topPage(page).getByTestId('hall-address').innerText()).resolves.toBe(hall.address);
    expect(watch.pageErrors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
  });

  it('everyday words: 开公司 suggests the server’s first match, and tapping it opens that guide', async () => {
    const { page, watch } = await suite.newPage('denied');
    const { items } = await suite.server.api<{ items: ItemSuggestion[] }>(`/api/items/suggest?q=${enc('开公司')}`);
    expect(items.length).toBeGreaterThan(0);
    // 开公司 appears nowhere in the name: the everyday word is mapped to the official one.
    expect(items[0].name).toBe('企业设立登记');

    const search = await openSearchFromServices(page);
    await search.getByTestId('search-input').fill('开公司');
    const suggestions = search.getByTestId('suggestion');
    await suggestions.first().waitFor();
    await expect(suggestions.allInnerTexts()).resolves.toEqual(items.map((s) => s.name));

    const guide = await suite.server.api<Guide>(`/api/items/${items[0].id}`);
    await suggestions.first().click();
    await waitStationed(page, PAGE.guide);
    expect(page.url()).toContain(`id=${enc(items[0].id)}`);
    await expect(topPage(page).getByTestId('guide-name').innerText()).resolves.toBe(guide.name);
    expect(watch.pageErrors).toEqual([]);
  });

  it('no result: 火星签证 says so, naming the query, and is kept among the recent searches', async () => {
    const { page, watch } = await suite.newPage('denied');
    const none = await suite.server.api<ItemListResponse>(`/api/items?q=${enc('火星签证')}&group=basic`);
    expect(none.total).toBe(0);

    const search = await openSearchFromServices(page);
    // a fresh profile has no recent searches
    await expect(search.getByTestId('recent-search').count()).resolves.toBe(0);
    await search.getByTestId('search-input').fill('火星签证');
    await search.getByTestId('search-input').press('Enter');
    const noResult = search.getByTestId('no-result');
    await noResult.waitFor();
    await expect(noResult.innerText()).resolves.toContain('没有找到与“火星签证”相关的事项');
    await expect(search.getByTestId('item-row').count()).resolves.toBe(0);

    // Back on 办事 and into an empty search page again: the word is offered as a recent search.
    await page.goBack();
    await waitStationed(page, ROUTES.services);
    await page.reload();
    await waitStationed(page, ROUTES.services);
    const again = await openSearchFromServices(page);
    const recent = again.getByTestId('recent-search');
    await recent.first().waitFor();
    await expect(recent.allInnerTexts()).resolves.toEqual(['火星签证']);
    const stored = await page.evaluate(() => localStorage.getItem('catalog.recentSearches'));
    expect(stored).toContain('火星签证');

    // and tapping it runs the search again
    await recent.first().click();
    await again.getByTestId('no-result').filter({ hasText: '没有找到与“火星签证”相关的事项' }).waitFor();
    expect(watch.pageErrors).toEqual([]);
  });

  it('browse: the 户籍办理 tile lists the server’s 户籍办理 items for citizens', async () => {
    const { page } = await suite.newPage('denied');
    const THEME = '户籍办理';
    const total = (await suite.server.api<ItemListResponse>(`/api/items?theme=${enc(THEME)}&audience=citizen&group=basic`)).total;
    expect(total).toBeGreaterThan(1);

    await openPage(page, ROUTES.services);
    const tile = topPage(page).getByTestId('theme').filter({ hasText: new RegExp(`^${THEME}$`) });
    const { params, body: answer } = await appQuery<ItemListResponse>(page, '/api/items', () => tile.click());
    expect(params).toEqual({ theme: THEME, audience: 'citizen', group: 'basic', limit: PAGE_SIZE });
    expect(answer.total).toBe(total);
    expect(answer.items.length).toBeGreaterThan(1);
    expect(answer.items.every((i) => i.themes.includes(THEME))).toBe(true);
    await waitStationed(page, PAGE.itemSearch);
    const top = topPage(page);
    const rows = await waitForResults(top, total);
    await expect(rowNames(rows)).resolves.toEqual(answer.items.map((i) => i.name));
    // the search box now searches within the theme
    await expect(top.getByTestId('search-input').getAttribute('placeholder')).resolves.toBe(`在“${THEME}”中搜索`);
  });

  it('life event: 开办企业 lists its items and one merged checklist', async () => {
    const { page } = await suite.newPage('denied');
    const events = await suite.server.api<LifeEventSummary[]>('/api/life-events');
    const summary = events.find((e) => e.name === '开办企业');
    expect(summary).toBeDefined();
    const event = await suite.server.api<LifeEvent>(`/api/life-events/${summary!.id}`);

    await openPage(page, ROUTES.services);
    const tiles = topPage(page).getByTestId('life-event');
    await tiles.first().waitFor();
    await expect(tiles.locator('.yk-services__tile-name').allInnerTexts()).resolves.toEqual(events.map((e) => e.name));
    await tiles.filter({ hasText: '开办企业' }).click();
    await waitStationed(page, PAGE.lifeEvent);
    const top = topPage(page);
    await expect(top.getByTestId('life-event-name').innerText()).resolves.toBe(event.name);
    await expect(rowNames(top.getByTestId('item-row'))).resolves.toEqual(event.items.map((i) => i.name));
    expect(event.items.length).toBe(summary!.itemCount);

    const materials = await checklistNames(top);
    expect(materials).toEqual(numbered(event.materials.map((m) => m.name)));
    // listed once: no material twice
    expect(new Set(event.materials.map((m) => m.name)).size).toBe(event.materials.length);
    await expect(top.getByText(`合并后的材料清单（${event.materials.length} 项）`).count()).resolves.toBe(1);
  });

  it('a hall’s own items: 九龙坡区政务服务中心, searched for 食品', async () => {
    const { page } = await suite.newPage('denied');
    const itemsPath = `/api/halls/${JIULONGPO_HALL}/items`;
    const all = await suite.server.api<ItemListResponse>(itemsPath);
    const food = await suite.server.api<ItemListResponse>(`${itemsPath}?q=${enc('食品')}&limit=50`);
    expect(food.items.length).toBeGreaterThan(0);
    expect(food.items.length).toBe(food.total);
    // searching must narrow the list, or this test could not tell the two apart
    expect(food.total).toBeLessThan(all.total);

    const first = await appQuery<ItemListResponse>(page, itemsPath, () => page.goto(h5Url(ROUTES.hallDetail(JIULONGPO_HALL))).then(() => undefined));
    expect(first.params).toEqual({ limit: PAGE_SIZE });
    await waitStationed(page, PAGE.hallDetail);
    const section = topPage(page).getByTestId('hall-items');
    await section.getByText(`共 ${all.total} 项`).waitFor();
    await expect(rowNames(section.getByTestId('item-row'))).resolves.toEqual(first.body.items.map((i) => i.name));

    await section.getByTestId('hall-items-input').fill('食品');
    const searched = await appQuery<ItemListResponse>(page, itemsPath, () => button(section, '搜索').click());
    expect(searched.params).toEqual({ q: '食品', limit: PAGE_SIZE });
    await section.getByText(`共 ${food.total} 项`).waitFor();
    const shown = await rowNames(section.getByTestId('item-row'));
    // the server's first page for 食品, in its order
    expect(shown).toEqual(searched.body.items.map((i) => i.name));
    expect(shown).toEqual(food.items.slice(0, shown.length).map((i) => i.name));
  });

  it('keyboard: Tab reaches the situations, Space and Enter choose one', async () => {
    const { page } = await suite.newPage('denied');
    const { items } = await suite.server.api<ItemListResponse>(`/api/items?q=${enc('居民身份证换领')}&group=basic`);
    const guide = await suite.server.api<Guide>(`/api/items/${items[0].id}`);
    expect(guide.situations.length).toBeGreaterThan(1);

    await openPage(page, ROUTES.guide(guide.id));
    const top = topPage(page);
    const options = top.getByTestId('situation');
    await options.first().waitFor();
    // Start from the title, as a keyboard user arriving on the page would, and Tab forward.
    await top.getByTestId('guide-name').click();
    const focusedTestId = () => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null);
    let presses = 0;
    while ((await focusedTestId()) !== 'situation' && presses < 10) {
      await page.keyboard.press('Tab');
      presses += 1;
    }
    await expect(focusedTestId()).resolves.toBe('situation');
    await expect(page.evaluate(() => document.activeElement?.textContent ?? '')).resolves.toContain(guide.situations[0].name);

    await page.keyboard.press('Space');
    await expect(options.nth(0).getAttribute('aria-checked')).resolves.toBe('true');
    await top.getByTestId('checklist').waitFor();
    await expect(checklistNames(top)).resolves.toEqual(numbered(materialsOf(guide, guide.situations[0].name)));

    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent ?? '')).resolves.toContain(guide.situations[1].name);
    await page.keyboard.press('Enter');
    await expect(options.nth(1).getAttribute('aria-checked')).resolves.toBe('true');
    await expect(options.nth(0).getAttribute('aria-checked')).resolves.toBe('false');
    await expect(checklistNames(top)).resolves.toEqual(numbered(materialsOf(guide, guide.situations[1].name)));
  });
});
