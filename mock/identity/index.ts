/**
 * The identity slice: sessions, the citizen's profile and records. `installIdentity` plugs the
 * bearer-token sessions into `world.authenticate` and seeds the personas (again after every
 * reset); the routes are registered by mock/server/api.ts. Other slices record data use through
 * `recordDataUse`.
 */
import type { World } from '../world';
import { authenticateSession, forgetSessionMemory } from './sessions';
import { seedPersonas } from './store';

export { recordDataUse } from './store';
export type { DataUseInput } from './store';

export function installIdentity(world: World): void {
  world.authenticate = (req) => authenticateSession(world, req);
  seedPersonas(world);
  world.onReset(() => {
    forgetSessionMemory(world);
    seedPersonas(world);
  });
}
