/**
 * User journeys through the production H5 build in Chromium: locate or pick a place, read the
 * nearest halls, filter, switch to the map, open a hall, lose the network. Each expectation is
 * checked against the server's own answers, so a wrong order, a wrong hall or a broken screen
 * fails the test.
 */
import type { Page } from 'playwright-core';
import type { HallDetail, HallListResponse, NearbyHallsResponse } from '../../src/shared/api/halls';
import { LEVEL_LABEL } from '../../src/shared/format/hall';
import { PAGE, ROUTES } from '../support/routes';
import {
  browserSuite,
  button,
  hallCards,
  locate,
  openNearby,
  openPage,
  readCard,
  STEP_TIMEOUT,
  topPage,
  waitForCards,
  waitStationed,
  wgsToGcj,
} from './harness';

/**
 * DENIED_MESSAGE of src/features/place/usePlace.ts, copied: importing that module would
 * pull Taro's platform layer into Node. A reworded message fails here, on purpose.
 */
const DENIED_MESSAGE = '您没有授权使用位置，可以手动选择地点查找附近大厅。';

/** A street near the 彭水 county seat, as a phone's GPS (WGS-84) reports it. */
const NEAR_PENGSHUI = { latitude: 29.06, longitude: 108.078 };

const suite = browserSuite();

/** Taps the first card and checks the detail page against the server's detail of that hall. */
async function openFirstCardAndCheckDetail(page: Page, expectedId: string): Promise<void> {
  const expected = await suite.server.api<HallDetail>(`/api/halls/${expectedId}`);
  await hallCards(page).first().click();
  await waitStationed(page, PAGE.hallDetail);
  expect(page.url()).toContain(`id=${expectedId}`);
  const top = topPage(page);
  await expect(top.getByTestId('hall-name').innerText()).resolves.toBe(expected.name);
  await expect(top.getByTestId('hall-address').innerText()).resolves.toBe(expected.address);
  await expect(top.getByTestId('hall-open').innerText()).resolves.toBe(expected.openNow ? '营业中' : '休息中');
  const rows = top.getByTestId('week-row');
  await expect(rows.count()).resolves.toBe(7);
  // Today is the first row, marked for screen readers too, and dated by the server's clock.
  const today = top.locator('[data-testid="week-row"][aria-current="date"]');
  await expect(today.count()).resolves.toBe(1);
  const todayText = await today.innerText();
  expect(todayText).toContain('今天');
  expect(todayText).toContain(expected.week[0].date.slice(5).replace('-', '/'));
  await expect(rows.first().getAttribute('aria-current')).resolves.toBe('date');
  for (const action of ['navigate', 'call', 'share']) {
    await expect(top.getByTestId(action).isVisible()).resolves.toBe(true);
  }
}

