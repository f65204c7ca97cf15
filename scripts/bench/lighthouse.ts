/**
 * Lighthouse (12.2.3, default mobile config: Moto G Power emulation, simulated slow 4G). The
 * budgets are about the nearby page as a first-time visitor sees it (location prompt):
 * performance ≥ 90, accessibility 100. The other states a citizen meets (the list for a
 * returning visitor, a hall's page, the place picker) are audited too, accessibility against the
 * same 100, performance for information. Chromium is started here with a DevTools port and
 * Lighthouse connects to it, so the verified flags apply.
 */
import type { Section } from './report';
import { metric } from './report';
import { startDebuggableChromium } from './chromium';

const BUDGET_PERFORMANCE = 90;
const BUDGET_ACCESSIBILITY = 100;
/** issue 7: Lighthouse mobile on the form pages */
const BUDGET_FORM_PERFORMANCE = 95;

/** The parts of Lighthouse's result read here. */
interface LhAudit {
  id: string;
  title: string;
  score: number | null;
  scoreDisplayMode: string;
  displayValue?: string;
  numericValue?: number;
  details?: { type?: string; items?: Array<Record<string, unknown>> };
}
interface LhResult {
  lhr: {
    categories: Record<string, { score: number | null; auditRefs: Array<{ id: string; weight: number }> }>;
    audits: Record<string, LhAudit>;
    runWarnings: string[];
  };
}

export interface FailingAudit {
  page: string;
  category: string;
  id: string;
  title: string;
  score: number | null;
  displayValue?: string;
  /** CSS selectors (a11y) or URLs (performance) the audit points at */
  targets: string[];
}

function targetsOf(audit: LhAudit): string[] {
  const out: string[] = [];
  for (const item of audit.details?.items ?? []) {
    const node = item.node as { selector?: string; snippet?: string } | undefined;
    if (node?.selector) out.push(`${node.selector}  ${node.snippet ?? ''}`.trim());
    else if (typeof item.url === 'string') out.push(item.url);
    else if (typeof item.score === 'number') out.push(`layout shift ${item.score.toFixed(3)} (Lighthouse could not name the element)`);
  }
  return out.slice(0, 8);
}

type Lighthouse = (url: string, flags: Record<string, unknown>) => Promise<LhResult | undefined>;

/** One page state to audit. */
export interface LighthouseTarget {
  label: string;
  /** hash route, appended to the server's base URL */
  route: string;
  /** apply the performance budget (the first-visit nearby page is what the budget is about) */
  perfBudget: boolean;
  /** the form pages' budget: performance ≥ 95 */
  formBudget?: boolean;
  /**
   * Prepare the profile before the run (e.g. remember a place, sign in) and keep storage, instead
   * of Lighthouse's default of clearing the origin's storage first. A route it answers replaces
   * `route` (a page whose id is made by the preparation, e.g. a draft's).
   */
  prepare?: (baseUrl: string, devtoolsPort: number) => Promise<string | void>;
}

/**
 * 喻先生 signed in (the session stored as the app stores it) with a draft of 普通护照签发: the
 * apply pages a citizen fills in. Answers the form page's route.
 */
