/**
 * Runs the real production weapp build (dist/weapp) inside miniprogram-simulate, end to end:
 * the compiled WXML templates (official wcc compiler), Taro's runtime and React renderer, the
 * app's own code, and real HTTP to an in-process mock server. Nothing of src/ is imported here:
 * what is tested is exactly what would be uploaded to WeChat.
 *
 * What WeChat would provide and the simulator does not is faked here:
 * - `App`, `getApp`, `getCurrentPages`, and `Page`, which becomes a `Component` whose lifetimes
 *   call onLoad/onShow/onReady with the page's query (miniprogram-simulate only knows components);
 * - the `wx` APIs Taro and the app call (request, location, navigation, storage, network, …),
 *   starting from miniprogram-simulate's own `wx` and overriding what needs behaviour;
 * - a DOM (jsdom) for miniprogram-simulate's renderer, installed by hand because the test
 *   environment is `node` (the mock server needs real node http).
 *
 * One `launch()` is one run of the mini-program (a cold start): fresh module registry, fresh
 * Taro runtime, fresh page stack. Storage can be carried into the next launch to test what is
 * remembered across runs.
 */
import { existsSync, readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { weappRoute } from '../support/routes';
import { mockServerPerFile, type SuiteServer } from '../support/suite-server';

/** The build under test; WEAPP_DIST points elsewhere (e.g. a build made in a scratch copy). */
export const WEAPP_ROOT = path.resolve(process.env.WEAPP_DIST ?? path.join(__dirname, '../../dist/weapp'));
/** The API base URL baked into the weapp build (config/index.ts); requests to it are rerouted. */
export const BUILD_API_BASE = 'http://localhost:10086';
/** WeChat's audit limit for one setData payload (JSON), see docs/domain.md. */
export const SET_DATA_LIMIT_BYTES = 256 * 1024;

// ---------------------------------------------------------------------------------------------
// Types shared with the tests
// ---------------------------------------------------------------------------------------------

export type Query = Record<string, string>;

/** What `wx.getLocation` does in this run. */
export type LocationBehaviour =
  | { kind: 'granted'; lat: number; lng: number }
  | { kind: 'denied' }
  | { kind: 'fail'; errMsg: string };

export interface ApiCall {
  api: string;
  /** the options object the app passed, minus its callbacks */
  options: Record<string, unknown>;
}

export interface RequestRecord {
  method: string;
  url: string;
  statusCode?: number;
  errMsg: string;
}

export interface SetDataStats {
  calls: number;
  totalBytes: number;
  maxBytes: number;
  /** bytes of every call, in order */
  sizes: number[];
}

export interface LaunchOptions {
  /** base URL of the mock server (miniProgramSuite passes its own) */
  serverUrl: string;
  /** storage carried over from an earlier launch; a fresh empty one otherwise */
  storage?: Map<string, string>;
  location?: LocationBehaviour;
  /**
   * whose WeChat account `wx.login` stands for: its codes are `persona:<id>:<n>`, which the mock's
   * code2Session maps to that persona ('yu' unless said)
   */
  wechatPersona?: string;
}

/** One call of the app's onNeedPrivacyAuthorization listener and what the app answered. */
export interface PrivacyRequest {
  referrer: string;
  /** every resolve({ event, buttonId }) the app made for it, in order */
  answers: Array<{ event: string; buttonId?: string }>;
}

export interface PageHandle {
  /** e.g. pages/nearby/index */
  route: string;
  query: Query;
  /** miniprogram-simulate's component for the page */
  comp: SimComponent;
  /** the page instance (what `this` is in Page options) */
  instance: PageInstance;
}

// ---------------------------------------------------------------------------------------------
// The small part of miniprogram-simulate / j-component / exparser used here. Their own typings
// lean on miniprogram-api-typings globals this project does not load, so they are described
// here instead; `any` is confined to the adapter functions below.
// ---------------------------------------------------------------------------------------------

export interface SimComponent {
  readonly dom: HTMLElement;
  attach(parent: Element): void;
  detach(): void;
}

interface PageInstance {
  route: string;
  __route__: string;
  options: Query;
  setData(data: Record<string, unknown>, cb?: () => void): void;
  [method: string]: unknown;
}

interface Simulate {
  load(componentPath: string, options: { rootPath: string; compiler: 'official' }): string;
  render(id: string): SimComponent;
}

/** Page options as Taro's createPageConfig produces them: data plus lifecycle/handler functions. */
type PageOptions = Record<string, unknown> & { data?: Record<string, unknown> };
type AnyFn = (...args: unknown[]) => unknown;
type WxOptions = Record<string, unknown> & {
  success?: (res: unknown) => void;
  fail?: (err: unknown) => void;
  complete?: (res: unknown) => void;
};

// ---------------------------------------------------------------------------------------------
// DOM for miniprogram-simulate
// ---------------------------------------------------------------------------------------------

/** wx.login codes are one-use on the server, so they never repeat within a test file, across launches too. */
let wxLoginSeq = 0;

let domInstalled = false;
/**
 * exparser (WeChat's component framework, untyped, in miniprogram-simulate's deps) of the
 * current run: taps must go through the same instance that rendered the page.
 */
let currentExparser: any;

/**
 * exparser and j-component render into a DOM. The jest environment is node, so the window
 * globals they touch are copied from a jsdom window once per test file (globals survive
 * jest.resetModules, so one window serves every launch).
 */
function installDom(): void {
  if (domInstalled) return;
  const { window } = new JSDOM('<!doctype html><html><head></head><body></body></html>', { pretendToBeVisual: true });
  const g = globalThis as unknown as Record<string, unknown>;
  const w = window as unknown as Record<string, unknown>;
  g.window = window;
  for (const key of ['document', 'navigator', 'Node', 'Element', 'HTMLElement', 'Event', 'CustomEvent', 'TouchEvent', 'getComputedStyle', 'requestAnimationFrame', 'cancelAnimationFrame']) {
    g[key] = typeof w[key] === 'function' && /^[a-z]/.test(key) ? (w[key] as AnyFn).bind(window) : w[key];
  }
  domInstalled = true;
}

// ---------------------------------------------------------------------------------------------
// Waiting
// ---------------------------------------------------------------------------------------------

const tick = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export interface WaitOptions {
  timeout?: number;
  /** what is awaited, for the timeout message */
  what?: string;
  /** extra context for the timeout message, e.g. the page's text at that moment */
  describe?: () => string;
}

/**
 * Polls until `probe` returns something other than undefined/false, or fails after `timeout`.
 * Taro renders asynchronously (React commit → Taro's batched setData → exparser), so tests wait
 * for what the user would see instead of sleeping a fixed time.
 */
export async function waitFor<T>(probe: () => T | undefined | null | false, { timeout = 5000, what = 'condition', describe }: WaitOptions = {}): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = probe();
    if (value !== undefined && value !== null && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeout} ms waiting for ${what}${describe ? `\n${describe()}` : ''}`);
    await tick(10);
  }
}

// ---------------------------------------------------------------------------------------------
// Reading and touching a page
// ---------------------------------------------------------------------------------------------

function rootOf(scope: PageHandle | Element): Element {
  return 'comp' in scope ? scope.comp.dom : scope;
}

/** All visible text of the page, in document order (whitespace as rendered). */
export function textOf(page: PageHandle): string {
  return page.comp.dom.textContent ?? '';
}

export async function waitForText(page: PageHandle, text: string, timeout = 5000): Promise<void> {
  await waitFor(() => textOf(page).includes(text), { timeout, what: `text “${text}” on ${page.route}`, describe: () => `page text: ${textOf(page)}` });
}

export async function waitForNoText(page: PageHandle, text: string, timeout = 5000): Promise<void> {
  await waitFor(() => !textOf(page).includes(text), { timeout, what: `text “${text}” to go from ${page.route}`, describe: () => `page text: ${textOf(page)}` });
}

/**
 * The innermost elements whose text contains `text` (a row's name, a button's label), those
 * whose whole text is exactly `text` first: a label also quoted inside a sentence
 * (“…可以手动选择地点…”) must not win over the button that shows only the label.
 */
export function elementsWithText(scope: PageHandle | Element, text: string): Element[] {
  const found: Element[] = [];
  const visit = (el: Element): void => {
    if (!(el.textContent ?? '').includes(text)) return;
    const before = found.length;
    for (const child of Array.from(el.children)) visit(child);
    if (found.length === before) found.push(el);
  };
  visit(rootOf(scope));
  const exact = (el: Element) => ((el.textContent ?? '').trim() === text ? 0 : 1);
  return found.sort((a, b) => exact(a) - exact(b));
}

/**
 * Elements rendered with a given class (Taro's className). The simulator prefixes each class
 * with the component's tag (`main--yk-hall-card`), which is stripped before comparing.
 */
export function elementsWithClass(scope: PageHandle | Element, className: string): Element[] {
  return Array.from(rootOf(scope).querySelectorAll('*')).filter((el) =>
    (el.getAttribute('class') ?? '').split(/\s+/).some((c) => c.replace(/^(main|comp)--/, '') === className),
  );
}

/**
 * Taps an element the way WeChat does: a `tap` starting at the element and bubbling through the
 * composed tree. Taro's templates bind `bindtap="eh"` only on nodes with a React onClick and
 * render `data-sid` on every node; Taro's `eh` reads `currentTarget.dataset.sid` to find its
 * own DOM node and dispatches the React event from there (and when an ancestor is also bound it
 * defers to the outermost one, so bubbling from the innermost node is the faithful choice).
 */
export function tap(element: Element): void {
  const exparser = currentExparser;
  if (!exparser) throw new Error('tap() before launch()');
  const node = (element as unknown as { __wxElement?: unknown }).__wxElement;
  if (!node) throw new Error(`no exparser node behind <${element.tagName.toLowerCase()}>`);
  const event = exparser.Event.create('tap', { x: 0, y: 0 }, {
    bubbles: true,
    composed: true,
    capturePhase: true,
    extraFields: { touches: [], changedTouches: [{ x: 0, y: 0 }] },
  });
  exparser.Event.dispatchEvent(node, event);
}

/**
 * Fires a component's own event (input, confirm, blur, …) on an element the way WeChat does:
 * on the component itself, not bubbling, with `detail` as the component reports it. Taro's
 * templates bind these (`bindinput="eh"`, `bindconfirm="eh"`) on the element that has the
 * React handler, so the event reaches onInput/onConfirm through the same `eh` as a tap.
 */
export function trigger(element: Element, type: string, detail: Record<string, unknown>): void {
  const exparser = currentExparser;
  if (!exparser) throw new Error('trigger() before launch()');
  const node = (element as unknown as { __wxElement?: unknown }).__wxElement;
  if (!node) throw new Error(`no exparser node behind <${element.tagName.toLowerCase()}>`);
  const event = exparser.Event.create(type, detail, { bubbles: false, composed: false, capturePhase: false });
  exparser.Event.dispatchEvent(node, event);
}

/**
 * Types into an <input> as WeChat's keyboard reports it: one `input` event per character, each
 * carrying the whole value so far and the cursor after it.
 */
export function typeInto(input: Element, text: string, startFrom = ''): void {
  let value = startFrom;
  for (const ch of text) {
    value += ch;
    trigger(input, 'input', { value, cursor: value.length, keyCode: ch.charCodeAt(0) });
  }
}

/** Waits for `text` to appear, then taps the innermost element showing it. */
export async function tapText(page: PageHandle, text: string, timeout = 5000): Promise<void> {
  await waitForText(page, text, timeout);
  const [target] = elementsWithText(page, text);
  tap(target);
}

// ---------------------------------------------------------------------------------------------
// The mini-program
// ---------------------------------------------------------------------------------------------

export interface MiniProgram {
  /** every wx API call the app made, in order (request, navigateTo, openLocation, …) */
  readonly calls: ApiCall[];
  readonly requests: RequestRecord[];
  readonly setData: SetDataStats;
  readonly storage: Map<string, string>;
  /** what wx.getLocation does from now on */
  location: LocationBehaviour;
  /** when set, every wx.request fails with this errMsg without reaching the server */
  requestFailure: string | null;
  /** page stack, bottom first (what getCurrentPages returns) */
  pages(): PageHandle[];
  callsTo(api: string): Record<string, unknown>[];
  /**
   * opens a page as the launch page (or on top of the stack, like a navigateTo); `route` as in
   * src/routes.ts (`ROUTES.guide(id)`) or as WeChat names it, its query merged with `query`
   */
  open(route: string, query?: Query): Promise<PageHandle>;
  /** loads the page of the latest navigateTo the app made, with its query, on top of the stack */
  followNavigateTo(): Promise<PageHandle>;
  /** what the device's network reports; fires onNetworkStatusChange listeners */
  setOnline(online: boolean): void;
  readStorage(key: string): unknown;
  /** unloads every page (React unmounts) so nothing keeps running after the test */
  close(): void;
  /** how many times the app called wx.login */
  readonly logins: number;
  /** what the citizen answers in WeChat's subscribe dialog, for every template asked ('accept' unless said) */
  subscribeAnswer: 'accept' | 'reject';
  /** what the citizen taps in wx.showModal ('confirm' unless said) */
  modalAnswer: 'confirm' | 'cancel';
  /**
   * WeChat holding a personal-data API (`referrer`, e.g. getLocation) until the citizen agrees:
   * calls every listener the app registered with wx.onNeedPrivacyAuthorization
   */
  needPrivacyAuthorization(referrer: string): PrivacyRequest;
}

/** `url` of navigateTo & co → route without leading slash, and its query. */
export function parseUrl(url: string): { route: string; query: Query } {
  const [pathPart, search = ''] = url.split('?');
  const query: Query = {};
  for (const pair of search.split('&').filter(Boolean)) {
    const [k, v = ''] = pair.split('=');
    query[decodeURIComponent(k)] = decodeURIComponent(v);
  }
  return { route: weappRoute(pathPart), query };
}

function routesOf(): string[] {
  const appJson = JSON.parse(readFileSync(path.join(WEAPP_ROOT, 'app.json'), 'utf8')) as { pages: string[]; subPackages?: { root: string; pages: string[] }[] };
  return [...appJson.pages, ...(appJson.subPackages ?? []).flatMap((p) => p.pages.map((page) => `${p.root}/${page}`))];
}

/** Calls a WeChat-style API's callbacks asynchronously, like the real client does. */
function settle(options: WxOptions, outcome: { ok: true; res: Record<string, unknown> } | { ok: false; err: Record<string, unknown> }): void {
  setTimeout(() => {
    if (outcome.ok) options.success?.(outcome.res);
    else options.fail?.(outcome.err);
    options.complete?.(outcome.ok ? outcome.res : outcome.err);
  }, 0);
}

function withoutCallbacks(options: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries((options ?? {}) as Record<string, unknown>)) if (typeof v !== 'function') out[k] = v;
  return out;
}

const SYSTEM = {
  brand: 'devtools',
  model: 'iPhone 12',
  pixelRatio: 3,
  screenWidth: 390,
  screenHeight: 844,
  windowWidth: 390,
  windowHeight: 754,
  statusBarHeight: 47,
  language: 'zh_CN',
  version: '8.0.50',
  system: 'iOS 17.0',
  platform: 'devtools',
  fontSizeSetting: 16,
  SDKVersion: '3.5.0',
  theme: 'light',
  safeArea: { left: 0, right: 390, top: 47, bottom: 810, width: 390, height: 763 },
  screenTop: 90,
  enableDebug: false,
  host: { env: 'WeChat' },
} as const;

/**
 * Starts the mini-program: a fresh module registry (so dist/weapp's webpack chunks register
 * again), fresh simulator, fresh `wx`, then app.js and App's onLaunch/onShow, as WeChat does on
 * a cold start. Pages are opened with `open()`.
 */
export function launch(options: LaunchOptions): MiniProgram {
  if (!existsSync(path.join(WEAPP_ROOT, 'app.js')) || !existsSync(path.join(WEAPP_ROOT, 'app.json'))) {
    throw new Error(`${WEAPP_ROOT} holds no weapp build: run \`npx taro build --type weapp\` first`);
  }
  installDom();
  // A new run: dist/weapp/*.js and the simulator must evaluate again, and the webpack chunk
  // list lives on `wx` (wx.webpackJsonp), so `wx` must be new too or old chunks re-run.
  jest.resetModules();
  const g = globalThis as unknown as Record<string, unknown>;
  delete g.wx;

  const simulate = require('miniprogram-simulate') as Simulate;
  currentExparser = require('miniprogram-exparser');
  // The simulator defines global `wx` with its own mocks (canIUse, createSelectorQuery, …).
  const wx = g.wx as Record<string, unknown>;
  const knownRoutes = routesOf();

  const calls: ApiCall[] = [];
  const requests: RequestRecord[] = [];
  const setData: SetDataStats = { calls: 0, totalBytes: 0, maxBytes: 0, sizes: [] };
  const storage = options.storage ?? new Map<string, string>();
  const networkListeners = new Set<(res: { isConnected: boolean; networkType: string }) => void>();
  let online = true;
  const stack: PageHandle[] = [];
  let loading: { route: string; query: Query } | null = null;
  let followed = 0;
  let requestFailure: string | null = null;
  let logins = 0;
  const privacyListeners: AnyFn[] = [];
  const serverUrl = options.serverUrl.replace(/\/+$/, '');

  const record = (api: string, opts: unknown) => calls.push({ api, options: withoutCallbacks(opts) });

  /** Counts every setData of a page or component instance (payload measured as WeChat does: JSON). */
  const meter = (instance: { setData: (data: Record<string, unknown>, cb?: () => void) => void }) => {
    const original = instance.setData;
    instance.setData = (data, cb) => {
      const bytes = Buffer.byteLength(JSON.stringify(data), 'utf8');
      setData.calls += 1;
      setData.totalBytes += bytes;
      setData.maxBytes = Math.max(setData.maxBytes, bytes);
      setData.sizes.push(bytes);
      original.call(instance, data, cb);
    };
  };

  // -- Component. Two jobs: meter every instance's setData, and let a page be opened again in
  // the same run. dist/weapp's page and comp.js files are webpack chunks: the first require
  // installs the chunk and runs its entry (which calls Page()/Component()); a second require of
  // the same file in the same module registry does nothing, so the simulator would register an
  // empty component. The definition each file registered is kept and replayed instead (WeChat
  // itself registers each page once and instantiates it many times).
  type ComponentDef = Record<string, unknown> & { lifetimes?: Record<string, AnyFn> };
  const simComponent = g.Component as (def: ComponentDef) => void;
  const registerMetered = (def: ComponentDef) => {
    const created = def.lifetimes?.created ?? (def.created as AnyFn | undefined);
    simComponent({
      ...def,
      lifetimes: {
        ...def.lifetimes,
        created(this: PageInstance, ...args: unknown[]) {
          meter(this);
          return created?.apply(this, args);
        },
      },
    });
  };
  const definitionOfFile = new Map<string, ComponentDef>();
  let runningFile: string | null = null;
  let registeredByFile = false;
  const component = (def: ComponentDef) => {
    if (runningFile) definitionOfFile.set(runningFile, def);
    registeredByFile = true;
    registerMetered(def);
  };
  g.Component = component;
  const simulateUtils = require('miniprogram-simulate/src/utils') as { runJs: (file: string) => void };
  const runJs = simulateUtils.runJs;
  simulateUtils.runJs = (file: string) => {
    runningFile = file;
    registeredByFile = false;
    try {
      runJs(file);
    } finally {
      runningFile = null;
    }
    if (registeredByFile) return;
    const def = definitionOfFile.get(file);
    if (!def) throw new Error(`${path.relative(WEAPP_ROOT, file)}.js registered no component`);
    registerMetered(def);
  };

  // -- Page → Component. Taro's createPageConfig returns `data` plus functions (onLoad, onShow,
  // onReady, onHide, onUnload, eh, onPullDownRefresh, …); all functions become methods so the
  // instance has them like a real page, and the lifetimes drive the page lifecycle.
  g.Page = (pageOptions: PageOptions) => {
    if (!loading) throw new Error('Page() called outside harness open()');
    const { route } = loading;
    const methods: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(pageOptions)) if (typeof v === 'function') methods[k] = v;
    const call = (instance: PageInstance, name: string, ...args: unknown[]) => {
      const fn = pageOptions[name];
      if (typeof fn === 'function') (fn as AnyFn).apply(instance, args);
    };
    component({
      data: pageOptions.data ?? {},
      methods,
      lifetimes: {
        attached(this: PageInstance) {
          const query = loading?.query ?? {};
          this.route = route;
          this.__route__ = route;
          this.options = query;
          call(this, 'onLoad', query);
        },
        ready(this: PageInstance) {
          call(this, 'onShow');
          call(this, 'onReady');
        },
        detached(this: PageInstance) {
          call(this, 'onUnload');
        },
      },
    });
  };

  // -- App / getApp / getCurrentPages
  let app: Record<string, unknown> | undefined;
  g.App = (appOptions: Record<string, unknown>) => {
    app = appOptions;
  };
  g.getApp = () => app;
  g.getCurrentPages = () => stack.map((p) => p.instance);

  // -- wx: system info (fixed values so layouts and Taro's px transforms are deterministic)
  const sync = (value: unknown) => () => JSON.parse(JSON.stringify(value)) as unknown;
  const asyncOk = (api: string, res: () => Record<string, unknown>) => (opts: WxOptions = {}) => {
    record(api, opts);
    settle(opts, { ok: true, res: { errMsg: `${api}:ok`, ...res() } });
  };
  Object.assign(wx, {
    getSystemInfoSync: sync(SYSTEM),
    getSystemInfo: asyncOk('getSystemInfo', () => ({ ...SYSTEM })),
    getWindowInfo: sync({ pixelRatio: SYSTEM.pixelRatio, screenWidth: SYSTEM.screenWidth, screenHeight: SYSTEM.screenHeight, windowWidth: SYSTEM.windowWidth, windowHeight: SYSTEM.windowHeight, statusBarHeight: SYSTEM.statusBarHeight, safeArea: SYSTEM.safeArea, screenTop: SYSTEM.screenTop }),
    getDeviceInfo: sync({ brand: SYSTEM.brand, model: SYSTEM.model, system: SYSTEM.system, platform: SYSTEM.platform, pixelRatio: SYSTEM.pixelRatio }),
    getAppBaseInfo: sync({ SDKVersion: SYSTEM.SDKVersion, enableDebug: false, host: SYSTEM.host, language: SYSTEM.language, version: SYSTEM.version, theme: SYSTEM.theme, fontSizeSetting: SYSTEM.fontSizeSetting }),
    getSystemSetting: sync({ bluetoothEnabled: false, locationEnabled: true, wifiEnabled: true, deviceOrientation: 'portrait' }),
    getAppAuthorizeSetting: sync({ locationAuthorized: 'authorized', notificationAuthorized: 'authorized' }),
    getMenuButtonBoundingClientRect: sync({ width: 87, height: 32, top: 51, right: 380, bottom: 83, left: 293 }),
    canIUse: () => true,
    nextTick: (fn: () => void) => void Promise.resolve().then(fn),
    onNeedPrivacyAuthorization: (listener: unknown) => {
      record('onNeedPrivacyAuthorization', { listener: typeof listener });
      if (typeof listener === 'function') privacyListeners.push(listener as AnyFn);
    },
    // WeChat's login code; the mock's code2Session maps `persona:<id>:<n>` to that persona
    login: (opts: WxOptions = {}) => {
      record('login', opts);
      logins += 1;
      wxLoginSeq += 1;
      settle(opts, { ok: true, res: { errMsg: 'login:ok', code: `persona:${options.wechatPersona ?? 'yu'}:${wxLoginSeq}` } });
    },
    requirePrivacyAuthorize: asyncOk('requirePrivacyAuthorize', () => ({})),
    getPrivacySetting: asyncOk('getPrivacySetting', () => ({ needAuthorization: false, privacyContractName: '渝快办隐私保护指引' })),
  });

  // -- wx.request → real HTTP to the mock server
  Object.assign(wx, {
    request(opts: WxOptions) {
      record('request', opts);
      const method = String(opts.method ?? 'GET').toUpperCase();
      const rawUrl = String(opts.url);
      const url = rawUrl.startsWith(BUILD_API_BASE) ? serverUrl + rawUrl.slice(BUILD_API_BASE.length) : rawUrl;
      const rec: RequestRecord = { method, url: rawUrl, errMsg: '' };
      requests.push(rec);
      let aborted = false;
      let req: http.ClientRequest | undefined;
      const fail = (errMsg: string) => {
        rec.errMsg = errMsg;
        settle(opts, { ok: false, err: { errMsg, errno: 600001 } });
      };
      if (requestFailure !== null) {
        fail(requestFailure);
      } else {
        // WeChat: GET data goes into the query string; other methods send JSON for objects.
        let target = url;
        let body: string | undefined;
        const headers: Record<string, string> = { ...((opts.header as Record<string, string>) ?? {}) };
        if (opts.data !== undefined && opts.data !== null) {
          if (method === 'GET') {
            if (typeof opts.data === 'object') {
              const qs = new URLSearchParams(Object.entries(opts.data as Record<string, unknown>).map(([k, v]) => [k, String(v)])).toString();
              target += (target.includes('?') ? '&' : '?') + qs;
            }
          } else {
            body = typeof opts.data === 'string' ? opts.data : JSON.stringify(opts.data);
            if (!Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')) headers['Content-Type'] = 'application/json';
          }
        }
        req = http.request(target, { method, headers, timeout: typeof opts.timeout === 'number' ? opts.timeout : 60_000 }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            if (aborted) return;
            const raw = Buffer.concat(chunks);
            const text = raw.toString('utf8');
            // dataType 'json' (WeChat's default) parses; anything else returns the text as is
            // (the app asks for text and parses it itself), or an ArrayBuffer when asked for one.
            let data: unknown = opts.responseType === 'arraybuffer' ? raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.byteLength) : text;
            if ((opts.dataType ?? 'json') === 'json' && opts.responseType !== 'arraybuffer') {
              try {
                data = JSON.parse(text);
              } catch {
                data = text;
              }
            }
            rec.statusCode = res.statusCode;
            rec.errMsg = 'request:ok';
            settle(opts, { ok: true, res: { errMsg: 'request:ok', statusCode: res.statusCode ?? 0, data, header: { ...res.headers }, cookies: [] } });
          });
        });
        req.on('timeout', () => req?.destroy(new Error('timeout')));
        req.on('error', (e) => {
          if (!aborted) fail(/timeout/i.test(e.message) ? 'request:fail timeout' : `request:fail ${e.message}`);
        });
        if (body !== undefined) req.write(body);
        req.end();
      }
      // RequestTask: Taro's request wrapper expects one back.
      return {
        abort() {
          aborted = true;
          req?.destroy();
          fail('request:fail abort');
        },
        onHeadersReceived() {},
        offHeadersReceived() {},
        onChunkReceived() {},
        offChunkReceived() {},
      };
    },
  });

  // -- location and settings
  Object.assign(wx, {
    getLocation(opts: WxOptions) {
      record('getLocation', opts);
      const loc = mp.location;
      if (loc.kind === 'granted') {
        settle(opts, { ok: true, res: { errMsg: 'getLocation:ok', latitude: loc.lat, longitude: loc.lng, speed: -1, accuracy: 30, altitude: 0, verticalAccuracy: 0, horizontalAccuracy: 30 } });
      } else {
        settle(opts, { ok: false, err: { errMsg: loc.kind === 'denied' ? 'getLocation:fail auth deny' : loc.errMsg } });
      }
    },
    getSetting: (opts: WxOptions) => {
      record('getSetting', opts);
      settle(opts, { ok: true, res: { errMsg: 'getSetting:ok', authSetting: { 'scope.userLocation': mp.location.kind === 'granted' } } });
    },
    openSetting: (opts: WxOptions) => {
      record('openSetting', opts);
      settle(opts, { ok: true, res: { errMsg: 'openSetting:ok', authSetting: { 'scope.userLocation': mp.location.kind === 'granted' } } });
    },
    authorize: (opts: WxOptions) => {
      record('authorize', opts);
      if (mp.location.kind === 'granted') settle(opts, { ok: true, res: { errMsg: 'authorize:ok' } });
      else settle(opts, { ok: false, err: { errMsg: 'authorize:fail auth deny' } });
    },
    chooseLocation: (opts: WxOptions) => {
      record('chooseLocation', opts);
      settle(opts, { ok: false, err: { errMsg: 'chooseLocation:fail cancel' } });
    },
    openLocation: asyncOk('openLocation', () => ({})),
    makePhoneCall: asyncOk('makePhoneCall', () => ({})),
    setClipboardData: asyncOk('setClipboardData', () => ({})),
    showToast: asyncOk('showToast', () => ({})),
    hideToast: asyncOk('hideToast', () => ({})),
    showLoading: asyncOk('showLoading', () => ({})),
    hideLoading: asyncOk('hideLoading', () => ({})),
    showModal: asyncOk('showModal', () => ({ confirm: mp.modalAnswer === 'confirm', cancel: mp.modalAnswer === 'cancel' })),
    stopPullDownRefresh: asyncOk('stopPullDownRefresh', () => ({})),
    startPullDownRefresh: asyncOk('startPullDownRefresh', () => ({})),
    setNavigationBarTitle: asyncOk('setNavigationBarTitle', () => ({})),
    pageScrollTo: asyncOk('pageScrollTo', () => ({})),
    setTabBarBadge: asyncOk('setTabBarBadge', () => ({})),
    removeTabBarBadge: asyncOk('removeTabBarBadge', () => ({})),
    // WeChat's subscribe dialog: one answer per template; more than 3 ids or none is refused, as WeChat does
    requestSubscribeMessage: (opts: WxOptions) => {
      record('requestSubscribeMessage', opts);
      const ids = Array.isArray(opts.tmplIds) ? (opts.tmplIds as string[]) : [];
      if (ids.length === 0 || ids.length > 3) settle(opts, { ok: false, err: { errMsg: 'requestSubscribeMessage:fail Templates count out of max bounds', errCode: 20003 } });
      else settle(opts, { ok: true, res: { errMsg: 'requestSubscribeMessage:ok', ...Object.fromEntries(ids.map((id) => [id, mp.subscribeAnswer])) } });
    },
  });

  // -- navigation: recorded; the stack changes only when a test follows a navigateTo, or when
  // the app navigates back (which WeChat does by itself, with onUnload/onShow).
  const navigate = (api: 'navigateTo' | 'redirectTo' | 'reLaunch' | 'switchTab') => (opts: WxOptions) => {
    record(api, opts);
    const { route } = parseUrl(String(opts.url ?? ''));
    if (knownRoutes.includes(route)) settle(opts, { ok: true, res: { errMsg: `${api}:ok` } });
    else settle(opts, { ok: false, err: { errMsg: `${api}:fail page "${route}" is not found` } });
  };
  Object.assign(wx, {
    navigateTo: navigate('navigateTo'),
    redirectTo: navigate('redirectTo'),
    reLaunch: navigate('reLaunch'),
    switchTab: navigate('switchTab'),
    navigateBack(opts: WxOptions = {}) {
      record('navigateBack', opts);
      const delta = typeof opts.delta === 'number' ? opts.delta : 1;
      if (stack.length <= 1) {
        settle(opts, { ok: false, err: { errMsg: 'navigateBack:fail cannot navigate back at first page.' } });
        return;
      }
      for (let i = 0; i < delta && stack.length > 1; i += 1) stack.pop()?.comp.detach();
      const top = stack[stack.length - 1];
      (top.instance.onShow as AnyFn | undefined)?.call(top.instance);
      settle(opts, { ok: true, res: { errMsg: 'navigateBack:ok' } });
    },
  });

  // -- storage: WeChat stores JSON, so values are serialized (a Date comes back a string, etc.)
  const readStorage = (key: string): unknown => (storage.has(key) ? JSON.parse(storage.get(key) as string) : '');
  Object.assign(wx, {
    getStorageSync: (key: string) => readStorage(key),
    setStorageSync: (key: string, value: unknown) => {
      storage.set(key, JSON.stringify(value));
    },
    removeStorageSync: (key: string) => {
      storage.delete(key);
    },
    clearStorageSync: () => storage.clear(),
    getStorageInfoSync: () => ({ keys: [...storage.keys()], currentSize: 0, limitSize: 10240 }),
    getStorage: (opts: WxOptions) => {
      const key = String(opts.key);
      if (storage.has(key)) settle(opts, { ok: true, res: { errMsg: 'getStorage:ok', data: readStorage(key) } });
      else settle(opts, { ok: false, err: { errMsg: 'getStorage:fail data not found' } });
    },
    setStorage: (opts: WxOptions) => {
      storage.set(String(opts.key), JSON.stringify(opts.data));
      settle(opts, { ok: true, res: { errMsg: 'setStorage:ok' } });
    },
    removeStorage: (opts: WxOptions) => {
      storage.delete(String(opts.key));
      settle(opts, { ok: true, res: { errMsg: 'removeStorage:ok' } });
    },
  });

  // -- network status
  Object.assign(wx, {
    getNetworkType: (opts: WxOptions) => settle(opts, { ok: true, res: { errMsg: 'getNetworkType:ok', networkType: online ? 'wifi' : 'none' } }),
    onNetworkStatusChange: (fn: (res: { isConnected: boolean; networkType: string }) => void) => networkListeners.add(fn),
    offNetworkStatusChange: (fn?: (res: { isConnected: boolean; networkType: string }) => void) => (fn ? networkListeners.delete(fn) : networkListeners.clear()),
  });

  const mp: MiniProgram = {
    calls,
    requests,
    setData,
    storage,
    location: options.location ?? { kind: 'denied' },
    subscribeAnswer: 'accept',
    modalAnswer: 'confirm',
    get requestFailure() {
      return requestFailure;
    },
    set requestFailure(v: string | null) {
      requestFailure = v;
    },
    pages: () => [...stack],
    callsTo: (api) => calls.filter((c) => c.api === api).map((c) => c.options),
    async open(url, extraQuery = {}) {
      const { route, query: queryInUrl } = parseUrl(url);
      const query = { ...queryInUrl, ...extraQuery };
      const top = stack[stack.length - 1];
      if (top) (top.instance.onHide as AnyFn | undefined)?.call(top.instance);
      loading = { route, query };
      try {
        const id = simulate.load(path.join(WEAPP_ROOT, route), { rootPath: WEAPP_ROOT, compiler: 'official' });
        const comp = simulate.render(id);
        const parent = document.createElement('page-wrapper');
        document.body.appendChild(parent);
        comp.attach(parent); // attached → onLoad(query), ready → onShow, onReady
        const instance = (comp as unknown as { instance: PageInstance }).instance;
        if (!instance) throw new Error(`${route}: the page did not register`);
        const handle: PageHandle = { route, query, comp, instance };
        stack.push(handle);
        return handle;
      } finally {
        loading = null;
      }
    },
    async followNavigateTo() {
      const navs = calls.filter((c) => c.api === 'navigateTo');
      const nav = navs[navs.length - 1];
      if (!nav || navs.length <= followed) throw new Error('the app has made no navigateTo to follow');
      followed = navs.length;
      return mp.open(String(nav.options.url));
    },
    setOnline(value) {
      online = value;
      networkListeners.forEach((fn) => fn({ isConnected: value, networkType: value ? 'wifi' : 'none' }));
    },
    readStorage,
    get logins() {
      return logins;
    },
    needPrivacyAuthorization(referrer) {
      const request: PrivacyRequest = { referrer, answers: [] };
      privacyListeners.forEach((listener) => listener((answer: { event: string; buttonId?: string }) => request.answers.push(answer), { referrer }));
      return request;
    },
    close() {
      while (stack.length) stack.pop()?.comp.detach();
      document.body.innerHTML = '';
    },
  };

  // -- the app itself: app.js requires runtime, taro, vendors, common and calls App().
  require(path.join(WEAPP_ROOT, 'app.js'));
  if (!app) throw new Error('dist/weapp/app.js did not call App()');
  const launchOptions = { path: knownRoutes[0], query: {}, scene: 1001, referrerInfo: {} };
  (app.onLaunch as AnyFn | undefined)?.call(app, launchOptions);
  (app.onShow as AnyFn | undefined)?.call(app, launchOptions);
  return mp;
}

