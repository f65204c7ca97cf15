import { readStored, writeStored } from '../../core/storage';
import { newIdempotencyKey } from './idempotencyKey';

/**
 * The Idempotency-Key of an application's payment, kept on the device: a double tap, a retry
 * after a lost response, or the app killed at the cashier all send the same key, so the server
 * answers the same payment instead of charging twice. Dropped once that payment has failed or
 * closed (the next tap is a new attempt) or been paid.
 */
interface KeptPayment {
  key: string;
  /** the payment the key made, once the server answered */
  paymentId?: string;
}

const STORE = 'yk.payments.keys';
type KeyMap = Record<string, KeptPayment>;
const isKeyMap = (x: unknown): x is KeyMap => typeof x === 'object' && x !== null && !Array.isArray(x);

const all = (): KeyMap => readStored(STORE, isKeyMap) ?? {};

export function paymentKeyFor(applicationId: string): KeptPayment {
  const kept = all()[applicationId];
  if (kept && typeof kept.key === 'string') return kept;
  const fresh = { key: newIdempotencyKey('pay') };
  writeStored(STORE, { ...all(), [applicationId]: fresh });
  return fresh;
}

export function keptPayment(applicationId: string): KeptPayment | undefined {
  return all()[applicationId];
}

export function rememberPaymentId(applicationId: string, paymentId: string): void {
  const kept = paymentKeyFor(applicationId);
  writeStored(STORE, { ...all(), [applicationId]: { ...kept, paymentId } });
}

export function forgetPaymentKey(applicationId: string): void {
  const { [applicationId]: _gone, ...rest } = all();
  writeStored(STORE, rest);
}
