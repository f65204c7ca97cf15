/**
 * Persistence end to end: the real CLI (`node --import tsx mock/main.ts`) in a child process with
 * a temp data folder. Move the dev clock, SIGKILL the server (no shutdown hook runs), start it
 * again: the clock is where it was left. `--fresh` starts from nothing.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ClockState } from '../../../src/shared/api/dev';
import { FROZEN_NOW } from '../../support/mock-server';

const ROOT = path.resolve(__dirname, '../../..');
const START_TIMEOUT_MS = 30_000;

interface Child {
  process: ChildProcess;
  url: string;
}

/** Starts the CLI and waits (bounded) for the start line with its port. */
function startCli(dataDir: string, args: string[] = []): Promise<Child> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'mock/main.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', MOCK_DATA_DIR: dataDir, MOCK_NOW: FROZEN_NOW.toISOString(), H5_DIR: path.join(dataDir, 'no-h5') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`mock server did not start within ${START_TIMEOUT_MS} ms:\n${output}`));
    }, START_TIMEOUT_MS);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/localhost:\d+)\/api/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ process: child, url: match[1].replace('localhost', '127.0.0.1') });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`mock server exited (${code}) before listening:\n${output}`));
    });
  });
}

function kill(child: Child): Promise<void> {
  return new Promise((resolve) => {
    if (child.process.exitCode !== null || child.process.signalCode !== null) return resolve();
    child.process.once('exit', () => resolve());
    child.process.kill('SIGKILL');
  });
}

async function clock(child: Child, change?: object): Promise<ClockState> {
  const res = await fetch(`${child.url}/api/dev/clock`, {
    method: change ? 'POST' : 'GET',
    headers: change ? { 'content-type': 'application/json' } : undefined,
    body: change ? JSON.stringify(change) : undefined,
  });
  expect(res.status).toBe(200);
  return (await res.json()) as ClockState;
}

let dataDir = '';
const running: Child[] = [];
beforeEach(() => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'mock-data-'));
});
afterEach(async () => {
  await Promise.all(running.splice(0).map(kill));
  rmSync(dataDir, { recursive: true, force: true });
});

async function start(args?: string[]): Promise<Child> {
  const child = await startCli(dataDir, args);
  running.push(child);
  return child;
}

it('keeps the dev clock through SIGKILL and a restart; --fresh forgets it', async () => {
  const first = await start();
  expect((await clock(first)).now).toBe(FROZEN_NOW.toISOString());
  const moved = await clock(first, { advanceMinutes: 90 });
  expect(moved.now).toBe('2026-12-02T03:30:00.000Z');
  await kill(first);

  const second = await start();
  expect(await clock(second)).toEqual(moved);
  await kill(second);

  const fresh = await start(['--fresh']);
  expect((await clock(fresh)).now).toBe(FROZEN_NOW.toISOString());
}, 120_000);
