/** Chromium for the bench (binary and flags shared with the browser tests: scripts/lib/chromium.ts). */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CHROME_PATH, CHROMIUM_FLAGS } from '../lib/chromium';

export { CHROME_PATH, CHROMIUM_FLAGS };

export interface DebuggableChromium {
  port: number;
  stop(): Promise<void>;
}

/**
 * Chromium with a DevTools port for Lighthouse, in a fresh profile. Port 0 lets Chromium pick;
 * it prints "DevTools listening on ws://…:PORT/…" on stderr, which is where the port is read.
 */
export async function startDebuggableChromium(): Promise<DebuggableChromium> {
  const profile = mkdtempSync(path.join(tmpdir(), 'bench-chromium-'));
  const child = spawn(CHROME_PATH, [...CHROMIUM_FLAGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const port = await new Promise<number>((resolve, reject) => {
    let err = '';
    const timer = setTimeout(() => reject(new Error(`chromium gave no DevTools port in 30 s: ${err.slice(-1000)}`)), 30_000);
    child.stderr?.on('data', (d: Buffer) => {
      err += d.toString();
      const m = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(err);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`chromium exited (${code}) before DevTools was up: ${err.slice(-1000)}`));
    });
  });
  return {
    port,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
        await exited;
        clearTimeout(timer);
      }
      // Chromium's helpers may still be writing into the profile a moment after the main process
      // exits: retry, and never let cleanup turn a finished measurement into an error.
      try {
        rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
      } catch {
        /* left in the OS temp dir */
      }
    },
  };
}
