import { HttpError, NetworkError, isRequestError, userMessageOf } from '../../core/http/errors';
import type { Draft, DraftInput, TaskKey } from '../../shared/api/applications';
import { applyingService } from './applyingService';
import { inputOf, localDrafts, newIdempotencyKey, reconcile, sameAnswers, type LocalDraft } from './localDraft';


/**
 * One open draft, shared by every page of the apply subpackage that shows it (the task list
 * stays mounted under a task page and sees each change). Every change is written to the device
 * at once and sent to the server ~800 ms after the citizen stops, with If-Match: version.
 *
 * - 409 (another device saved first): the server's current draft is fetched and both versions
 *   are offered (`choice`); nothing is sent until the citizen picks one.
 * - No network (or a failing server): the change stays on the device, `sync` says so, and the
 *   save is tried again when the connection returns (and at the next change).
 */
export type SyncState = 'saved' | 'saving' | 'pending' | 'local' | 'conflict' | 'refused';

export interface DraftChoice {
  kind: 'local_newer' | 'conflict';
  mine: DraftInput;
  /** the server's draft as it is now */
  theirs: Draft;
  changedAt: string;
}

export interface DraftSnapshot {
  status: 'loading' | 'error' | 'ready';
  error?: unknown;
  /** the server's draft as last answered (form, checklist, tasks, problems, version) */
  draft?: Draft;
  /** what the citizen entered: the device's copy, at least as new as the server's */
  input?: DraftInput;
  sync: SyncState;
  /** why the server refused the last save (a field it does not accept), by path */
  saveErrors: Record<string, string>;
  syncMessage?: string;
  choice?: DraftChoice;
  /** the server's messages from the last submit (422), by path */
  submitErrors: Record<string, string>;
  labels: Record<string, string>;
}

export const SAVE_DELAY_MS = 800;

type Listener = (s: DraftSnapshot) => void;

class DraftSession {
  snapshot: DraftSnapshot = { status: 'loading', sync: 'saved', saveErrors: {}, submitErrors: {}, labels: {} };
  private listeners = new Set<Listener>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private inFlight: Promise<void> | null = null;
  private dirty = false;
  private submitKey?: string;
  private changedAt = new Date(0).toISOString();
  private loading: Promise<void> | null = null;

  constructor(readonly id: string) {}

  subscribe(l: Listener): () => void {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  }

