/**
 * H5 first-load JavaScript: what a first-time visitor downloads before the nearby page is usable.
 * The page is loaded in Chromium (location not granted, so the prompt shows) and every script
 * requested until network idle is matched by URL path to its file in dist/h5; its size is taken
 * gzip-compressed at level 9, so the figure does not depend on the server's compression level.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROME_PATH, CHROMIUM_FLAGS } from './chromium';
import type { Section } from './report';
import { kb, metric } from './report';

const BUDGET_KB = 110; // issue 7: sign-in and applying must not grow the first screen

export async function measureH5FirstLoad(baseUrl: string, h5Dir: string): Promise<Omit<Section, 'ms'>> {
  const browser = await chromium.launch({ executablePath: CHROME_PATH, headless: true, args: CHROMIUM_FLAGS, timeout: 30_000 });
  try {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 390, height: 844 }, isMobile: true });
    const page = await context.newPage();
    const scripts = new Set<string>();
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (url.origin === new URL(baseUrl).origin && (r.resourceType() === 'script' || url.pathname.endsWith('.js'))) scripts.add(url.pathname);
    });
    await page.goto(`${baseUrl}/#/pages/nearby/index`, { waitUntil: 'networkidle', timeout: 30_000 });
    // The prompt proves the page rendered, i.e. the scripts counted are the ones it needed.
    await page.getByTestId('location-prompt').waitFor({ timeout: 10_000 });

    const files = [...scripts].sort().map((p) => {
      const file = path.join(h5Dir, decodeURIComponent(p));
      if (!existsSync(file)) throw new Error(`requested ${p} but ${file} does not exist (stale build?)`);
      const raw = readFileSync(file);
      return { path: p, bytes: raw.length, gzipBytes: gzipSync(raw, { level: 9 }).length };
    });
    const gzip = files.reduce((s, f) => s + f.gzipBytes, 0);
    const raw = files.reduce((s, f) => s + f.bytes, 0);
    return {
      id: 'h5-first-load',
      title: 'H5 first load',
      ok: true,
      metrics: [
        metric('JS gzip (level 9)', kb(gzip), 'KB', { op: '<=', limit: BUDGET_KB }, `${files.length} files, ${gzip} B`),
        metric('JS uncompressed', kb(raw), 'KB'),
      ],
      details: { files },
    };
  } finally {
    await browser.close();
  }
}
