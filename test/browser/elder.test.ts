/**
 * 长辈版 (elder mode) measured on every H5 page, as a 375-px-wide phone shows it, against the
 * MIIT 适老化 spec (domain.md): every text ≥ 18 px with line spacing ≥ 1.3 and contrast ≥ 4.5:1
 * (MIIT asks 4.5:1 for large text too), every tappable ≥ 60 × 60 px, and status badges that say
 * their state in words, not only in colour.
 *
 * The pages are the a11y sweep's (./pages.ts). Sizes are computed in the page: every visible
 * element of the top Taro page that holds text directly, and every interactive element.
 * ELDER_SHOTS=<dir> also saves a full-page screenshot of each page in 长辈版 there.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { browserSuite, openPage, STEP_TIMEOUT, topPage } from './harness';
import { lookUpIds, NEAR_JIULONGPO, PAGES, prepare, presetElderMode, type Ids } from './pages';

/** MIIT: a 375-px-wide phone, where 1 CSS px is 1 dp. */
const PHONE = { width: 375, height: 812 };

export const ELDER_SPEC = { minFont: 18, minTap: 60, minLineHeight: 1.3, minContrast: 4.5 };

export interface Offence {
  rule: 'font' | 'line-height' | 'contrast' | 'tap' | 'colour-only';
  selector: string;
  text: string;
  measured: string;
}

/** Runs in the page: the offences of the top Taro page against the spec. */
function measure(spec: typeof ELDER_SPEC): Offence[] {
  const pages = document.querySelectorAll('#app > .taro_page');
  const root = pages[pages.length - 1] as HTMLElement;
  const offences: Offence[] = [];
  // Half a pixel of slack: rem arithmetic rounds (36 design px → 17.999… CSS px).
  const EPS = 0.5;

  const visible = (el: Element): boolean => {
    const r = el.getBoundingClientRect();
    if (r.width < 2 || r.height < 2) return false; // visually hidden (1 × 1, clipped)
    return el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true } as never);
  };
  const describe = (el: Element): string => {
    const testId = el.getAttribute('data-testid');
    const cls = [...el.classList].filter((c) => !c.startsWith('hydrated')).slice(0, 3).join('.');
    return `${el.tagName.toLowerCase()}${cls ? `.${cls}` : ''}${testId ? `[data-testid=${testId}]` : ''}`;
  };
  const textOf = (el: Element): string => (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 30);

  type Rgba = [number, number, number, number];
  const parse = (c: string): Rgba => {
    const m = c.match(/[\d.]+/g)?.map(Number) ?? [0, 0, 0, 0];
    return [m[0], m[1], m[2], m.length > 3 ? m[3] : 1];
  };
  const over = (top: Rgba, under: Rgba): Rgba => {
    const a = top[3];
    return [top[0] * a + under[0] * (1 - a), top[1] * a + under[1] * (1 - a), top[2] * a + under[2] * (1 - a), 1];
  };
  /** The opaque colour behind an element: its own and its ancestors' backgrounds, composed. */
  const background = (el: Element): Rgba => {
    const layers: Rgba[] = [];
    for (let e: Element | null = el; e; e = e.parentElement) {
      const c = parse(getComputedStyle(e).backgroundColor);
      if (c[3] > 0) layers.push(c);
      if (c[3] >= 1) break;
    }
    return layers.reduceRight<Rgba>((under, top) => over(top, under), [255, 255, 255, 1]);
  };
  const luminance = ([r, g, b]: Rgba): number => {
    const ch = (v: number) => {
      const s = v / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * ch(r) + 0.7152 * ch(g) + 0.0722 * ch(b);
  };
  const contrast = (a: Rgba, b: Rgba): number => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (hi + 0.05) / (lo + 0.05);
  };

  for (const el of root.querySelectorAll('*')) {
    const ownText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '');
    if (!ownText || !visible(el)) continue;
    const style = getComputedStyle(el);
    const size = parseFloat(style.fontSize);
    if (size < spec.minFont - EPS) offences.push({ rule: 'font', selector: describe(el), text: textOf(el), measured: `${size.toFixed(1)}px` });
    // 'normal' is about 1.15 for CJK fonts: below the spec, so it counts as an offence.
    const lh = style.lineHeight === 'normal' ? 1.15 : parseFloat(style.lineHeight) / size;
    if (lh < spec.minLineHeight - 0.01) offences.push({ rule: 'line-height', selector: describe(el), text: textOf(el), measured: `${lh.toFixed(2)}` });
    const fg = over(parse(style.color), background(el));
    const ratio = contrast(fg, background(el));
    if (ratio < spec.minContrast - 0.01) offences.push({ rule: 'contrast', selector: describe(el), text: textOf(el), measured: `${ratio.toFixed(2)}:1 (${style.color})` });
  }

  const TAPPABLE = [
    'a[href]',
    'button',
    'input:not([type=hidden])',
    'select',
    'textarea',
    '[role=button]',
    '[role=link]',
    '[role=switch]',
    '[role=checkbox]',
    '[role=radio]',
    '[role=tab]',
    '[role=option]',
    '.taro-button-core',
    'taro-picker-core',
    'taro-checkbox-core',
    'taro-switch-core',
    'taro-radio-core',
  ].join(',');
  for (const el of root.querySelectorAll(TAPPABLE)) {
    if (!visible(el)) continue;
    const r = el.getBoundingClientRect();
    if (r.width < spec.minTap - EPS || r.height < spec.minTap - EPS) {
      offences.push({ rule: 'tap', selector: describe(el), text: textOf(el), measured: `${r.width.toFixed(0)}×${r.height.toFixed(0)}` });
    }
  }

  // Colour never the only signal: a badge or status mark must say its state in words.
  for (const el of root.querySelectorAll('[class*="badge"], [class*="status"], [class*="dot"]')) {
    if (!visible(el)) continue;
    if (textOf(el) === '' && !el.getAttribute('aria-label')) offences.push({ rule: 'colour-only', selector: describe(el), text: '', measured: 'no words' });
  }
  return offences;
}

