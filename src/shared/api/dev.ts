/**
 * Developer endpoints of the mock server: the world clock, so demos and tests can move time
 * (deadlines, opening hours, queues) without waiting. Not part of the production platform.
 */
export const CLOCK_MODES = ['real', 'frozen', 'speed'] as const;
export type ClockMode = (typeof CLOCK_MODES)[number];

export interface ClockState {
  /** the world's current time, ISO 8601 */
  now: string;
  mode: ClockMode;
  /** world seconds per real second: 0 frozen, 1 real time */
  speed: number;
}

/** One change per request; `resume` returns to the machine's own time. */
export interface ClockChange {
  advanceMinutes?: number;
  /** ISO time to stop the clock at */
  freezeAt?: string;
  speed?: number;
  resume?: boolean;
}

export interface DevApi {
  'GET /dev/clock': { response: ClockState };
  'POST /dev/clock': { body: ClockChange; response: ClockState };
}
