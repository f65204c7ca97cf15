/**
 * What the server tells browsers about itself on every response (API, H5 files and errors alike):
 * a Content-Security-Policy that lets the page load and call only its own origin, no sniffing,
 * no referrer, no framing, geolocation for the app itself only; and CORS for an explicit
 * allow-list of other origins (MOCK_CORS_ORIGINS) instead of `*`.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import type { RequestHandler } from 'express';
import { ApiError } from './errors';

// ---- Content-Security-Policy -------------------------------------------------------------------

/** sha256 source expressions of the inline <script> blocks of an HTML page (those without src). */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (/\bsrc\s*=/i.test(m[1]) || m[2].length === 0) continue;
    hashes.push(`'sha256-${createHash('sha256').update(m[2], 'utf8').digest('base64')}'`);
  }
  return hashes;
}

/**
 * The policy for a build whose index.html is `indexHtml` (none: the API alone).
 * - scripts: the app's own files, and index.html's inline rem script by its hash, nothing else
 *   (no eval, no injected inline script);
 * - styles: own files, plus inline <style> elements: Taro's H5 runtime inserts its component
 *   and router styles as <style> tags at run time (style-loader, @tarojs/router), whose text is
 *   built in the browser, so no hash can be known here. Style attributes in markup stay
 *   blocked where browsers know style-src-attr; React and Taro set styles through the CSSOM,
 *   which CSP does not govern. img/font/connect are 'self', so injected CSS has nowhere to send
 *   what it reads;
 * - images: own files and data: URIs (the map pin and a few of Taro's icons are inlined).
 */
export function contentSecurityPolicy(indexHtml?: string): string {
  const scriptSrc = ["'self'", ...(indexHtml ? inlineScriptHashes(indexHtml) : [])];
  return [
    "default-src 'self'",
    `script-src ${scriptSrc.join(' ')}`,
    "style-src 'self' 'unsafe-inline'",
    "style-src-attr 'none'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Geolocation for the app itself (就近办); every other powerful feature for nobody. */
export const PERMISSIONS_POLICY = 'geolocation=(self), camera=(), microphone=(), payment=(), usb=(), magnetometer=(), gyroscope=(), accelerometer=()';

/**
 * The CSP follows index.html: read when the server starts and again whenever the file changes
 * (a rebuild under a running `npm run mock`), so its inline script's hash is always the one served.
 */
function policyFollowing(indexHtmlPath: string | undefined): () => string {
  let cached: { mtimeMs: number; policy: string } | undefined;
  return () => {
    if (!indexHtmlPath) return contentSecurityPolicy();
    let mtimeMs: number;
    try {
      mtimeMs = statSync(indexHtmlPath).mtimeMs;
    } catch {
      return cached?.policy ?? contentSecurityPolicy();
    }
    if (cached?.mtimeMs !== mtimeMs) cached = { mtimeMs, policy: contentSecurityPolicy(readFileSync(indexHtmlPath, 'utf8')) };
    return cached.policy;
  };
}

/** The headers above, on every response, before anything else can answer. */
export function securityHeaders(indexHtmlPath?: string): RequestHandler {
  const policy = policyFollowing(indexHtmlPath);
  return (_req, res, next) => {
    res.setHeader('Content-Security-Policy', policy());
    res.setHeader('X-Content-Type-Options', 'nosniff');
    // Case numbers and ids travel in URLs: never hand them to another site.
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('Permissions-Policy', PERMISSIONS_POLICY);
    // frame-ancestors for browsers that predate it.
    res.setHeader('X-Frame-Options', 'DENY');
    next();
  };
}

// ---- CORS ----------------------------------------------------------------------------------------

/** What the API's callers send: JSON bodies, the session token, and the write-safety headers. */
export const CORS_ALLOWED_HEADERS = 'Content-Type, Authorization, Idempotency-Key, If-Match';
export const CORS_ALLOWED_METHODS = 'GET, POST, PUT, PATCH, DELETE';

/**
 * MOCK_CORS_ORIGINS: comma-separated origins (scheme://host[:port]) allowed to call the API from
 * another origin, e.g. the Taro H5 dev server. Empty or unset: none. Anything that is not a
 * bare origin is refused at start rather than silently never matching.
 */
export function corsOriginsFromEnv(raw: string | undefined): string[] {
  if (!raw) return [];
  return raw
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .map((s) => {
      let origin: string;
      try {
        origin = new URL(s).origin;
      } catch {
        throw new Error(`MOCK_CORS_ORIGINS: "${s}" is not an origin (scheme://host[:port])`);
      }
      if (origin === 'null' || origin !== s.replace(/\/$/, '')) throw new Error(`MOCK_CORS_ORIGINS: "${s}" is not a bare origin; use ${origin}`);
      return origin;
    });
}

/**
 * CORS from an allow-list. No Origin (the weapp, curl) and the server's own origin (the H5 build
 * it serves) need no CORS headers. An allowed origin is echoed back; any other gets no
 * Access-Control-Allow-Origin, a 403 to its preflight, and a 403 to any write it sends without
 * one (a plain form post), so another site can neither read the API nor act in a user's name.
 */
export function cors(allowedOrigins: readonly string[]): RequestHandler {
  const allowed = new Set(allowedOrigins);
  return (req, res, next) => {
    // Caches must not hand one origin's answer to another.
    res.vary('Origin');
    const origin = req.header('Origin');
    if (origin === undefined) return next();
    const own = `${req.protocol}://${req.header('Host') ?? ''}`;
    const preflight = req.method === 'OPTIONS' && req.header('Access-Control-Request-Method') !== undefined;
    if (allowed.has(origin)) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      if (preflight) {
        res.setHeader('Access-Control-Allow-Methods', CORS_ALLOWED_METHODS);
        res.setHeader('Access-Control-Allow-Headers', CORS_ALLOWED_HEADERS);
        res.setHeader('Access-Control-Max-Age', '600');
        res.status(204).end();
        return;
      }
      return next();
    }
    if (origin === own) return next();
    const reads = req.method === 'GET' || req.method === 'HEAD';
    if (preflight || !reads) {
      next(new ApiError(403, 'forbidden', `不允许来自 ${origin} 的跨域请求`));
      return;
    }
    next();
  };
}
