/**
 * Persistence end to end: the real CLI (`node --import tsx mock/main.ts`) in a child process with
 * a temp data folder. Move the dev clock, SIGKILL the server (no shutdown hook runs), start it
 * again: the clock is where it was left. `--fresh` starts from nothing.
 */
import type { ClockState } from '../../../src/shared/api/dev';
import { killCli, mockCliPerTest, type CliServer } from '../../support/mock-cli';
import { FROZEN_NOW } from '../../support/mock-server';

async function clock(child: CliServer, change?: object): Promise<ClockState> {
  const res = await fetch(`${child.url}/api/dev/clock`, {
    method: change ? 'POST' : 'GET',
    headers: change ? { 'content-type': 'application/json' } : undefined,
    body: change ? JSON.stringify(change) : undefined,
  });
  expect(res.status).toBe(200);
  return (await res.json()) as ClockState;
}

const cli = mockCliPerTest('mock-data-');

it('keeps the dev clock through SIGKILL and a restart; --fresh forgets it', async () => {
  const first = await cli.start();
  expect((await clock(first)).now).toBe(FROZEN_NOW.toISOString());
  const moved = await clock(first, { advanceMinutes: 90 });
  expect(moved.now).toBe('2026-12-02T03:30:00.000Z');
  await killCli(first);

  const second = await cli.start();
  expect(await clock(second)).toEqual(moved);
  await killCli(second);

  const fresh = await cli.start(['--fresh']);
  expect((await clock(fresh)).now).toBe(FROZEN_NOW.toISOString());
}, 120_000);
