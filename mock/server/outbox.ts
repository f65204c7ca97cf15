/**
 * The dev outbox: messages the mock would have sent (SMS codes, subscribe messages, the official
 * account's template messages, notice SMS),
 * kept in a journaled collection so a reviewer can read the code at `GET /api/dev/outbox`.
 * Recipients are stored masked: the outbox is a dev view, not a second copy of personal data.
 */
import { randomBytes } from 'node:crypto';
import type { OutboxChannel, OutboxMessage } from '../../src/shared/api/dev';
import type { World } from '../world';

const OUTBOX = 'dev-outbox';
/** What the dev endpoint shows (and keeps): the newest this many. */
export const OUTBOX_LIMIT = 50;

interface StoredMessage extends OutboxMessage {
  /** order of appending, since a frozen clock gives many messages the same `at` */
  seq: number;
}

export type OutboxInput = Omit<OutboxMessage, 'id' | 'at'> & { channel: OutboxChannel };

export function appendToOutbox(world: World, message: OutboxInput, now: Date): OutboxMessage {
  const outbox = world.collection<StoredMessage>(OUTBOX);
  const stored = outbox.values();
  const seq = stored.reduce((max, m) => Math.max(max, m.seq), 0) + 1;
  const entry: StoredMessage = { id: `msg_${randomBytes(9).toString('base64url')}`, at: now.toISOString(), ...message, seq };
  outbox.put(entry.id, entry);
  // Keep the outbox bounded: the oldest go once it is full.
  if (stored.length + 1 > OUTBOX_LIMIT) {
    for (const old of stored.sort((a, b) => a.seq - b.seq).slice(0, stored.length + 1 - OUTBOX_LIMIT)) outbox.delete(old.id);
  }
  return publicMessage(entry);
}

/** Newest first. */
export function readOutbox(world: World): OutboxMessage[] {
  return world
    .collection<StoredMessage>(OUTBOX)
    .values()
    .sort((a, b) => b.seq - a.seq)
    .slice(0, OUTBOX_LIMIT)
    .map(publicMessage);
}

function publicMessage({ seq: _seq, ...message }: StoredMessage): OutboxMessage {
  return message;
}
