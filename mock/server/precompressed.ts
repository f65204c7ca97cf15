/**
 * The H5 build's hashed JS and CSS, compressed once at the highest levels (brotli 11, gzip 9)
 * instead of on every request at the fast levels `compression()` uses: the first visit of a
 * citizen on a slow phone network downloads less before the first screen can paint. The work is
 * done at start, off the event loop (zlib's thread pool), so no request waits for it; until a
 * file is ready it is served as before. The file names carry a content hash, so each answer may
 * be cached for a year (`immutable`). Anything else (index.html, images, the API) goes on to
 * express.static and `compression()`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { RequestHandler } from 'express';

const TYPES: Record<string, string> = { '.js': 'application/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };
/** js/app.0bdc75de.js, css/621.9cb14276.css: what the build names with a content hash */
const HASHED = /^\/(js|css)\/[\w.-]+\.[0-9a-f]{8}\.(js|css)$/;

interface Encoded {
  mtimeMs: number;
  type: string;
  identity: Buffer;
  br: Buffer;
  gzip: Buffer;
}

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

async function encode(file: string): Promise<Encoded | undefined> {
  const stat = statSync(file, { throwIfNoEntry: false });
  if (!stat?.isFile()) return undefined;
  const identity = readFileSync(file);
  const [br, gz] = await Promise.all([
    brotli(identity, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: identity.length } }),
    gzipAsync(identity, { level: 9 }),
  ]);
  return { mtimeMs: stat.mtimeMs, type: TYPES[path.extname(file)], identity, br, gzip: gz };
}

/** The middleware, and when the files found at start are all encoded (tests wait for it). */
export type PrecompressedAssets = RequestHandler & { ready: Promise<void> };

export function precompressedAssets(staticDir: string): PrecompressedAssets {
  const cache = new Map<string, Encoded>();
  const pending: Array<Promise<unknown>> = [];
  const prepare = (file: string) =>
    encode(file).then(
      (encoded) => encoded && cache.set(file, encoded),
      () => cache.delete(file),
    );
  // The whole build at start, so the first citizen gets the small files too.
  for (const dir of ['js', 'css']) {
    const folder = path.join(staticDir, dir);
    const names = statSync(folder, { throwIfNoEntry: false })?.isDirectory() ? readdirSync(folder) : [];
    for (const name of names) if (HASHED.test(`/${dir}/${name}`)) pending.push(prepare(path.join(folder, name)));
  }
  const load = (file: string): Encoded | undefined => {
    const cached = cache.get(file);
    if (!cached) return undefined;
    // A rebuilt file (same name is unlikely, but a dev build may reuse one): serve as before, encode again.
    if (statSync(file, { throwIfNoEntry: false })?.mtimeMs !== cached.mtimeMs) {
      cache.delete(file);
      void prepare(file);
      return undefined;
    }
    return cached;
  };
  const handler: RequestHandler = (req, res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !HASHED.test(req.path)) return next();
    const file = path.join(staticDir, req.path);
    if (!file.startsWith(staticDir + path.sep)) return next();
    const asset = load(file);
    if (!asset) return next();
    const accepts = String(req.headers['accept-encoding'] ?? '');
    const encoding = /\bbr\b/.test(accepts) ? 'br' : /\bgzip\b/.test(accepts) ? 'gzip' : undefined;
    const body = encoding ? asset[encoding] : asset.identity;
    res.setHeader('Content-Type', asset.type);
    res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    res.setHeader('Vary', 'Accept-Encoding');
    if (encoding) res.setHeader('Content-Encoding', encoding);
    res.setHeader('Content-Length', String(body.length));
    res.status(200);
    if (req.method === 'HEAD') res.end();
    else res.end(body);
  };
  return Object.assign(handler, { ready: Promise.all(pending).then(() => undefined) });
}
