import { useCallback, useEffect, useRef, useState } from 'react';
import type { GeoPoint, HallLevel, NearbyHall } from '../../shared/api/halls';
import { hallsService } from './hallsService';

export interface NearbyFilters {
  level?: HallLevel;
  openNow: boolean;
}

export interface NearbyState {
  /** first page: what the list area shows */
  status: 'idle' | 'loading' | 'error' | 'success';
  items: NearbyHall[];
  error?: unknown;
  hasMore: boolean;
  /** next pages, shown at the list's foot so the rows above stay */
  more: 'idle' | 'loading' | 'error';
  moreError?: unknown;
  refreshing: boolean;
  /** a pull-to-refresh that failed: the old rows stay, with this said above them */
  refreshError?: unknown;
}

const PAGE_SIZE = 20;

const initial: NearbyState = { status: 'idle', items: [], hasMore: false, more: 'idle', refreshing: false };

/**
 * The nearby list for a point and filters: first page, next pages as the citizen scrolls,
 * pull-to-refresh. A change of point or filters starts over, and answers to superseded
 * requests are dropped so a slow old page never lands on a new list.
 */
export function useNearbyHalls(point: GeoPoint | null, filters: NearbyFilters) {
  const [state, setState] = useState<NearbyState>(initial);
  const cursor = useRef<string | null>(null);
  const generation = useRef(0);
  const lat = point?.lat;
  const lng = point?.lng;

  const loadFirst = useCallback(
    async (mode: 'load' | 'refresh') => {
      if (lat === undefined || lng === undefined) return;
      const mine = ++generation.current;
      setState((s) =>
        mode === 'refresh' && s.status === 'success'
          ? { ...s, refreshing: true }
          : { ...initial, status: 'loading' },
      );
      try {
        const page = await hallsService.nearby({ lat, lng, level: filters.level, openNow: filters.openNow, limit: PAGE_SIZE });
        if (mine !== generation.current) return;
        cursor.current = page.nextCursor;
        setState({ status: 'success', items: page.items, hasMore: page.nextCursor !== null, more: 'idle', refreshing: false });
      } catch (error) {
        if (mine !== generation.current) return;
        setState((s) =>
          mode === 'refresh' && s.status === 'success'
            ? { ...s, refreshing: false, refreshError: error }
            : { ...initial, status: 'error', error },
        );
      }
    },
    [lat, lng, filters.level, filters.openNow],
  );

  useEffect(() => {
    if (lat === undefined) {
      setState(initial);
      return;
    }
    void loadFirst('load');
  }, [loadFirst, lat]);

  const loadMore = useCallback(async () => {
    if (lat === undefined || lng === undefined) return;
    const next = cursor.current;
    if (!next || state.status !== 'success' || state.more === 'loading') return;
    const mine = generation.current;
    setState((s) => ({ ...s, more: 'loading' }));
    try {
      const page = await hallsService.nearby({ lat, lng, level: filters.level, openNow: filters.openNow, limit: PAGE_SIZE, cursor: next });
      if (mine !== generation.current) return;
      cursor.current = page.nextCursor;
      setState((s) => ({ ...s, items: [...s.items, ...page.items], hasMore: page.nextCursor !== null, more: 'idle' }));
    } catch (moreError) {
      if (mine !== generation.current) return;
      setState((s) => ({ ...s, more: 'error', moreError }));
    }
  }, [lat, lng, filters.level, filters.openNow, state.status, state.more]);

  const reload = useCallback(() => loadFirst('load'), [loadFirst]);
  /** Resolves when the refresh ends, so the pull-down indicator can stop; never rejects. */
  const refresh = useCallback(() => loadFirst('refresh'), [loadFirst]);

  return { ...state, loadMore, reload, refresh };
}
