/**
 * CLI entry of the mock backend: `npm run mock [-- --fresh]`.
 *   PORT          listen port (default 10086; 0 = any free port, printed in the start line)
 *   MOCK_NOW      ISO time to freeze the clock at, e.g. 2026-03-04T10:00:00+08:00 (default: real time)
 *   MOCK_SPEED    run the clock this many times faster (60 = an hour a minute), from MOCK_NOW or now
 *   MOCK_DATA_DIR where user-created state is journaled (default .mock-data/; '' or `memory`: none)
 *   MOCK_FRESH=1  or --fresh: delete that folder first and start from nothing
 *   H5_DIR        H5 build to serve (default dist/h5; skipped if it does not exist)
 */
import { existsSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { createApp } from './app';
import { clockStartFromEnv } from './server/clock';
import { settleComplaints } from './complaints';
import { settleTickets } from './evaluations';
import { settleCases } from './workflow';
import { createWorld, sharedStores } from './world';

const DEFAULT_DATA_DIR = path.resolve(__dirname, '..', '.mock-data');

function parsePort(raw: string | undefined): number {
  const port = Number(raw ?? '10086');
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be 0–65535, got ${raw}`);
  return port;
}

/** undefined = memory only. */
function dataDirFromEnv(raw: string | undefined): string | undefined {
  if (raw === undefined) return DEFAULT_DATA_DIR;
  const trimmed = raw.trim();
  return trimmed === '' || trimmed === 'memory' ? undefined : path.resolve(trimmed);
}

function main(): void {
  const port = parsePort(process.env.PORT);
  const clock = clockStartFromEnv(process.env);
  const dataDir = dataDirFromEnv(process.env.MOCK_DATA_DIR);
  const fresh = process.argv.includes('--fresh') || process.env.MOCK_FRESH === '1';
  if (fresh && dataDir) rmSync(dataDir, { recursive: true, force: true });
  const staticDir = process.env.H5_DIR ?? 'dist/h5';
  const t0 = performance.now();
  // Built now rather than on the first request, so no citizen waits for the indexes.
  const stores = sharedStores();
  const buildMs = Math.round(performance.now() - t0);
  const world = createWorld({ clock, dataDir });
  // The journal replayed, fold it into a snapshot so it never grows across restarts.
  world.compact();
  const server = createServer(createApp(world, { staticDir }));
  // Cases, rating tickets and complaints move on the clock even when nobody asks (subscribe messages, the command centre).
  const ticker = setInterval(() => {
    const now = world.clock.now();
    settleCases(world, now);
    settleTickets(world, now);
    settleComplaints(world, now);
  }, 1000);
  ticker.unref();
  server.listen(port, () => {
    const address = server.address();
    const actualPort = typeof address === 'object' && address ? address.port : port;
    const clockState = world.clock.describe();
    const h5 = existsSync(`${staticDir}/index.html`) ? staticDir : 'none';
    console.log(
      `[mock] listening on http://localhost:${actualPort}/api (${stores.halls.halls.length} halls, ${stores.catalog.basics.length} items in ${buildMs} ms; clock ${clockState.mode} at ${clockState.now}; data ${dataDir ?? 'memory'}; static ${h5})`,
    );
  });
  const stop = () =>
    server.close(() => {
      world.close();
      process.exit(0);
    });
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main();
