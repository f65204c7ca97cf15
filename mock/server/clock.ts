/**
 * The world's one clock. Opening hours, queues and (next) deadlines read `clock.now()`; nothing
 * else in mock/ reads the machine's time for the world. Three modes:
 *   real    world time flows like real time (possibly shifted by `advance`)
 *   frozen  world time stands still (MOCK_NOW, tests)
 *   speed   world time flows `speed` times faster (MOCK_SPEED=60: an hour a minute)
 * All three are one formula: now = anchorWorld + (realNow − anchorReal) × rate, with rate 0, 1
 * or `speed`. The state is that triple, small enough to journal on every change.
 */
import type { ClockMode, ClockState } from '../../src/shared/api/dev';

/** How a clock starts (and what `reset()` returns to). */
export type ClockStart =
  | { mode: 'real' }
  | { mode: 'frozen'; at: Date }
  | { mode: 'speed'; speed: number; from?: Date };

/** The persisted state of a clock. */
export interface ClockSnapshot {
  /** world epoch ms at the anchor */
  anchorWorld: number;
  /** real epoch ms at the anchor */
  anchorReal: number;
  /** world ms per real ms: 0 frozen, 1 real time, n accelerated */
  rate: number;
}

/** The machine's time: the only reader of the real clock in mock/. */
export const systemTime = (): number => Date.now();

export class Clock {
  private state: ClockSnapshot;
  private readonly listeners: Array<(snapshot: ClockSnapshot) => void> = [];

  constructor(
    readonly start: ClockStart = { mode: 'real' },
    private readonly realNow: () => number = systemTime,
  ) {
    this.state = Clock.initial(start, realNow());
  }

  private static initial(start: ClockStart, real: number): ClockSnapshot {
    switch (start.mode) {
      case 'real':
        return { anchorWorld: real, anchorReal: real, rate: 1 };
      case 'frozen':
        return { anchorWorld: start.at.getTime(), anchorReal: real, rate: 0 };
      case 'speed':
        return { anchorWorld: start.from?.getTime() ?? real, anchorReal: real, rate: start.speed };
    }
  }

  private nowMs(): number {
    return this.state.anchorWorld + (this.realNow() - this.state.anchorReal) * this.state.rate;
  }

  now(): Date {
    return new Date(Math.round(this.nowMs()));
  }

  get mode(): ClockMode {
    if (this.state.rate === 0) return 'frozen';
    return this.state.rate === 1 ? 'real' : 'speed';
  }

  /** What GET /api/dev/clock answers. */
  describe(): ClockState {
    return { now: this.now().toISOString(), mode: this.mode, speed: this.state.rate };
  }

  /** Moves world time forward (or back, if negative) without changing the mode. */
  advance(ms: number): void {
    this.set({ ...this.state, anchorWorld: this.state.anchorWorld + ms });
  }

  /** Stops world time at `at`, or where it is now. */
  freeze(at: Date = this.now()): void {
    this.set({ anchorWorld: at.getTime(), anchorReal: this.realNow(), rate: 0 });
  }

  /** Lets world time flow `speed` times faster than real time from where it is now (1 = real time). */
  setSpeed(speed: number): void {
    if (!(Number.isFinite(speed) && speed > 0)) throw new RangeError(`speed must be positive, got ${speed}`);
    this.set({ anchorWorld: this.nowMs(), anchorReal: this.realNow(), rate: speed });
  }

  /** Back to the machine's own time, flowing normally. */
  resume(): void {
    const real = this.realNow();
    this.set({ anchorWorld: real, anchorReal: real, rate: 1 });
  }

  /** Back to how the clock started (MOCK_NOW / MOCK_SPEED / real time). */
  reset(): void {
    this.set(Clock.initial(this.start, this.realNow()));
  }

  snapshot(): ClockSnapshot {
    return { ...this.state };
  }

  /** Restores a journaled state without notifying (it is already stored). */
  restore(snapshot: ClockSnapshot): void {
    this.state = { ...snapshot };
  }

  /** Called after every change, e.g. to journal it. */
  onChange(listener: (snapshot: ClockSnapshot) => void): void {
    this.listeners.push(listener);
  }

  private set(next: ClockSnapshot): void {
    this.state = next;
    for (const listener of this.listeners) listener(this.snapshot());
  }
}

/** MOCK_NOW (ISO) freezes the clock there; MOCK_SPEED (> 0) accelerates it, from MOCK_NOW or now. */
export function clockStartFromEnv(env: Record<string, string | undefined>): ClockStart {
  const rawNow = env.MOCK_NOW?.trim();
  const rawSpeed = env.MOCK_SPEED?.trim();
  let at: Date | undefined;
  if (rawNow) {
    at = new Date(rawNow);
    if (Number.isNaN(at.getTime())) throw new Error(`MOCK_NOW is not an ISO time: ${rawNow}`);
  }
  if (rawSpeed) {
    const speed = Number(rawSpeed);
    if (!(Number.isFinite(speed) && speed > 0)) throw new Error(`MOCK_SPEED must be a positive number, got ${rawSpeed}`);
    return at ? { mode: 'speed', speed, from: at } : { mode: 'speed', speed };
  }
  return at ? { mode: 'frozen', at } : { mode: 'real' };
}
