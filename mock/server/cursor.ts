/**
 * Opaque page cursors: base64url of `o:<offset>`. Clients must treat them as opaque; the
 * prefix lets us reject arbitrary strings instead of silently restarting at page one.
 */
const MAX_OFFSET = 1_000_000;

export function encodeCursor(offset: number): string {
  return Buffer.from(`o:${offset}`, 'utf8').toString('base64url');
}

/** The offset, or null if the cursor was not produced by encodeCursor. */
export function decodeCursor(cursor: string): number | null {
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(cursor)) return null;
  const match = /^o:(0|[1-9]\d{0,6})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) return null;
  const offset = Number(match[1]);
  return offset <= MAX_OFFSET ? offset : null;
}
