/**
 * The mock server as a child process (`tsx mock/main.ts`), so load generation and Chromium in this
 * process never share an event loop with the server being measured.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';

export interface ChildServer {
  baseUrl: string;
  pid: number | undefined;
  stop(): Promise<void>;
}

/** Asks the OS for a free port, then releases it for the child (main.ts takes PORT, not 0-and-report). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      s.close(() => resolve(port));
    });
  });
}

/** `MOCK_DATA_DIR` unset: whatever the bench's own environment says (main.ts defaults to .mock-data/). */
export async function startChildServer(repoRoot: string, env: { MOCK_NOW: string; H5_DIR: string; MOCK_DATA_DIR?: string }): Promise<ChildServer> {
  const port = await freePort();
  const tsx = path.join(repoRoot, 'node_modules/.bin/tsx');
  const child: ChildProcess = spawn(tsx, ['mock/main.ts'], {
    cwd: repoRoot,
    env: { ...process.env, ...env, PORT: String(port), NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const baseUrl = `http://127.0.0.1:${port}`;
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  // Ready when /api/health answers; give up after 30 s or if the child dies.
  const deadline = Date.now() + 30_000;
  let dead = false;
  void exited.then(() => (dead = true));
  for (;;) {
    if (dead) throw new Error(`mock server exited before listening:\n${output.slice(-2000)}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`mock server did not answer within 30 s:\n${output.slice(-2000)}`);
    }
    try {
      const res = await fetch(`${baseUrl}/api/health`);
      if (res.ok) break;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 150));
  }

  return {
    baseUrl,
    pid: child.pid,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
