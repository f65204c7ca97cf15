import { readStored, removeStored, writeStored } from '../../core/storage';
import type { Draft, DraftInput } from '../../shared/api/applications';

/**
 * The device's copy of a draft: what the citizen entered, so nothing is lost to a reload, a
 * killed app, a dropped connection or a failed submit. The key holds the draft id only; the
 * value may hold what the citizen typed (their own device's storage) and is never logged.
 */
export interface LocalDraft {
  id: string;
  input: DraftInput;
  /** the server version this input started from: sent as If-Match */
  baseVersion: number;
  /** device time of the last change, ISO */
  changedAt: string;
  /** changes the server has not accepted yet */
  dirty: boolean;
  /** the Idempotency-Key of the current submission attempt (made when 核对 opens) */
  submitKey?: string;
  /** division codes chosen on this device → their names, to show a choice again after a reload */
  labels?: Record<string, string>;
}

const keyOf = (id: string) => `draft.v1.${id}`;

const isLocalDraft = (x: unknown): x is LocalDraft => {
  const d = x as LocalDraft;
  return !!d && typeof d === 'object' && typeof d.id === 'string' && typeof d.baseVersion === 'number' && !!d.input && typeof d.input === 'object' && typeof d.dirty === 'boolean';
};

export const localDrafts = {
  read: (id: string): LocalDraft | undefined => readStored(keyOf(id), isLocalDraft),
  write: (draft: LocalDraft): boolean => writeStored(keyOf(draft.id), draft),
  remove: (id: string): void => removeStored(keyOf(id)),
};

/** The part of a server draft the citizen entered (the body of PUT /drafts/:id). */
export function inputOf(draft: Draft): DraftInput {
  return {
    situationId: draft.situationId,
    applicant: draft.applicant,
    values: draft.values,
    materials: draft.materials,
    delivery: draft.delivery,
    currentTask: draft.currentTask,
  };
}

/** Whether two inputs say the same thing (ignoring where the citizen stopped). */
export function sameAnswers(a: DraftInput, b: DraftInput): boolean {
  return JSON.stringify({ ...a, currentTask: undefined }) === JSON.stringify({ ...b, currentTask: undefined });
}

/**
 * What opening a draft starts from, given the server's draft and the device's copy:
 * - nothing unsaved on the device: the server's draft;
 * - unsaved changes made on top of the server's current version: the device's copy is newer,
 *   and the citizen is asked whether to keep it (`local_newer`);
 * - unsaved changes, and the server moved on meanwhile (another device saved): both versions
 *   are shown and the citizen chooses (`conflict`). Never a silent overwrite either way.
 */
export type Reconciled =
  | { kind: 'server'; input: DraftInput }
  | { kind: 'local_newer' | 'conflict'; input: DraftInput; mine: DraftInput; changedAt: string };

export function reconcile(server: Draft, local: LocalDraft | undefined): Reconciled {
  const theirs = inputOf(server);
  if (!local || !local.dirty || sameAnswers(local.input, theirs)) return { kind: 'server', input: theirs };
  const kind = local.baseVersion >= server.version ? 'local_newer' : 'conflict';
  return { kind, input: theirs, mine: local.input, changedAt: local.changedAt };
}

/** A fresh Idempotency-Key: random enough that two attempts, or two devices, never share one. */
export function newIdempotencyKey(random: () => number = Math.random, now: () => number = Date.now): string {
  const part = () => Math.floor(random() * 0x100000000).toString(16).padStart(8, '0');
  return `ykb-${now().toString(36)}-${part()}${part()}${part()}`;
}