async function signedInDraft(baseUrl: string, devtoolsPort: number, page: (draftId: string) => string): Promise<string> {
  const post = async <T>(path: string, body: unknown, token?: string): Promise<T> => {
    const res = await fetch(`${baseUrl}/api${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify(body) });
    if (!res.ok) throw new Error(`POST ${path} → ${res.status}`);
    return (await res.json()) as T;
  };
  const { token } = await post<{ token: string }>('/session/demo', { persona: 'yu' });
  const draft = await post<{ id: string }>('/drafts', { itemId: '500000-010110001000', situationId: 's1' }, token);
  const { chromium } = await import('playwright-core');
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${devtoolsPort}`);
  try {
    const tab = await browser.contexts()[0].newPage();
    await tab.goto(`${baseUrl}/#/pages/me/index`);
    // Taro H5 wraps each stored value as { data }, the app's storage as { v, data }
    await tab.evaluate((t) => localStorage.setItem('session.v1', JSON.stringify({ data: { v: 1, data: { token: t } } })), token);
    // The audited page must be the signed-in task page, not the sign-in page it would fall back to.
    await tab.goto(`${baseUrl}${page(draft.id)}`);
    // a new hash is no new load: load it again so the app starts with the stored session
    await tab.reload();
    const path = page(draft.id).replace(/^\/#/, '').split('?')[0];
    await tab.waitForFunction(
      (p) => {
        const pages = document.querySelectorAll('#app > .taro_page');
        const top = pages[pages.length - 1];
        return !!top && top.id.startsWith(p) && top.classList.contains('taro_page_stationed') && !!top.querySelector('[data-testid="application-error"], .yk-apply-heading, [data-testid="answers"], [data-testid="task-done"]');
      },
      path,
      { timeout: 15_000 },
    );
    await tab.close();
  } finally {
    await browser.close();
  }
  return page(draft.id);
}

/**
 * A returning citizen: a place remembered from last time, so the nearby page opens on the list.
 * Chosen through the UI (picker → 彭水 → 就选) with playwright over the same DevTools port, so
 * the stored value is whatever the app itself writes.
 */
export async function rememberPengshui(baseUrl: string, devtoolsPort: number): Promise<void> {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${devtoolsPort}`);
  try {
    const context = browser.contexts()[0];
    const page = await context.newPage();
    await page.goto(`${baseUrl}/#/pages/nearby/index`);
    await page.getByTestId('pick-place').click({ timeout: 15_000 });
    await page.getByTestId('division-row').filter({ hasText: /^彭水苗族土家族自治县/ }).click({ timeout: 15_000 });
    await page.getByTestId('choose-parent').click({ timeout: 15_000 });
    await page.locator('#app > .taro_page').last().getByTestId('hall-card').first().waitFor({ timeout: 15_000 });
    await page.close();
  } finally {
    // Disconnects only: the browser belongs to the caller.
    await browser.close();
  }
}

export const DEFAULT_TARGETS: LighthouseTarget[] = [
  { label: 'nearby, first visit', route: '/#/pages/nearby/index', perfBudget: true },
  { label: 'nearby, returning (list)', route: '/#/pages/nearby/index', perfBudget: false, prepare: rememberPengshui },
  { label: 'hall detail (deep link)', route: '/#/packages/halls/pages/detail/index?id=500243', perfBudget: false },
  { label: 'place picker', route: '/#/packages/place/pages/pick/index', perfBudget: false },
  { label: '办事 (catalog home)', route: '/#/pages/services/index', perfBudget: false },
  { label: 'search results (sbk)', route: '/#/packages/catalog/pages/search/index?q=sbk', perfBudget: false },
  { label: 'guide (社会保障卡申领)', route: '/#/packages/catalog/pages/guide/index?id=500000-200210001000', perfBudget: false },
  // The form pages, signed in with a draft: performance ≥ 95 and accessibility 100 (issue 7).
  { label: 'apply: form (普通护照签发)', route: '', perfBudget: false, formBudget: true, prepare: (b, p) => signedInDraft(b, p, (id) => `/#/packages/apply/pages/form/index?id=${id}`) },
  { label: 'apply: materials', route: '', perfBudget: false, formBudget: true, prepare: (b, p) => signedInDraft(b, p, (id) => `/#/packages/apply/pages/materials/index?id=${id}`) },
  { label: 'apply: check answers', route: '', perfBudget: false, formBudget: true, prepare: (b, p) => signedInDraft(b, p, (id) => `/#/packages/apply/pages/review/index?id=${id}`) },
];

/** Lighthouse's own run-to-run spread on LCP is tens of ms; the budget is about the median. */
export const DEFAULT_LCP_RUNS = 5;
/** issue 9: first-visit LCP on the nearby page, Lighthouse mobile, median of the runs */
const BUDGET_LCP_MS = 1800;

async function auditOnce(lighthouse: Lighthouse, url: string, port: number, keepStorage: boolean): Promise<LhResult['lhr']> {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility'],
    disableStorageReset: keepStorage,
  });
  if (!result) throw new Error(`lighthouse returned no result for ${url}`);
  return result.lhr;
}

/**
 * `lcpRuns`: how many times the budgeted page (the nearby first visit) is audited; its figures are
 * those of the run with the median LCP, and every run's LCP is listed beside them.
 */