  private set(patch: Partial<DraftSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...patch };
    this.listeners.forEach((l) => l(this.snapshot));
  }

  /** Loads the server's draft and settles it with the device's copy (see reconcile). */
  load(force = false): Promise<void> {
    if (this.loading && !force) return this.loading;
    if (this.snapshot.status === 'ready' && !force) return Promise.resolve();
    const local = localDrafts.read(this.id);
    if (local) {
      this.submitKey = local.submitKey;
      this.set({ labels: local.labels ?? {} });
    }
    this.set({ status: this.snapshot.input ? 'ready' : 'loading', error: undefined });
    this.loading = applyingService
      .draft(this.id)
      .then((server) => {
        const settled = reconcile(server, local);
        this.set({ status: 'ready', draft: server, input: settled.input, sync: 'saved' });
        if (settled.kind === 'server') {
          this.dirty = false;
          this.persist(server.version);
        } else {
          this.dirty = true;
          this.changedAt = settled.changedAt;
          this.set({ sync: 'conflict', choice: { kind: settled.kind, mine: settled.mine, theirs: server, changedAt: settled.changedAt } });
        }
      })
      .catch((error: unknown) => {
        // Offline at reopen: the device's copy is all there is, and enough to keep going.
        if (local && error instanceof NetworkError && this.snapshot.draft === undefined && local.input) {
          this.set({ status: 'error', error, input: local.input });
          return;
        }
        this.set({ status: 'error', error });
      })
      .finally(() => {
        this.loading = null;
      });
    return this.loading;
  }

  /** Starts from a draft the server just answered (a new draft: nothing to settle). */
  adopt(server: Draft): void {
    this.dirty = false;
    this.set({ status: 'ready', draft: server, input: inputOf(server), sync: 'saved', choice: undefined });
    this.persist(server.version);
  }

  private persist(baseVersion: number): void {
    const input = this.snapshot.input;
    if (!input) return;
    const record: LocalDraft = {
      id: this.id,
      input,
      baseVersion,
      changedAt: this.changedAt,
      dirty: this.dirty,
      submitKey: this.submitKey,
      labels: this.snapshot.labels,
    };
    localDrafts.write(record);
  }

  /** A change by the citizen: on the device now, on the server after the pause. */
  update(change: (input: DraftInput) => DraftInput, options: { immediate?: boolean } = {}): void {
    const input = this.snapshot.input;
    const draft = this.snapshot.draft;
    if (!input || !draft) return;
    const next = change(input);
    if (next === input) return;
    this.dirty = true;
    this.changedAt = new Date().toISOString();
    this.set({ input: next, sync: this.snapshot.sync === 'conflict' ? 'conflict' : 'pending' });
    this.persist(draft.version);
    this.schedule(options.immediate ? 0 : SAVE_DELAY_MS);
  }

  /** Where the citizen is: remembered so reopening resumes here. */
  at(task: TaskKey): void {
    if (this.snapshot.input && this.snapshot.input.currentTask !== task) this.update((i) => ({ ...i, currentTask: task }));
  }

  label(code: string, name: string): void {
    this.set({ labels: { ...this.snapshot.labels, [code]: name } });
    if (this.snapshot.draft) this.persist(this.snapshot.draft.version);
  }

  private schedule(ms: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, ms);
  }

  /** Sends what is unsaved; resolves when the server has it, or when it is kept on the device. */
  async flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    while (this.inFlight) await this.inFlight;
    if (!this.dirty || this.snapshot.choice || !this.snapshot.draft || !this.snapshot.input) return;
    const sent = this.snapshot.input;
    const version = this.snapshot.draft.version;
    this.set({ sync: 'saving' });
    this.inFlight = applyingService
      .saveDraft(this.id, version, sent)
      .then((server) => {
        const current = this.snapshot.input ?? sent;
        const unchanged = current === sent;
        this.dirty = !unchanged;
        // the server's draft brings the new checklist, tasks and problems; what was typed meanwhile stays
        this.set({ draft: server, input: unchanged ? sent : current, sync: unchanged ? 'saved' : 'pending', saveErrors: {}, syncMessage: undefined });
        this.persist(server.version);
        if (!unchanged) this.schedule(SAVE_DELAY_MS);
      })
      .catch(async (error: unknown) => {
        if (error instanceof HttpError && error.status === 409) {
          await this.showConflict();
          return;
        }
        if (error instanceof HttpError && error.status >= 400 && error.status < 500 && error.status !== 401 && error.status !== 429) {
          this.set({ sync: 'refused', saveErrors: { ...error.fields }, syncMessage: error.message });
          return;
        }
        // offline, timed out, 5xx, or signed out: kept here, sent again later
        this.set({ sync: 'local', syncMessage: isRequestError(error) ? error.userMessage : userMessageOf(error) });
      })
      .finally(() => {
        this.inFlight = null;
      });
    await this.inFlight;
  }

  private async showConflict(): Promise<void> {
    const mine = this.snapshot.input;
    if (!mine) return;
    try {
      const theirs = await applyingService.draft(this.id);
      if (sameAnswers(inputOf(theirs), mine)) {
        this.dirty = false;
        this.set({ draft: theirs, sync: 'saved' });
        this.persist(theirs.version);
        return;
      }
      this.set({ sync: 'conflict', choice: { kind: 'conflict', mine, theirs, changedAt: this.changedAt } });
    } catch (error) {
      this.set({ sync: 'local', syncMessage: userMessageOf(error) });
    }
  }

  /** The citizen's answer to a conflict: keep theirs from this device, or take the other one. */
  async resolve(use: 'mine' | 'theirs'): Promise<void> {
    const choice = this.snapshot.choice;
    if (!choice) return;
    if (use === 'theirs') {
      this.dirty = false;
      this.set({ choice: undefined, draft: choice.theirs, input: inputOf(choice.theirs), sync: 'saved' });
      this.persist(choice.theirs.version);
      return;
    }
    // mine, on top of the version the citizen has now seen
    this.dirty = true;
    this.set({ choice: undefined, draft: choice.theirs, input: choice.mine });
    this.persist(choice.theirs.version);
    await this.flush();
  }

  /** The current submission attempt's key, made once and kept on the device with the draft. */
  submissionKey(): string {
    if (!this.submitKey) {
      this.submitKey = newIdempotencyKey();
      if (this.snapshot.draft) this.persist(this.snapshot.draft.version);
    }
    return this.submitKey;
  }

  /** The server answered the attempt for sure (refused it): the next attempt gets a new key. */
  endAttempt(errors: Record<string, string>): void {
    this.submitKey = undefined;
    this.set({ submitErrors: errors });
    this.submissionKey();
  }

  /** Filed: the server turned the draft into an application; the device's copy is no longer needed. */
  finish(): void {
    if (this.timer) clearTimeout(this.timer);
    localDrafts.remove(this.id);
    sessions.delete(this.id);
  }

  /** Whether changes are still unsent (the submit waits for them). */
  get unsaved(): boolean {
    return this.dirty;
  }
}

const sessions = new Map<string, DraftSession>();

export function draftSession(id: string): DraftSession {
  let s = sessions.get(id);
  if (!s) {
    s = new DraftSession(id);
    sessions.set(id, s);
  }
  return s;
}

/** Every open draft tries its unsent changes again (the connection came back). */
export function flushAll(): void {
  sessions.forEach((s) => {
    if (s.snapshot.sync === 'local') void s.flush();
  });
}

export type { DraftSession };
