/**
 * Reviewers on a desktop browser: at 1366 × 800 the app is a centred phone-width column with type
 * at its phone size and the tab bar inside the column, not a phone layout stretched across the
 * window with scaled-up type.
 */
import type { Page } from 'playwright-core';
import type { ItemListResponse } from '../../src/shared/api/catalog';
import { ROUTES } from '../support/routes';
import { browserSuite, openPage, topPage } from './harness';

const DESKTOP = { width: 1366, height: 800 };
/** The widest phone the column stands for (src/app.scss, src/index.html). */
const PHONE = { width: 430, height: 932 };
const MAX_COLUMN = 480;

const suite = browserSuite();

interface Box {
  left: number;
  right: number;
  width: number;
}

async function box(page: Page, selector: string): Promise<Box> {
  const b = await page.locator(selector).last().boundingBox();
  if (!b) throw new Error(`${selector} is not shown`);
  return { left: b.x, right: b.x + b.width, width: b.width };
}

/** The page's body text size, as its root sets it (type tokens live on .yk-page). */
async function bodyFontSize(page: Page): Promise<string> {
  return topPage(page).locator('.yk-page').first().evaluate((el) => getComputedStyle(el).fontSize);
}

/** Opens `route` at `viewport` in a fresh profile. */
async function openAt(viewport: { width: number; height: number }, route: string): Promise<Page> {
  const { page } = await suite.newPage('denied');
  await page.setViewportSize(viewport);
  await openPage(page, route);
  return page;
}

async function guideRoute(): Promise<string> {
  const { items } = await suite.server.api<ItemListResponse>('/api/items?q=sbk&group=basic');
  return ROUTES.guide(items[0].id);
}

test.each([
  ['nearby', async () => ROUTES.nearby],
  ['guide', guideRoute],
])('%s at 1366 × 800: a centred phone-width column with phone-size type', async (_name, routeOf) => {
  const route = await routeOf();
  const phone = await openAt(PHONE, route);
  const phoneFont = await bodyFontSize(phone);

  const desktop = await openAt(DESKTOP, route);
  const column = await box(desktop, '#app');
  expect(column.width).toBeLessThanOrEqual(MAX_COLUMN);
  expect(column.width).toBeGreaterThanOrEqual(320);
  // Centred: the same margin on either side (to the pixel).
  expect(Math.abs(column.left - (DESKTOP.width - column.right))).toBeLessThanOrEqual(1);

  // The page itself fills the column and no more; its cards stay inside.
  const content = await box(desktop, '#app > .taro_page .yk-page');
  expect(content.left).toBeGreaterThanOrEqual(column.left - 0.5);
  expect(content.right).toBeLessThanOrEqual(column.right + 0.5);

  await expect(bodyFontSize(desktop)).resolves.toBe(phoneFont);
  // …and that is a phone's body size, not the window-scaled 20px+ of a stretched layout.
  expect(parseFloat(phoneFont)).toBeLessThanOrEqual(19);
});

test('the tab bar stays within the column', async () => {
  const desktop = await openAt(DESKTOP, ROUTES.nearby);
  const column = await box(desktop, '#app');
  const nav = topPage(desktop).getByRole('navigation', { name: '主导航' });
  const b = await nav.boundingBox();
  if (!b) throw new Error('the tab bar is not shown');
  expect(b.x).toBeGreaterThanOrEqual(column.left - 0.5);
  expect(b.x + b.width).toBeLessThanOrEqual(column.right + 0.5);
  expect(b.width).toBeGreaterThan(column.width - 2);
  // At the foot of the window, as on a phone.
  expect(Math.round(b.y + b.height)).toBe(DESKTOP.height);
});
