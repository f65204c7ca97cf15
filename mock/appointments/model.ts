/**
 * What the appointments slice keeps: bookings (journaled, keyed by id) and the Idempotency-Keys
 * of POST /appointments (keyed by a hash of user and key, with a hash of the body they came
 * with). A restart keeps them, `world.reset()` forgets them.
 */
import { createHash, randomBytes, randomInt } from 'node:crypto';
import type { World } from '../world';

export interface AppointmentRecord {
  id: string;
  userId: string;
  /** creation order, for a stable sort under a frozen clock */
  seq: number;
  /** 8 characters of CODE_ALPHABET, unique in the world: shown as text and as a QR code */
  code: string;
  hallId: string;
  itemId: string;
  itemName: string;
  /** `YYYY-MM-DD`, `HH:mm`, Beijing */
  date: string;
  start: string;
  end: string;
  status: 'booked' | 'cancelled';
  createdAt: string;
  cancelledAt?: string;
  applicationId?: string;
}

export interface AppointmentKeyRecord {
  userId: string;
  bodyHash: string;
  appointmentId: string;
}

export function appointmentCollections(world: World) {
  return {
    appointments: world.collection<AppointmentRecord>('appointments'),
    keys: world.collection<AppointmentKeyRecord>('appointments-idempotency'),
  };
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function newId(prefix: string): string {
  return `${prefix}_${randomBytes(12).toString('base64url')}`;
}

/** No 0/O, 1/I/L: read aloud or typed at the window without doubt. */
export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const CODE_LENGTH = 8;

export function newCode(taken: (code: string) => boolean): string {
  for (;;) {
    let code = '';
    for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(0, CODE_ALPHABET.length)];
    if (!taken(code)) return code;
  }
}
