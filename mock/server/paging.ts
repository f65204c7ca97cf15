/**
 * Paging inside the mock: stores answer one offset page; routes turn it into the contract's
 * `Page`/`CountedPage` (opaque cursor) here and nowhere else.
 */
import type { CountedPage, Page } from '../../src/shared/api/page';
import { encodeCursor } from './cursor';

export const DEFAULT_LIMIT = 20;

/** Which rows a store is asked for: `offset` comes from a decoded cursor. */
export interface OffsetRange {
  offset: number;
  limit: number;
}

/** A store's page: `total` where the store counts the whole result. */
export interface OffsetPage<T> {
  items: T[];
  total?: number;
  /** offset of the next page, or null at the end */
  nextOffset: number | null;
}

export interface CountedOffsetPage<T> extends OffsetPage<T> {
  total: number;
}

/** The range of a parsed query: a decoded `cursor` (offset) and `limit`, with defaults. */
export function rangeOf(query: { cursor?: number; limit?: number }): OffsetRange {
  return { offset: query.cursor ?? 0, limit: query.limit ?? DEFAULT_LIMIT };
}

/** Rows [offset, offset + limit) of a fully computed result, counted. */
export function slicePage<T, R = T>(rows: readonly T[], range: OffsetRange, map: (row: T) => R): CountedOffsetPage<R> {
  const end = range.offset + range.limit;
  return { total: rows.length, items: rows.slice(range.offset, end).map(map), nextOffset: rows.length > end ? end : null };
}

/** The one conversion from a store's offset page to the API's cursor page. */
export function toApiPage<T>(page: CountedOffsetPage<T>): CountedPage<T>;
export function toApiPage<T>(page: OffsetPage<T>): Page<T>;
export function toApiPage<T>(page: OffsetPage<T>): Page<T> {
  const nextCursor = page.nextOffset === null ? null : encodeCursor(page.nextOffset);
  return page.total === undefined ? { items: page.items, nextCursor } : { total: page.total, items: page.items, nextCursor };
}