/** Waits until the app has called `api` (navigateTo, openLocation, …); its calls' options, in order. */
export async function waitForCalls(mp: MiniProgram, api: string): Promise<Record<string, unknown>[]> {
  return waitFor(() => mp.callsTo(api).length > 0 && mp.callsTo(api), { what: `a call to wx.${api}`, describe: () => `calls so far: ${mp.calls.map((c) => c.api).join(', ')}` });
}

/** The run made at least one setData, and none over WeChat's limit for one payload. */
export function expectSetDataWithinBudget(mp: MiniProgram): void {
  expect(mp.setData.calls).toBeGreaterThan(0);
  expect(mp.setData.maxBytes).toBeLessThanOrEqual(SET_DATA_LIMIT_BYTES);
}

export interface MiniProgramSuite {
  /** the file's mock server: its URL, world, and `api()` for expectations from its own data */
  readonly server: SuiteServer;
  /** a cold start of the mini-program against the file's server, closed after the test */
  start(options?: Omit<LaunchOptions, 'serverUrl'>): MiniProgram;
}

/**
 * The lifecycle every mini-program test file needs, registered once: the file's mock server
 * (test/support/suite-server.ts: started once, its world reset before each test), and every
 * mini-program a test launched closed after it (each launch resets modules).
 */
export function miniProgramSuite(): MiniProgramSuite {
  const server = mockServerPerFile();
  const running: MiniProgram[] = [];
  afterEach(() => {
    running.splice(0).forEach((mp) => mp.close());
  });
  return {
    server,
    start(options = {}) {
      const mp = launch({ ...options, serverUrl: server.url });
      running.push(mp);
      return mp;
    },
  };
}
