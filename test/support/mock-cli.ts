/**
 * The real mock CLI (`node --import tsx mock/main.ts`) in a child process with a temp data
 * folder, for the tests of what survives a SIGKILL (no shutdown hook runs) and a restart.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FROZEN_NOW } from './mock-server';

const ROOT = path.resolve(__dirname, '../..');
const START_TIMEOUT_MS = 30_000;

export interface CliServer {
  child: ChildProcess;
  /** base URL, e.g. http://127.0.0.1:40123 */
  url: string;
}

/** Starts the CLI on `dataDir` (clock frozen at FROZEN_NOW) and waits (bounded) for the start line with its port. */
function startCli(dataDir: string, args: string[], running: CliServer[]): Promise<CliServer> {
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
        const server = { child, url: match[1].replace('localhost', '127.0.0.1') };
        running.push(server);
        resolve(server);
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

/** kill -9, and wait for the exit. */
export function killCli(server: CliServer): Promise<void> {
  return new Promise((resolve) => {
    const { child } = server;
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

/**
 * Registered once per test file: each test gets a fresh temp data folder (`prefix` names it);
 * `start` runs the CLI on it; after the test every CLI still running is killed and the folder
 * removed.
 */
export function mockCliPerTest(prefix: string): { start: (args?: string[]) => Promise<CliServer> } {
  let dataDir = '';
  const running: CliServer[] = [];
  beforeEach(() => {
    dataDir = mkdtempSync(path.join(tmpdir(), prefix));
  });
  afterEach(async () => {
    await Promise.all(running.splice(0).map(killCli));
    rmSync(dataDir, { recursive: true, force: true });
  });
  return { start: (args: string[] = []) => startCli(dataDir, args, running) };
}
