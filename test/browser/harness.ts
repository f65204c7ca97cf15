/**
 * Browser test harness: the mock server in-process (API + production H5 build from one origin,
 * clock frozen) and Debian's Chromium driven by playwright-core.
 *
 * Why these choices:
 * - in-process server, started as every layer starts it (test/support/suite-server.ts): no port
 *   juggling or child process to leak; the frozen clock (FROZEN_NOW, Wednesday 2026-12-02 10:00
 *   Beijing time) makes 营业中 and the queue deterministic; its world is reset before each test.
 * - one browser per test file, a fresh context per journey: a context is a new profile (empty
 *   localStorage, so no remembered place leaks between journeys) at a fraction of a launch's cost.
 * - locators are scoped to the top Taro page: Taro H5 keeps the pages below the top one in the DOM
 *   (hidden), so a bare `getByTestId('hall-card')` would also match cards of a page underneath.
 */
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import gcoord from 'gcoord';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import type { GeoPoint } from '../../src/shared/api/halls';
import { CHROME_PATH, CHROMIUM_FLAGS } from '../../scripts/lib/chromium';
import { h5Url, pagePath, ROUTES } from '../support/routes';
import { mockServerPerFile, type SuiteServer } from '../support/suite-server';

export const REPO_ROOT = path.resolve(__dirname, '../..');
/** The build under test; H5_DIST points elsewhere (e.g. a build made in a scratch copy). */
export const H5_DIR = path.resolve(process.env.H5_DIST ?? path.join(REPO_ROOT, 'dist/h5'));

/** How long a user-visible step may take before the test fails (generous: 2 shared cores). */
export const STEP_TIMEOUT = 10_000;

// ---- server --------------------------------------------------------------------------------

export function assertH5Build(): void {
  if (!existsSync(path.join(H5_DIR, 'index.html'))) {
    throw new Error(`No H5 build at ${H5_DIR}: run \`npx taro build --type h5\` before the browser tests.`);
  }
}

/**
 * A copy of the build for one test file to serve: `taro build --type h5` empties dist/h5 first,
 * so a rebuild by someone else during the run would otherwise turn pages into 404s halfway
 * through a journey.
 */
function snapshotH5Build(): string {
  assertH5Build();
  const snapshot = mkdtempSync(path.join(tmpdir(), 'browser-h5-'));
  cpSync(H5_DIR, snapshot, { recursive: true });
  return snapshot;
}

// ---- browser -------------------------------------------------------------------------------

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROME_PATH)) throw new Error(`Chromium not found at ${CHROME_PATH} (set CHROME_PATH)`);
  // A plain launch gives a new, empty temporary profile (user-data-dir) every time.
  // Bounded, so a Chromium that never comes up fails the suite instead of hanging jest.
  return chromium.launch({ executablePath: CHROME_PATH, headless: true, args: CHROMIUM_FLAGS, timeout: 30_000 });
}

/** WGS-84, as a phone's GPS (and the browser Geolocation API) reports it. */
export interface WgsPoint {
  latitude: number;
  longitude: number;
}

export type GeoSetting = { granted: WgsPoint } | 'denied';

/** A phone-sized context with the app's language; geolocation granted at a point or refused. */
export async function newAppContext(browser: Browser, baseUrl: string, geo: GeoSetting): Promise<BrowserContext> {
  const granted = geo !== 'denied';
  const context = await browser.newContext({
    baseURL: baseUrl,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    // With no permission granted, headless Chromium answers getCurrentPosition with
    // PERMISSION_DENIED (code 1), which is what a citizen who taps 拒绝 produces.
    permissions: granted ? ['geolocation'] : [],
    geolocation: granted ? { ...geo.granted, accuracy: 10 } : undefined,
  });
  context.setDefaultTimeout(STEP_TIMEOUT);
  return context;
}

/** Collects what would otherwise pass silently: page errors and requests leaving the origin. */
export function watchPage(page: Page, baseUrl: string): { pageErrors: string[]; foreignRequests: string[] } {
  const pageErrors: string[] = [];
  const foreignRequests: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(baseUrl) && !url.startsWith('data:') && !url.startsWith('blob:')) foreignRequests.push(url);
  });
  return { pageErrors, foreignRequests };
}

export interface BrowserSuite {
  /** the file's mock server (API and H5 build): its URL, world, and `api()` for expectations */
  readonly server: SuiteServer;
  /** a fresh profile (context) with one page, watched for errors; closed after the test */
  newPage(geo: GeoSetting): Promise<{ page: Page; watch: ReturnType<typeof watchPage> }>;
  /** a fresh profile alone, for journeys that open their own pages; closed after the test */
  newContext(geo: GeoSetting): Promise<BrowserContext>;
}

/**
 * The lifecycle every journey file needs, registered once: one server and one browser for the
 * file (started one after the other, so a failed launch still leaves the server for afterAll to
 * close: an open listener keeps jest from exiting), a fresh context per page, closed after each test.
 */
