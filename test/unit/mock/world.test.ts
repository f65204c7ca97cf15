/** The World: shared stores, one clock, user-created state that reset() forgets. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createWorld } from '../../../mock/world';
import { FROZEN_NOW } from '../../support/mock-server';

it('shares the read-only stores between worlds', () => {
  const a = createWorld();
  const b = createWorld();
  expect(a.halls).toBe(b.halls);
  expect(a.catalog).toBe(b.catalog);
  expect(a.halls.halls).toHaveLength(12_340);
});

it('reset() forgets user-created state and puts the clock back to its start', () => {
  const world = createWorld({ clock: { mode: 'frozen', at: FROZEN_NOW } });
  world.collection<{ title: string }>('drafts').put('d1', { title: '护照' });
  world.clock.advance(3 * 24 * 60 * 60_000);
  world.clock.setSpeed(60);
  world.reset();
  expect(world.collection('drafts').size).toBe(0);
  expect(world.clock.now()).toEqual(FROZEN_NOW);
  expect(world.clock.mode).toBe('frozen');
  world.close();
});

it('keeps the dev clock and collections across a restart with a data folder', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'world-'));
  try {
    const first = createWorld({ clock: { mode: 'frozen', at: FROZEN_NOW }, dataDir: dir });
    first.clock.advance(90 * 60_000);
    first.collection<number>('ratings').put('r1', 5);
    first.close();
    const second = createWorld({ clock: { mode: 'frozen', at: FROZEN_NOW }, dataDir: dir });
    expect(second.clock.now().getTime()).toBe(FROZEN_NOW.getTime() + 90 * 60_000);
    expect(second.collection<number>('ratings').get('r1')).toBe(5);
    second.reset();
    second.close();
    const third = createWorld({ clock: { mode: 'frozen', at: FROZEN_NOW }, dataDir: dir });
    expect(third.clock.now()).toEqual(FROZEN_NOW);
    expect(third.collection('ratings').size).toBe(0);
    third.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
