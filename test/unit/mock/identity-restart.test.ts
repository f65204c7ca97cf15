/**
 * Sessions and addresses survive a SIGKILL: the real CLI with a temp data folder; sign in by
 * SMS, add an address, kill -9, start again: the same token works and the address is there.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Address } from '../../../src/shared/api/identity';
import { FROZEN_NOW } from '../../support/mock-server';
import { Api } from '../../support/api-client';

const ROOT = path.resolve(__dirname, '../../..');

function startCli(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'mock/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', MOCK_DATA_DIR: dataDir, MOCK_NOW: FROZEN_NOW.toISOString(), H5_DIR: path.join(dataDir, 'no-h5') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.push(child);
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`mock server did not start:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/localhost:\d+)\/api/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: match[1].replace('localhost', '127.0.0.1') });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`mock server exited (${code}):\n${output}`));
    });
  });
}

function kill(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

let dataDir = '';
const running: ChildProcess[] = [];
beforeEach(() => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'mock-identity-'));
});
afterEach(async () => {
  await Promise.all(running.splice(0).map(kill));
  rmSync(dataDir, { recursive: true, force: true });
});

it('keeps the session and the address through SIGKILL and a restart', async () => {
  const first = await startCli(dataDir);
  const { client } = await new Api(first.url).sms('13800138000');
  const added = await client.post<Address>('/me/addresses', { recipient: '王五', phone: '13800138000', divisionCode: '500243106200', detail: '光辉村五组12号' });
  expect(added.status).toBe(200);
  await kill(first.child);

  const second = await startCli(dataDir);
  const again = new Api(second.url, client.token);
  expect((await again.get('/me')).status).toBe(200);
  expect((await again.get<Address[]>('/me/addresses')).body).toEqual([added.body]);
  // the personas were seeded once, not again
  expect((await new Api(second.url).get<unknown[]>('/session/personas')).body).toHaveLength(4);
}, 120_000);
