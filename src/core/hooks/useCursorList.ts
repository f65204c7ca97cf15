import { useCallback, useEffect, useRef, useState } from 'react';
import type { Page } from '../../shared/api/page';

export interface CursorListState<T> {
  /** first page: what the list area shows */
  status: 'idle' | 'loading' | 'error' | 'success';
  items: T[];
  /** when the server counts (catalog lists) */
  total?: number;
  error?: unknown;
  hasMore: boolean;
  /** next pages, shown at the list's foot so the rows above stay */
  more: 'idle' | 'loading' | 'error';
  moreError?: unknown;
  refreshing: boolean;
  /** a pull-to-refresh that failed: the old rows stay, with this said above them */
  refreshError?: unknown;
}

function idleState<T>(): CursorListState<T> {
  return { status: 'idle', items: [], hasMore: false, more: 'idle', refreshing: false };
}

/**
 * A cursor-paged list: first page, next pages as the citizen scrolls, pull-to-refresh.
 * A new `key` (the query, serialised) starts over, and answers to superseded requests are
 * dropped so a slow old page never lands on a new list. `fetchPage` null means "nothing to
 * ask yet" (e.g. no place chosen).
 */
export function useCursorList<T>(fetchPage: ((cursor?: string) => Promise<Page<T>>) | null, key: string) {
  const [state, setState] = useState<CursorListState<T>>(idleState);
  const cursor = useRef<string | null>(null);
  const generation = useRef(0);
  // The latest fetcher, so callbacks keyed on `key` alone never call a stale one.
  const fetcher = useRef(fetchPage);
  fetcher.current = fetchPage;
  const enabled = fetchPage !== null;

  const loadFirst = useCallback(
    async (mode: 'load' | 'refresh') => {
      const fetch = fetcher.current;
      if (!fetch) return;
      const mine = ++generation.current;
      setState((s): CursorListState<T> => (mode === 'refresh' && s.status === 'success' ? { ...s, refreshing: true } : { ...idleState<T>(), status: 'loading' }));
      try {
        const page = await fetch();
        if (mine !== generation.current) return;
        cursor.current = page.nextCursor;
        setState({ status: 'success', items: page.items, total: page.total, hasMore: page.nextCursor !== null, more: 'idle', refreshing: false });
      } catch (error) {
        if (mine !== generation.current) return;
        setState((s): CursorListState<T> =>
          mode === 'refresh' && s.status === 'success' ? { ...s, refreshing: false, refreshError: error } : { ...idleState<T>(), status: 'error', error },
        );
      }
    },
    // deliberately keyed on `key` alone: the fetcher is read from a ref, always the latest
    [key],
  );

  useEffect(() => {
    if (!enabled) {
      generation.current += 1;
      setState(idleState<T>());
      return;
    }
    void loadFirst('load');
  }, [loadFirst, enabled]);

  const loadMore = useCallback(async () => {
    const fetch = fetcher.current;
    const next = cursor.current;
    if (!fetch || !next || state.status !== 'success' || state.more === 'loading') return;
    const mine = generation.current;
    setState((s) => ({ ...s, more: 'loading' }));
    try {
      const page = await fetch(next);
      if (mine !== generation.current) return;
      cursor.current = page.nextCursor;
      setState((s) => ({ ...s, items: [...s.items, ...page.items], hasMore: page.nextCursor !== null, more: 'idle' }));
    } catch (moreError) {
      if (mine !== generation.current) return;
      setState((s) => ({ ...s, more: 'error', moreError }));
    }
  }, [state.status, state.more]);

  const reload = useCallback(() => loadFirst('load'), [loadFirst]);
  /** Resolves when the refresh ends, so the pull-down indicator can stop; never rejects. */
  const refresh = useCallback(() => loadFirst('refresh'), [loadFirst]);

  return { ...state, loadMore, reload, refresh };
}

export type CursorList<T> = ReturnType<typeof useCursorList<T>>;
