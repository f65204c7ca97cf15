import type { Payment } from '../../shared/api/applications';

/**
 * Asks the server for a payment's state until it is final (paid, failed, closed, refunded) or the
 * attempts run out: WeChat Pay's notification may reach the server a little after the citizen
 * comes back. Bounded, so a slow notification ends in "still confirming" with a way to ask
 * again, never in an endless spinner. Network failures count as attempts.
 */
export interface PollOptions {
  attempts?: number;
  /** delay before attempt n (0-based) */
  delayMs?: (n: number) => number;
  sleep?: (ms: number) => Promise<void>;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function pollPayment(read: () => Promise<Payment>, { attempts = 8, delayMs = (n) => (n === 0 ? 0 : Math.min(3000, 500 * n)), sleep = defaultSleep }: PollOptions = {}): Promise<Payment | null> {
  let last: Payment | null = null;
  let lastError: unknown;
  for (let n = 0; n < attempts; n += 1) {
    const wait = delayMs(n);
    if (wait > 0) await sleep(wait);
    try {
      last = await read();
      if (last.status !== 'pending') return last;
    } catch (e) {
      lastError = e;
    }
  }
  if (!last && lastError) throw lastError;
  return last;
}