export function browserSuite(): BrowserSuite {
  let snapshot: string | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  beforeAll(() => {
    snapshot = snapshotH5Build();
  });
  const server = mockServerPerFile(() => ({ staticDir: snapshot }));
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((c) => c.close()));
  });
  afterAll(async () => {
    await browser?.close();
    if (snapshot) rmSync(snapshot, { recursive: true, force: true });
  });
  const newContext = async (geo: GeoSetting): Promise<BrowserContext> => {
    if (!browser) throw new Error('browserSuite: beforeAll has not run (or Chromium failed to start)');
    const context = await newAppContext(browser, server.url, geo);
    contexts.push(context);
    return context;
  };
  return {
    server,
    newContext,
    async newPage(geo) {
      const page = await (await newContext(geo)).newPage();
      return { page, watch: watchPage(page, server.url) };
    },
  };
}

// ---- the app, as a user sees it --------------------------------------------------------------

/**
 * The page on top of Taro's page stack. Taro appends each navigated page to #app and removes it
 * on navigateBack, so the last `.taro_page` is the one the user sees.
 */
export function topPage(page: Page): Locator {
  return page.locator('#app > .taro_page').last();
}

/**
 * Waits until the top page is `route`'s page (any query) and has finished sliding in (Taro marks
 * it stationed).
 */
export async function waitStationed(page: Page, route: string): Promise<void> {
  await page.waitForFunction(
    (p) => {
      const pages = document.querySelectorAll('#app > .taro_page');
      const top = pages[pages.length - 1];
      return !!top && top.id.startsWith(p) && top.classList.contains('taro_page_stationed');
    },
    pagePath(route),
    { timeout: STEP_TIMEOUT },
  );
}

/** Goes to a page by its URL (a deep link, or a reload's start) and waits until it is shown. */
export async function openPage(page: Page, route: string): Promise<void> {
  await page.goto(h5Url(route));
  await waitStationed(page, route);
}

export async function openNearby(page: Page): Promise<void> {
  await openPage(page, ROUTES.nearby);
}

/**
 * A button by its visible label. Taro's H5 <Button> may render a <button> or a <div>
 * (it renders `div.taro-button-core` in 4.2.1 even with useHtmlComponents), so role=button
 * cannot be relied on; the label and the class are what the user and Taro give us.
 */
export function button(scope: Locator, label: string | RegExp): Locator {
  return scope.locator('button, [role="button"], .taro-button-core').filter({ hasText: label });
}

export function hallCards(page: Page): Locator {
  return topPage(page).getByTestId('hall-card');
}

export interface CardInfo {
  name: string;
  distanceText: string;
  distanceMeters: number;
  badges: string[];
}

/** "86m" → 86, "1.2km" → 1200, "23km" → 23000 (the app's formatDistance, read back). */
export function parseDistance(text: string): number {
  const m = /^\s*([\d.]+)\s*(m|km)\s*$/.exec(text);
  if (!m) return Number.NaN;
  return Number(m[1]) * (m[2] === 'km' ? 1000 : 1);
}

export async function readCard(card: Locator): Promise<CardInfo> {
  const name = (await card.locator('.yk-hall-card__name').innerText()).trim();
  const distanceText = (await card.locator('.yk-hall-card__distance').innerText()).trim();
  const badges = (await card.locator('.yk-badge').allInnerTexts()).map((s) => s.trim());
  return { name, distanceText, distanceMeters: parseDistance(distanceText), badges };
}

/**
 * Waits for the list to show results for the current query: the loading state gone and at least
 * one card present. A filter change replaces the whole list (loading state in between), so
 * waiting for the loading state to go away first avoids reading the previous list.
 */
export async function waitForCards(page: Page): Promise<void> {
  const top = topPage(page);
  await top.locator('.yk-state--loading').first().waitFor({ state: 'detached', timeout: STEP_TIMEOUT });
  await top.getByTestId('hall-card').first().waitFor({ timeout: STEP_TIMEOUT });
}

/** Opens 就近办 and taps 使用我的位置 (the context's geolocation); returns when cards show. */
export async function locate(page: Page): Promise<void> {
  await openNearby(page);
  const prompt = topPage(page).getByTestId('location-prompt');
  await prompt.waitFor();
  await button(prompt, '使用我的位置').click();
  await waitForCards(page);
}

// ---- coordinates ----------------------------------------------------------------------------

/** What a GPS at this GCJ-02 point would report: the inverse of the app's WGS-84 → GCJ-02 step. */
export function gcjToWgs(point: GeoPoint): WgsPoint {
  const [longitude, latitude] = gcoord.transform([point.lng, point.lat], gcoord.GCJ02, gcoord.WGS84);
  return { latitude, longitude };
}

/** The point the app will query with, given what the browser reports. */
export function wgsToGcj(point: WgsPoint): GeoPoint {
  const [lng, lat] = gcoord.transform([point.longitude, point.latitude], gcoord.WGS84, gcoord.GCJ02);
  return { lat, lng };
}
