/**
 * The World: everything one mock server answers from. The read-only stores (halls, catalog) are
 * pure functions of the committed data, built once per process (~300 ms) and shared by every
 * world; the clock and the collections of user-created state belong to the world and are
 * journaled when it has a data folder. Tests make one world per suite and `reset()` it per test.
 */
import type { Request } from 'express';
import { CatalogStore } from './catalog/store';
import { HallStore } from './halls/store';
import { installIdentity } from './identity';
import type { ClockSnapshot, ClockStart } from './server/clock';
import { Clock } from './server/clock';
import type { Collection } from './server/journal';
import { Journal } from './server/journal';

/** Who a request acts for: the signed-in citizen, and the session it came with. */
export interface Principal {
  userId: string;
  /** the session's key (hash of the token), so sign-out ends exactly this session */
  sessionId?: string;
}

/** Decides who a request acts for; undefined answers 401. */
export type Authenticator = (req: Request) => Principal | undefined;

/** Before identity installs its sessions: every protected route answers 401. */
const nobody: Authenticator = () => undefined;

export interface WorldOptions {
  /** a clock, or how to start one; default real time */
  clock?: Clock | ClockStart;
  /** folder of the journal; undefined = memory only */
  dataDir?: string;
}

interface Stores {
  halls: HallStore;
  catalog: CatalogStore;
}

let shared: Stores | undefined;

/** The read-only stores, built on first use and shared by every world of the process. */
export function sharedStores(): Stores {
  if (!shared) {
    const halls = new HallStore();
    shared = { halls, catalog: new CatalogStore(halls) };
  }
  return shared;
}

/** Collection and key of the persisted clock state. */
const WORLD_STATE = 'world';
const CLOCK_KEY = 'clock';

export class World {
  readonly halls: HallStore;
  readonly catalog: CatalogStore;
  readonly clock: Clock;
  /** the folder of the journal (uploads keep their bytes beside it); undefined = memory only */
  readonly dataDir: string | undefined;
  /** pluggable: identity (mock/identity) installs its bearer-token sessions */
  authenticate: Authenticator = nobody;
  private readonly journal: Journal;
  private readonly state: Collection<ClockSnapshot>;
  private readonly resetListeners: Array<() => void> = [];

  constructor(options: WorldOptions = {}) {
    const stores = sharedStores();
    this.halls = stores.halls;
    this.catalog = stores.catalog;
    this.clock = options.clock instanceof Clock ? options.clock : new Clock(options.clock);
    this.dataDir = options.dataDir;
    this.journal = Journal.open(options.dataDir);
    this.state = this.journal.collection<ClockSnapshot>(WORLD_STATE);
    const saved = this.state.get(CLOCK_KEY);
    if (saved) this.clock.restore(saved);
    this.clock.onChange((snapshot) => this.state.put(CLOCK_KEY, snapshot));
    // Sessions, and the seeded personas every demo and test signs in as.
    installIdentity(this);
  }

  /** A named collection of user-created state; every write is journaled. */
  collection<T>(name: string): Collection<T> {
    return this.journal.collection<T>(name);
  }

  get persistent(): boolean {
    return this.journal.persistent;
  }

  /** Forgets everything users created and puts the clock back to its start; then re-seeds. */
  reset(): void {
    this.journal.clearAll();
    this.clock.reset();
    for (const listener of this.resetListeners) listener();
  }

  /** Runs after every reset(): slices put their seed data (the personas) back. */
  onReset(listener: () => void): void {
    this.resetListeners.push(listener);
  }

  /** Folds the journal into a snapshot (also done automatically as it grows). */
  compact(): void {
    this.journal.compact();
  }

  close(): void {
    this.journal.close();
  }
}

export function createWorld(options: WorldOptions = {}): World {
  return new World(options);
}
