/**
 * The applications slice: drafts, uploads (我的材料) and applications (办件); routes in routes.ts.
 * For other slices (payments, appointments, tracking next issue):
 * - `getApplication(world, userId, id)`: the citizen's own ApplicationRecord (full, server side:
 *   applicant snapshot, values, materials, situation, department, division, fee quote, visits,
 *   over-limit classification, timestamps), or undefined for another citizen's id.
 * - `applicationView(world, record, now)`: the Application the citizen sees (live fee notice and
 *   appointment); `applicationsOf(world, userId)`: records, newest first.
 * - `applicationFeeQuote(world, userId, id)`: the fee quoted when it was filed, or undefined.
 * - `updateApplication(world, userId, id, patch)`: status changes (journaled, `updatedAt` moved).
 */
import type { ApplicationStatus, FeeQuote } from '../../src/shared/api/applications';
import type { World } from '../world';
import { getApplication } from './applications';
import type { ApplicationRecord } from './model';
import { applicationCollections } from './model';

export { applicationView, applicationsOf, getApplication, recoverApplications, summaryOf } from './applications';
export { applicationRoutes } from './routes';
export type { ApplicationRecord, ApplicantSnapshot, DraftRecord, UploadRecord } from './model';

export function applicationFeeQuote(world: World, userId: string, id: string): FeeQuote | undefined {
  return getApplication(world, userId, id)?.fee;
}

/** Moves an application on (status); answers the new record, or undefined if not the citizen's. */
export function updateApplication(world: World, userId: string, id: string, patch: { status: ApplicationStatus }, now: Date = world.clock.now()): ApplicationRecord | undefined {
  const record = getApplication(world, userId, id);
  if (!record) return undefined;
  const next: ApplicationRecord = { ...record, status: patch.status, updatedAt: now.toISOString() };
  applicationCollections(world).applications.put(id, next);
  return next;
}
