/**
 * How a reopened draft is settled with the device's copy, and the submission keys: pure rules
 * of src/features/applying/localDraft.ts. A change the server never got is offered back, never
 * dropped; a change from another device is never silently overwritten.
 */
import { inputOf, newIdempotencyKey, reconcile, type LocalDraft } from '../../../src/features/applying/localDraft';
import type { Draft } from '../../../src/shared/api/applications';

const server = {
  id: 'dr_test0001',
  version: 3,
  situationId: 's1',
  applicant: { kind: 'self' },
  values: { company: { name: '重庆渝新商贸有限公司' } },
  materials: {},
  currentTask: 'form',
} as unknown as Draft;

const local = (patch: Partial<LocalDraft>): LocalDraft => ({
  id: server.id,
  input: inputOf(server),
  baseVersion: 3,
  changedAt: '2026-12-02T02:10:00Z',
  dirty: false,
  ...patch,
});
const changed = { ...inputOf(server), values: { company: { name: '重庆渝新贸易有限公司' } } };

it('takes the server’s draft when the device has nothing unsaved', () => {
  expect(reconcile(server, undefined)).toEqual({ kind: 'server', input: inputOf(server) });
  expect(reconcile(server, local({ dirty: false, input: changed }))).toEqual({ kind: 'server', input: inputOf(server) });
});

it('offers the device’s unsaved change made on top of the server’s current version (local newer)', () => {
  const settled = reconcile(server, local({ dirty: true, input: changed }));
  expect(settled).toEqual({ kind: 'local_newer', input: inputOf(server), mine: changed, changedAt: '2026-12-02T02:10:00Z' });
});

it('shows a conflict when the server moved on since the device’s change (another device saved)', () => {
  const settled = reconcile({ ...server, version: 5 }, local({ dirty: true, input: changed, baseVersion: 3 }));
  expect(settled.kind).toBe('conflict');
});

it('asks nothing when the unsaved copy says the same as the server (only where the citizen stopped differs)', () => {
  expect(reconcile(server, local({ dirty: true, input: { ...inputOf(server), currentTask: 'materials' } })).kind).toBe('server');
});

it('makes a different idempotency key for every attempt', () => {
  const keys = new Set(Array.from({ length: 200 }, () => newIdempotencyKey()));
  expect(keys.size).toBe(200);
  for (const k of keys) expect(k).toMatch(/^ykb-[a-z0-9]+-[0-9a-f]{24}$/);
});
