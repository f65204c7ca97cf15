/**
 * Accessibility sweep: axe-core (WCAG 2.0/2.1 A and AA, 2.2 AA and axe's best practices) on every
 * H5 page, in normal and 长辈版 (elder mode), with the server's security headers in force, so a
 * Content-Security-Policy that blocks something the app needs fails here too.
 *
 * The pages are listed once, in ./pages.ts (shared with the 长辈版 size sweep, elder.test.ts).
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { browserSuite, openPage, STEP_TIMEOUT, topPage } from './harness';
import { lookUpIds, NEAR_JIULONGPO, PAGES, prepare, presetElderMode, type Ids } from './pages';

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

const MODES = [
  { name: 'normal', elder: false },
  { name: '长辈版', elder: true },
] as const;

const suite = browserSuite();
let ids: Ids;

beforeAll(async () => {
  ids = await lookUpIds(suite.server);
});

interface Finding {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** axe's violations, with each offending node's selector: enough to find it in the page. */
async function runAxe(page: Page): Promise<Finding[]> {
  // Injected through the DevTools protocol (page.evaluate), not a <script> tag, so the page's CSP
  // does not apply to the checker itself.
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> }> }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.map(String).join(' ')) }));
  }, AXE_TAGS);
}

function describeFindings(findings: Finding[]): string {
  return findings.map((f) => `${f.id} (${f.impact}): ${f.help}\n${f.targets.map((t) => `    ${t}`).join('\n')}`).join('\n');
}

describe.each(MODES)('axe, $name', ({ elder }) => {
  test.each(PAGES.filter((p) => elder || !p.elderOnly))('$name: no violations, no CSP reports', async (swept) => {
    const { then } = swept;
    const { page, watch } = await suite.newPage({ granted: NEAR_JIULONGPO });
    const consoleErrors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') consoleErrors.push(m.text());
    });
    if (elder) await presetElderMode(page);
    const route = await prepare(suite.server, page, swept, ids);
    await openPage(page, route);
    await then?.(page);
    const top = topPage(page);
    await top.locator('.yk-state--loading').first().waitFor({ state: 'detached', timeout: STEP_TIMEOUT });
    await expect(top.locator('.yk-page').first().getAttribute('class')).resolves.toEqual(elder ? expect.stringContaining('yk-elder') : expect.not.stringContaining('yk-elder'));

    const findings = await runAxe(page);
    expect(describeFindings(findings)).toBe('');
    expect(consoleErrors.filter((m) => /Content Security Policy/i.test(m))).toEqual([]);
    expect(watch.pageErrors).toEqual([]);
  });
});
