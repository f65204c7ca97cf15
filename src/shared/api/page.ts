/**
 * The one page shape of every list endpoint. Cursors are opaque strings made by the server;
 * `total` is present where the server counts the whole result (catalog lists, hall lists).
 */
export interface Page<T> {
  items: T[];
  /** opaque; null when there is nothing more */
  nextCursor: string | null;
  total?: number;
}

/** A page whose total is always counted. */
export interface CountedPage<T> extends Page<T> {
  total: number;
}

/** The paging parameters every list endpoint takes. */
export interface PageQuery {
  limit?: number;
  cursor?: string;
}
