/**
 * Accessibility sweep: axe-core (WCAG 2.0/2.1 A and AA, 2.2 AA and axe's best practices) on every
 * H5 page, in normal and 长辈版 (elder mode), with the server's security headers in force, so a
 * Content-Security-Policy that blocks something the app needs fails here too.
 *
 * Adding a page is one line in PAGES: its name and its URL from src/routes.ts (ids come from the
 * server's own data, resolved once per file).
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { ItemListResponse, LifeEventSummary } from '../../src/shared/api/catalog';
import type { Draft } from '../../src/shared/api/applications';
import type { SessionGrant } from '../../src/shared/api/identity';
import { ROUTES } from '../support/routes';
import { browserSuite, button, openPage, STEP_TIMEOUT, topPage, waitForCards } from './harness';

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** A street by 九龙坡区政务服务中心, as a phone's GPS (WGS-84) reports it. */
const NEAR_JIULONGPO = { latitude: 29.505, longitude: 106.505 };

/** Ids of real records, looked up on the file's server (never restated here). */
interface Ids {
  hall: string;
  guide: string;
  lifeEvent: string;
}

/** What 喻先生 made before the audit, for pages about his own records. */
interface Own {
  draft: string;
}

interface AuditedPage {
  name: string;
  url: (ids: Ids, own: Own) => string;
  /** what a user does before the audit, so the audited state has content, not only a spinner */
  then?: (page: Page) => Promise<void>;
  /** audit as 喻先生, signed in before the page loads */
  signedIn?: boolean;
  /** he has a draft of 普通护照签发 (an item with a fee and a visit) */
  draft?: boolean;
}

const PAGES: AuditedPage[] = [
  { name: 'nearby', url: () => ROUTES.nearby },
  {
    name: 'nearby, located',
    url: () => ROUTES.nearby,
    then: async (page) => {
      await button(topPage(page).getByTestId('location-prompt'), '使用我的位置').click();
      await waitForCards(page);
    },
  },
  { name: 'services', url: () => ROUTES.services },
  { name: 'search (q=sbk)', url: () => ROUTES.itemSearch({ q: 'sbk' }) },
  { name: 'guide', url: (ids) => ROUTES.guide(ids.guide) },
  { name: 'life event', url: (ids) => ROUTES.lifeEvent(ids.lifeEvent) },
  { name: 'departments', url: () => ROUTES.departments },
  { name: 'hall detail', url: (ids) => ROUTES.hallDetail(ids.hall) },
  { name: 'place picker', url: () => ROUTES.pickPlace },
  { name: '我的, signed out', url: () => ROUTES.me },
  { name: 'sign-in', url: () => ROUTES.signIn() },
  { name: 'privacy policy', url: () => ROUTES.privacy },
  { name: '我的, signed in', url: () => ROUTES.me, signedIn: true },
  { name: 'certificates', url: () => ROUTES.certificates, signedIn: true },
  { name: 'data-use log', url: () => ROUTES.dataUse, signedIn: true },
  { name: 'addresses', url: () => ROUTES.addresses, signedIn: true },
  { name: 'new address', url: () => ROUTES.addressEdit(), signedIn: true },
  { name: 'family members', url: () => ROUTES.family, signedIn: true },
  { name: 'real-name', url: () => ROUTES.realName, signedIn: true },
  { name: 'delete account', url: () => ROUTES.deleteAccount, signedIn: true },
  { name: '我的材料', url: () => ROUTES.materials, signedIn: true },
  { name: '我的预约', url: () => ROUTES.appointments, signedIn: true },
  { name: '我的办件', url: () => ROUTES.applications, signedIn: true },
  { name: 'book a visit', url: () => ROUTES.book(PASSPORT), signedIn: true },
  { name: 'apply: task list', url: (_, own) => ROUTES.applyTasks(own.draft), signedIn: true, draft: true },
  { name: 'apply: situation', url: (_, own) => ROUTES.applySituation(own.draft), signedIn: true, draft: true },
  { name: 'apply: applicant', url: (_, own) => ROUTES.applyApplicant(own.draft), signedIn: true, draft: true },
  { name: 'apply: form', url: (_, own) => ROUTES.applyForm(own.draft), signedIn: true, draft: true },
  { name: 'apply: materials', url: (_, own) => ROUTES.applyMaterials(own.draft), signedIn: true, draft: true },
  { name: 'apply: delivery', url: (_, own) => ROUTES.applyDelivery(own.draft), signedIn: true, draft: true },
  { name: 'apply: review', url: (_, own) => ROUTES.applyReview(own.draft), signedIn: true, draft: true },
];

/** 普通护照签发 (city): a fee of 120 元 and one visit, so its pages show both. */
const PASSPORT = '500000-010110001000';

const MODES = [
  { name: 'normal', elder: false },
  { name: '长辈版', elder: true },
] as const;

const suite = browserSuite();
let ids: Ids;

beforeAll(async () => {
  const sbk = await suite.server.api<ItemListResponse>('/api/items?q=sbk&group=basic');
  const events = await suite.server.api<LifeEventSummary[]>('/api/life-events');
  ids = { hall: '500107', guide: sbk.items[0].id, lifeEvent: events[0].id };
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

/** A call as the signed-in citizen (the suite's own helper sends no session). */
async function asCitizen<T>(token: string, method: string, path: string, body: unknown): Promise<T> {
  const res = await fetch(suite.server.url + path, { method, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (!res.ok) throw new Error(`${method} ${path} → ${res.status}: ${await res.text()}`);
  return (await res.json()) as T;
}

function describeFindings(findings: Finding[]): string {
  return findings.map((f) => `${f.id} (${f.impact}): ${f.help}\n${f.targets.map((t) => `    ${t}`).join('\n')}`).join('\n');
}

describe.each(MODES)('axe, $name', ({ elder }) => {
  test.each(PAGES)('$name: no violations, no CSP reports', async ({ url, then, signedIn, draft }) => {
    const { page, watch } = await suite.newPage({ granted: NEAR_JIULONGPO });
    const consoleErrors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') consoleErrors.push(m.text());
    });
    if (elder) {
      // The stored form of setElderMode(true), as Taro's H5 storage writes it, before the app reads it.
      await page.addInitScript(() => localStorage.setItem('settings.elderMode', JSON.stringify({ data: { v: 1, data: true } })));
    }
    const own: Own = { draft: '' };
    if (signedIn) {
      const grant = await suite.server.api<SessionGrant>('/api/session/demo', { persona: 'yu' });
      if (draft) own.draft = (await asCitizen<Draft>(grant.token, 'POST', '/api/drafts', { itemId: PASSPORT, situationId: 's1' })).id;
      // The stored form of startSession(token), as Taro's H5 storage writes it.
      await page.addInitScript((token) => localStorage.setItem('session.v1', JSON.stringify({ data: { v: 1, data: { token } } })), grant.token);
    }
    const route = url(ids, own);
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