export async function measureLighthouse(baseUrl: string, targets: LighthouseTarget[] = DEFAULT_TARGETS, lcpRuns = DEFAULT_LCP_RUNS): Promise<Omit<Section, 'ms'>> {
  // Lighthouse 12 is an ES module: imported dynamically from this CommonJS-run script.
  const { default: lighthouse } = (await import('lighthouse')) as unknown as { default: Lighthouse };
  const chrome = await startDebuggableChromium();
  const metrics = [];
  const failing: FailingAudit[] = [];
  const runs: Array<Record<string, unknown>> = [];
  try {
    for (const target of targets) {
      const prepared = target.prepare ? await target.prepare(baseUrl, chrome.port) : undefined;
      const url = baseUrl + (prepared || target.route);
      const repeats = target.perfBudget ? Math.max(1, lcpRuns) : 1;
      const results: Array<LhResult['lhr']> = [];
      for (let i = 0; i < repeats; i++) results.push(await auditOnce(lighthouse, url, chrome.port, Boolean(target.prepare)));
      const lcpOf = (r: LhResult['lhr']) => r.audits['largest-contentful-paint']?.numericValue ?? Number.NaN;
      const byLcp = [...results].sort((a, b) => lcpOf(a) - lcpOf(b));
      const { categories, audits, runWarnings } = byLcp[Math.floor((byLcp.length - 1) / 2)];
      const score = (c: string) => Math.round((categories[c]?.score ?? 0) * 100);
      const perf = score('performance');
      const a11y = score('accessibility');
      const perfBudget = target.perfBudget ? { op: '>=' as const, limit: BUDGET_PERFORMANCE } : target.formBudget ? { op: '>=' as const, limit: BUDGET_FORM_PERFORMANCE } : undefined;
      const a11yBudget = { op: '>=' as const, limit: BUDGET_ACCESSIBILITY };

      // Below budget, or for pages without a perf budget below 90: list what pulled the score down.
      for (const [category, limit, got] of [
        ['performance', BUDGET_PERFORMANCE, perf],
        ['accessibility', BUDGET_ACCESSIBILITY, a11y],
      ] as const) {
        if (got >= limit) continue;
        for (const ref of categories[category].auditRefs) {
          const a = audits[ref.id];
          if (!a || a.score === null || a.scoreDisplayMode === 'informative' || a.scoreDisplayMode === 'notApplicable') continue;
          if (a.score >= (category === 'accessibility' ? 1 : 0.9)) continue;
          // CLS names no elements itself; the informative layout-shifts audit does.
          const culprits = a.id === 'cumulative-layout-shift' && audits['layout-shifts'] ? targetsOf(audits['layout-shifts']) : targetsOf(a);
          failing.push({ page: target.label, category, id: a.id, title: a.title, score: a.score, displayValue: a.displayValue, targets: culprits });
        }
      }
      const num = (id: string) => audits[id]?.numericValue ?? Number.NaN;
      metrics.push(
        metric(`${target.label}: performance`, perf, 'pts', perfBudget),
        metric(`${target.label}: accessibility`, a11y, 'pts', a11yBudget),
      );
      if (target.perfBudget) {
        const each = byLcp.map((r) => Math.round(lcpOf(r)));
        metrics.push(
          metric(`${target.label}: FCP`, Math.round(num('first-contentful-paint')), 'ms'),
          metric(`${target.label}: LCP, median of ${each.length}`, Math.round(num('largest-contentful-paint')), 'ms', { op: '<=', limit: BUDGET_LCP_MS }, `runs ${each.join(' / ')} ms`),
          metric(`${target.label}: TBT`, Math.round(num('total-blocking-time')), 'ms'),
          metric(`${target.label}: CLS`, Math.round(num('cumulative-layout-shift') * 1000) / 1000, ''),
        );
      }
      runs.push({
        label: target.label,
        url,
        performance: perf,
        accessibility: a11y,
        fcpMs: num('first-contentful-paint'),
        lcpMs: num('largest-contentful-paint'),
        lcpRunsMs: byLcp.map(lcpOf),
        tbtMs: num('total-blocking-time'),
        cls: num('cumulative-layout-shift'),
        runWarnings,
      });
    }
  } finally {
    await chrome.stop();
  }
  return { id: 'lighthouse', title: 'Lighthouse mobile', ok: true, metrics, details: { runs, failing } };
}