describe('nearby halls in the browser (H5 build)', () => {
  it('with location granted, lists the nearest hall first and opens its detail', async () => {
    const { page, watch } = await suite.newPage({ granted: NEAR_PENGSHUI });
    // The server's own answer for the point the app will query (after WGS-84 → GCJ-02).
    const gcj = wgsToGcj(NEAR_PENGSHUI);
    const answer = await suite.server.api<NearbyHallsResponse>(`/api/halls/nearby?lat=${gcj.lat}&lng=${gcj.lng}&limit=20`);
    const nearest = answer.items[0];
    // Verified once by hand: this point is a few hundred metres from the county hall.
    expect(nearest.name).toBe('彭水苗族土家族自治县政务服务中心');

    await locate(page);
    // "我的位置", then "我的位置（<village path>附近）" once the village is resolved
    await expect(topPage(page).getByTestId('place-label').innerText()).resolves.toMatch(/^我的位置/);
    const first = await readCard(hallCards(page).first());
    expect(first.name).toBe(nearest.name);
    expect(first.distanceMeters).toBeLessThan(1000);
    expect(first.badges).toEqual([LEVEL_LABEL[nearest.level], '营业中']);
    // The whole first page in the server's order, not only its head.
    const names = await hallCards(page).locator('.yk-hall-card__name').allInnerTexts();
    expect(names).toEqual(answer.items.map((h) => h.name));

    await openFirstCardAndCheckDetail(page, nearest.id);
    expect(watch.pageErrors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
  });

  it('with location refused, explains, and lets the citizen pick 彭水 → 黄家镇 → 光辉村', async () => {
    const { page, watch } = await suite.newPage('denied');
    await openNearby(page);
    const prompt = topPage(page).getByTestId('location-prompt');
    await button(prompt, '使用我的位置').click();
    await prompt.getByRole('alert').filter({ hasText: DENIED_MESSAGE }).waitFor();

    await button(prompt, '手动选择地点').click();
    await waitStationed(page, ROUTES.pickPlace);
    const pick = topPage(page);
    const rows = pick.getByTestId('division-row');
    // Districts: narrow with the filter box as a citizen would, then tap.
    await rows.first().waitFor();
    await pick.getByTestId('division-filter').fill('彭水');
    await expect(rows.count()).resolves.toBeGreaterThan(0);
    await rows.filter({ hasText: /^彭水苗族土家族自治县/ }).click();
    await pick.getByTestId('choose-parent').filter({ hasText: '彭水苗族土家族自治县' }).waitFor();
    await rows.filter({ hasText: /^黄家镇/ }).click();
    await pick.getByTestId('choose-parent').filter({ hasText: '黄家镇' }).waitFor();
    // 光辉村 has no children: tapping it chooses it and returns to the list.
    await rows.filter({ hasText: /^光辉村/ }).click();

    await waitStationed(page, ROUTES.nearby);
    await expect(topPage(page).getByTestId('place-label').innerText()).resolves.toBe('彭水苗族土家族自治县 黄家镇 光辉村');
    await waitForCards(page);
    const first = await readCard(hallCards(page).first());
    expect(first.name).toBe('光辉村便民服务站');
    // The place is the division's own hall, so it is (almost) where we stand.
    expect(first.distanceMeters).toBeLessThan(100);

    await openFirstCardAndCheckDetail(page, '500243106200');
    expect(watch.pageErrors).toEqual([]);
  });

  it('filters by level (村(社区) shows only village halls) and maps every listed hall', async () => {
    const { page } = await suite.newPage({ granted: NEAR_PENGSHUI });
    await locate(page);
    const top = topPage(page);

    await top.getByTestId('level-village').click();
    await expect(top.getByTestId('level-village').getAttribute('aria-pressed')).resolves.toBe('true');
    // Wait until the list is the filtered one; fails (times out) if a non-village card stays.
    await page.waitForFunction(
      (label) => {
        const pages = document.querySelectorAll('#app > .taro_page');
        const cards = [...pages[pages.length - 1].querySelectorAll('[data-testid="hall-card"]')];
        return cards.length > 0 && cards.every((c) => c.querySelector('.yk-badge--level')?.textContent === label);
      },
      LEVEL_LABEL.village,
      { timeout: STEP_TIMEOUT },
    );
    const cards = hallCards(page);
    const listed = await cards.locator('.yk-hall-card__name').allInnerTexts();
    for (const card of await cards.all()) {
      expect((await readCard(card)).badges[0]).toBe('村(社区)');
    }
    // The village list is the server's village list for the same point, in order.
    const gcj = wgsToGcj(NEAR_PENGSHUI);
    const answer = await suite.server.api<NearbyHallsResponse>(`/api/halls/nearby?lat=${gcj.lat}&lng=${gcj.lng}&level=village&limit=20`);
    expect(listed).toEqual(answer.items.map((h) => h.name));

    // Map: one marker per listed hall, numbered in list order.
    await top.getByTestId('mode-map').click();
    const markers = top.getByTestId('map-marker');
    await markers.first().waitFor();
    await expect(markers.count()).resolves.toBe(listed.length);
    const labels = await Promise.all((await markers.all()).map((m) => m.getAttribute('aria-label')));
    labels.forEach((label, i) => expect(label).toMatch(new RegExp(`^${i + 1}\\. ${listed[i].replace(/[()]/g, '\\$&')}，`)));

    // Tap a marker that is not hidden under another (nearby villages overlap on the schematic),
    // preferring one other than the first so the shown card must change.
    const mapView = top.getByTestId('map-view');
    let tapped = -1;
    for (let i = listed.length - 1; i >= 0 && tapped < 0; i--) {
      try {
        await markers.nth(i).click({ trial: true, timeout: 500 });
        tapped = i;
      } catch {
        /* covered by another marker: try the next one */
      }
    }
    expect(tapped).toBeGreaterThan(0);
    await markers.nth(tapped).click();
    await expect(markers.nth(tapped).getAttribute('aria-pressed')).resolves.toBe('true');
    await mapView.getByTestId('hall-card').filter({ hasText: listed[tapped] }).waitFor();
    await expect(mapView.getByTestId('hall-card').count()).resolves.toBe(1);
  });

  it('says when the network is gone, and a failed load offers 重试 that recovers', async () => {
    const { page } = await suite.newPage({ granted: NEAR_PENGSHUI });
    await locate(page);
    const top = topPage(page);
    const context = page.context();

    await context.setOffline(true);
    const banner = top.getByRole('alert').filter({ hasText: /^网络已断开/ });
    await banner.waitFor();

    // A new query while offline fails (after the client's retries) and says so, with 重试.
    await top.getByTestId('level-township').click();
    const failed = top.locator('.yk-state--error');
    await failed.waitFor({ timeout: 15_000 });
    await expect(failed.getAttribute('role')).resolves.toBe('alert');
    const retry = button(failed, '重试');
    await retry.waitFor();

    await context.setOffline(false);
    await banner.waitFor({ state: 'detached' });
    await retry.click();
    await waitForCards(page);
    const first = await readCard(hallCards(page).first());
    expect(first.badges[0]).toBe(LEVEL_LABEL.township);
  });

  it('opens a deep link to a hall directly (hash router), with the county hall listed as parent', async () => {
    const { page } = await suite.newPage('denied');
    const list = await suite.server.api<HallListResponse>('/api/halls?q=黄家镇便民服务中心');
    expect(list.items.map((h) => h.id)).toContain('500243106');
    await openPage(page, ROUTES.hallDetail('500243106'));
    await expect(topPage(page).getByTestId('hall-name').innerText({ timeout: STEP_TIMEOUT })).resolves.toBe('黄家镇便民服务中心');
    await expect(topPage(page).getByTestId('week-row').count()).resolves.toBe(7);
  });
});
