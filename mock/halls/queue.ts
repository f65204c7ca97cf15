/**
 * Simulated queue length: a deterministic function of (hall, 10-minute bucket), so every client
 * asking within the same ten minutes sees the same number, and demos/tests can freeze it.
 */
import type { HallLevel, QueueStatus } from '../../src/shared/api/halls';
import { unitFor } from './prng';

export const QUEUE_BUCKET_MINUTES = 10;
const BUCKET_MS = QUEUE_BUCKET_MINUTES * 60 * 1000;

/** Average people per open window at peak, by level: city halls are busiest. */
const PEAK_PER_WINDOW: Record<HallLevel, number> = { city: 4, district: 3.2, township: 2, village: 1.2 };
/** Minutes one window needs per citizen, on average. */
const SERVICE_MINUTES: Record<HallLevel, number> = { city: 8, district: 8, township: 6, village: 5 };

/**
 * Relative crowd 0..1 by Beijing minute of day: a mid-morning peak (10:00), a smaller
 * mid-afternoon one (15:00) and a low baseline.
 */
export function crowdIntensity(minutes: number): number {
  const h = minutes / 60;
  const morning = Math.exp(-((h - 10) ** 2) / (2 * 0.8 ** 2));
  const afternoon = 0.75 * Math.exp(-((h - 15) ** 2) / (2 * 0.9 ** 2));
  return Math.min(1, 0.12 + 0.88 * Math.max(morning, afternoon));
}

export interface QueueInput {
  hallId: string;
  level: HallLevel;
  /** windows staffed right now; 0 when the hall is closed */
  openWindows: number;
  isOpen: boolean;
  /** Beijing minute of day */
  minutes: number;
  now: Date;
}

export function queueStatus(input: QueueInput): QueueStatus {
  const bucketStart = Math.floor(input.now.getTime() / BUCKET_MS) * BUCKET_MS;
  const updatedAt = new Date(bucketStart).toISOString();
  if (!input.isOpen || input.openWindows === 0) return { waiting: 0, estimatedWaitMinutes: 0, updatedAt };
  // Sample the curve at the bucket start so the whole bucket agrees.
  const bucketMinutes = Math.floor(input.minutes / QUEUE_BUCKET_MINUTES) * QUEUE_BUCKET_MINUTES;
  const noise = 0.7 + 0.6 * unitFor(input.hallId, 'queue', String(bucketStart));
  const waiting = Math.round(
    input.openWindows * PEAK_PER_WINDOW[input.level] * crowdIntensity(bucketMinutes) * noise,
  );
  const estimatedWaitMinutes =
    waiting === 0 ? 0 : Math.ceil((waiting / input.openWindows) * SERVICE_MINUTES[input.level]);
  return { waiting, estimatedWaitMinutes, updatedAt };
}
