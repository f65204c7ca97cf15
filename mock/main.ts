/**
 * CLI entry of the mock backend: `npm run mock`.
 *   PORT     listen port (default 10086)
 *   MOCK_NOW ISO time to freeze the clock, e.g. 2026-03-04T10:00:00+08:00 (default: real time)
 *   H5_DIR   H5 build to serve (default dist/h5; skipped if it does not exist)
 */
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { createApp } from './app';
import { catalogFor } from './catalog/store';
import { createHallStore } from './halls/store';

function parsePort(raw: string | undefined): number {
  const port = Number(raw ?? '10086');
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be 0–65535, got ${raw}`);
  return port;
}

function parseNow(raw: string | undefined): (() => Date) | undefined {
  if (!raw) return undefined;
  const frozen = new Date(raw);
  if (Number.isNaN(frozen.getTime())) throw new Error(`MOCK_NOW is not an ISO time: ${raw}`);
  return () => new Date(frozen.getTime());
}

function main(): void {
  const port = parsePort(process.env.PORT);
  const now = parseNow(process.env.MOCK_NOW);
  const staticDir = process.env.H5_DIR ?? 'dist/h5';
  const t0 = performance.now();
  const store = createHallStore();
  // Built now rather than on the first request, so no citizen waits for the index.
  const catalog = catalogFor(store);
  const buildMs = Math.round(performance.now() - t0);
  const server = createServer(createApp({ now, staticDir, store }));
  server.listen(port, () => {
    const address = server.address();
    const actualPort = typeof address === 'object' && address ? address.port : port;
    const clock = now ? `frozen at ${now().toISOString()}` : 'real time';
    const h5 = existsSync(`${staticDir}/index.html`) ? staticDir : 'none';
    console.log(
      `[mock] listening on http://localhost:${actualPort}/api (${store.halls.length} halls, ${catalog.basics.length} items in ${buildMs} ms; clock ${clock}; static ${h5})`,
    );
  });
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main();