const suite = browserSuite();
let ids: Ids;

beforeAll(async () => {
  ids = await lookUpIds(suite.server);
});

async function openInElderMode(page: Page, swept: (typeof PAGES)[number]): Promise<void> {
  await page.setViewportSize(PHONE);
  await presetElderMode(page);
  await openPage(page, await prepare(suite.server, page, swept, ids));
  await swept.then?.(page);
  const top = topPage(page);
  await top.locator('.yk-state--loading').first().waitFor({ state: 'detached', timeout: STEP_TIMEOUT });
  await expect(top.locator('.yk-page').first().getAttribute('class')).resolves.toContain('yk-elder');
}

function report(offences: Offence[]): string {
  if (offences.length === 0) return '';
  const counts = Object.entries(
    offences.reduce<Record<string, number>>((acc, o) => ({ ...acc, [o.rule]: (acc[o.rule] ?? 0) + 1 }), {}),
  ).map(([rule, n]) => `${rule} ${n}`);
  const first = offences.slice(0, 12).map((o) => `  ${o.rule}: ${o.selector} "${o.text}" ${o.measured}`);
  return `${offences.length} below the 长辈版 spec (${counts.join(', ')}); first:\n${first.join('\n')}`;
}

test.each(PAGES)('长辈版 $name: text ≥ 18 px, line spacing ≥ 1.3, contrast ≥ 4.5:1, tappables ≥ 60 × 60 px', async (swept) => {
  const { page, watch } = await suite.newPage({ granted: NEAR_JIULONGPO });
  await openInElderMode(page, swept);
  const offences = await page.evaluate(measure, ELDER_SPEC);
  const shots = process.env.ELDER_SHOTS;
  if (shots) {
    // The page scrolls inside Taro's page box: a viewport as tall as the content shows all of it.
    const height = await page.evaluate(() => {
      const pages = document.querySelectorAll('#app > .taro_page');
      return Math.max(document.documentElement.scrollHeight, pages[pages.length - 1]?.scrollHeight ?? 0);
    });
    await page.setViewportSize({ width: PHONE.width, height: Math.min(height, 1600) });
    mkdirSync(shots, { recursive: true });
    await page.screenshot({ path: path.join(shots, `${swept.name.replace(/[^\p{L}\p{N}]+/gu, '-')}.png`) });
  }
  expect(report(offences)).toBe('');
  expect(watch.pageErrors).toEqual([]);
});
