/**
 * The server's security headers and CORS allow-list, over real HTTP: on API answers, H5 files,
 * the SPA fallback and errors alike; an allowed origin echoed, others refused, no Origin fine.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createApp } from '../../../mock/app';
import { contentSecurityPolicy, corsOriginsFromEnv, inlineScriptHashes } from '../../../mock/server/security';
import { createWorld, type World } from '../../../mock/world';
import { FROZEN_NOW } from '../../support/frozen-now';

const ALLOWED = 'http://localhost:10087';
const STRANGER = 'https://evil.example';
const REM_SCRIPT = 'document.documentElement.style.fontSize="20px"';
const INDEX_HTML = `<!doctype html><html><head><script>${REM_SCRIPT}</script><script defer src="/js/app.js"></script></head><body><div id="app"></div></body></html>`;

let h5Dir: string;
let world: World;
let server: Server;
let base: string;

beforeAll(async () => {
  h5Dir = mkdtempSync(path.join(tmpdir(), 'security-h5-'));
  writeFileSync(path.join(h5Dir, 'index.html'), INDEX_HTML);
  writeFileSync(path.join(h5Dir, 'app.js'), 'void 0;');
  world = createWorld({ clock: { mode: 'frozen', at: FROZEN_NOW } });
  server = createServer(createApp(world, { staticDir: h5Dir, corsOrigins: [ALLOWED], logger: { error: () => undefined } }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  world.close();
  rmSync(h5Dir, { recursive: true, force: true });
});

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64');

/** One directive's sources, e.g. directive(csp, 'script-src') → ["'self'", "'sha256-…'"]. */
function directive(csp: string, name: string): string[] | undefined {
  const found = csp.split(';').map((d) => d.trim().split(/\s+/)).find(([n]) => n === name);
  return found?.slice(1);
}

describe('security headers', () => {
  // An API answer, a static file, the SPA fallback, an API 404 and a page 404.
  const paths = ['/api/halls/500107', '/app.js', '/some/deep/link', '/api/nope', '/index.html'];

  test.each(paths)('%s carries every header', async (p) => {
    const res = await fetch(base + p);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('permissions-policy')).toMatch(/^geolocation=\(self\), camera=\(\), microphone=\(\)/);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(directive(csp, 'default-src')).toEqual(["'self'"]);
    expect(directive(csp, 'frame-ancestors')).toEqual(["'none'"]);
    expect(directive(csp, 'object-src')).toEqual(["'none'"]);
    expect(directive(csp, 'connect-src')).toEqual(["'self'"]);
    expect(directive(csp, 'img-src')).toEqual(["'self'", 'data:']);
    expect(directive(csp, 'base-uri')).toEqual(["'self'"]);
    expect(directive(csp, 'form-action')).toEqual(["'self'"]);
    // Own files and the inline rem script by its hash; never inline script in general or eval.
    expect(directive(csp, 'script-src')).toEqual(["'self'", `'sha256-${sha256(REM_SCRIPT)}'`]);
    await res.arrayBuffer();
  });

  test('the 404 of an unknown page still says why, in JSON', async () => {
    const res = await fetch(`${base}/api/nope`);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
  });

  test('only inline scripts are hashed, external ones are covered by self', () => {
    expect(inlineScriptHashes('<script src="/a.js"></script><script>x()</script><script type="module">y()</script>')).toEqual([
      `'sha256-${sha256('x()')}'`,
      `'sha256-${sha256('y()')}'`,
    ]);
    expect(directive(contentSecurityPolicy(), 'script-src')).toEqual(["'self'"]);
  });
});

describe('CORS', () => {
  test('an allowed origin is echoed, with Vary: Origin', async () => {
    const res = await fetch(`${base}/api/halls/500107`, { headers: { Origin: ALLOWED } });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(res.headers.get('vary')).toMatch(/Origin/);
    await res.json();
  });

  test('an allowed origin gets its preflight, with the headers the API uses', async () => {
    const res = await fetch(`${base}/api/halls/500107`, {
      method: 'OPTIONS',
      headers: { Origin: ALLOWED, 'Access-Control-Request-Method': 'PUT', 'Access-Control-Request-Headers': 'authorization, if-match' },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(res.headers.get('access-control-allow-methods')).toContain('PUT');
    const allowedHeaders = (res.headers.get('access-control-allow-headers') ?? '').split(/,\s*/);
    expect(allowedHeaders).toEqual(expect.arrayContaining(['Content-Type', 'Authorization', 'Idempotency-Key', 'If-Match']));
  });

  test('another origin gets no Access-Control-Allow-Origin on a read, so its page cannot read the answer', async () => {
    const res = await fetch(`${base}/api/halls/500107`, { headers: { Origin: STRANGER } });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(res.headers.get('vary')).toMatch(/Origin/);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    await res.arrayBuffer();
  });

  test('another origin: preflight 403, and a write without preflight (a form post) 403 too', async () => {
    const preflight = await fetch(`${base}/api/halls/500107`, { method: 'OPTIONS', headers: { Origin: STRANGER, 'Access-Control-Request-Method': 'POST' } });
    expect(preflight.status).toBe(403);
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    expect(preflight.headers.get('x-content-type-options')).toBe('nosniff');
    await expect(preflight.json()).resolves.toEqual({ error: { code: 'forbidden', message: expect.stringContaining(STRANGER) } });

    const post = await fetch(`${base}/api/halls`, { method: 'POST', headers: { Origin: STRANGER, 'Content-Type': 'text/plain' }, body: 'x' });
    expect(post.status).toBe(403);
    expect(post.headers.get('access-control-allow-origin')).toBeNull();
    await post.arrayBuffer();
  });

  test('no Origin (the weapp, curl) and the own origin (the H5 build) need no CORS headers', async () => {
    const variants: Array<Record<string, string>> = [{}, { Origin: base }];
    for (const headers of variants) {
      const res = await fetch(`${base}/api/halls/500107`, { headers });
      expect(res.status).toBe(200);
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
      await res.json();
    }
    // A same-origin write is not refused as cross-origin (whatever the route then answers).
    const post = await fetch(`${base}/api/halls`, { method: 'POST', headers: { Origin: base, 'Content-Type': 'application/json' }, body: '{}' });
    expect(post.status).not.toBe(403);
    await post.arrayBuffer();
  });

  test('MOCK_CORS_ORIGINS: comma-separated bare origins; none by default; anything else refused at start', () => {
    expect(corsOriginsFromEnv(undefined)).toEqual([]);
    expect(corsOriginsFromEnv('')).toEqual([]);
    expect(corsOriginsFromEnv(' http://localhost:10087 , https://review.example.cn/ ')).toEqual(['http://localhost:10087', 'https://review.example.cn']);
    expect(() => corsOriginsFromEnv('localhost:10087')).toThrow(/not (an|a bare) origin/);
    expect(() => corsOriginsFromEnv('https://a.example/path')).toThrow(/not a bare origin/);
    expect(() => corsOriginsFromEnv('*')).toThrow(/not an origin/);
  });
});
