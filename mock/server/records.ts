/**
 * Record helpers every slice uses: a citizen's own record out of a collection, and the record's
 * view for the client (the stored record carries more than the client may see, e.g. userId).
 */

/** The record when `userId` owns it; undefined for none and for another citizen's (the two look the same). */
export function ownedBy<R extends { userId: string }>(record: R | undefined, userId: string): R | undefined {
  return record?.userId === userId ? record : undefined;
}

/**
 * The client's view of a record: every one of `fields`, in that order, then each of `optional`
 * the record has (an empty one is left out, not sent as undefined or "").
 */
export function viewOf<R extends object, K extends keyof R, O extends keyof R>(record: R, fields: readonly K[], optional: readonly O[]): Pick<R, K> & Partial<Pick<R, O>> {
  const view: Partial<R> = {};
  for (const k of fields) view[k] = record[k];
  for (const k of optional) if (record[k]) view[k] = record[k];
  return view as Pick<R, K> & Partial<Pick<R, O>>;
}
