/**
 * The H5 build's hashed JS and CSS are served compressed at the highest levels, encoded once:
 * brotli to browsers that take it, else gzip, else as they are; cacheable for a year (the name
 * changes with the content); anything not hashed is left to express.static.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import express from 'express';
import http from 'node:http';
import type { Server } from 'node:http';
import { precompressedAssets } from '../../../mock/server/precompressed';

let dir: string;
let server: Server;
let base: string;
const SCRIPT = `console.log(${JSON.stringify('渝快办'.repeat(2000))});`;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'precompressed-'));
  mkdirSync(path.join(dir, 'js'));
  writeFileSync(path.join(dir, 'js', 'app.0bdc75de.js'), SCRIPT);
  writeFileSync(path.join(dir, 'js', 'plain.js'), SCRIPT);
  const assets = precompressedAssets(dir);
  await assets.ready;
  const app = express();
  app.use(assets);
  app.use((_req, res) => res.status(404).send('next'));
  server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.close();
  rmSync(dir, { recursive: true, force: true });
});

const get = (file: string, encoding?: string) => fetch(`${base}${file}`, { headers: encoding ? { 'accept-encoding': encoding } : { 'accept-encoding': 'identity' } });

it('answers brotli when the browser takes it, smaller than the file, the same bytes once decoded, cacheable for a year', async () => {
  const res = await get('/js/app.0bdc75de.js', 'gzip, deflate, br');
  expect(res.headers.get('content-encoding')).toBe('br');
  expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  expect(res.headers.get('vary')).toBe('Accept-Encoding');
  expect(res.headers.get('content-type')).toBe('application/javascript; charset=utf-8');
  // fetch decodes br itself: compare what it gives with the file
  expect(await res.text()).toBe(SCRIPT);
  expect(Number(res.headers.get('content-length'))).toBeLessThan(Buffer.byteLength(SCRIPT) / 10);
});

it('answers gzip to a browser without brotli, and the file as it is to one that takes neither', async () => {
  const gz = await get('/js/app.0bdc75de.js', 'gzip');
  expect(gz.headers.get('content-encoding')).toBe('gzip');
  expect(await gz.text()).toBe(SCRIPT);
  const plain = await get('/js/app.0bdc75de.js');
  expect(plain.headers.get('content-encoding')).toBeNull();
  expect(await plain.text()).toBe(SCRIPT);
});

it('leaves names without a content hash, missing files and paths out of the folder to the next handler', async () => {
  expect(await (await get('/js/plain.js', 'br')).text()).toBe('next');
  expect(await (await get('/js/gone.12345678.js', 'br')).text()).toBe('next');
  expect(await (await get('/js/..%2f..%2fetc.12345678.js', 'br')).text()).toBe('next');
});

it('the bytes on the wire are brotli and gzip of the file (read raw, decoded by zlib)', async () => {
  const raw = (encoding: string) =>
    new Promise<Buffer>((resolve, reject) => {
      http.get(`${base}/js/app.0bdc75de.js`, { headers: { 'accept-encoding': encoding } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve(Buffer.concat(chunks)));
      }).on('error', reject);
    });
  expect(brotliDecompressSync(await raw('br')).toString()).toBe(SCRIPT);
  expect(gunzipSync(await raw('gzip')).toString()).toBe(SCRIPT);
});
