import { useCallback, useState } from 'react';
import { readStored, writeStored } from '../../core/storage';
import type { ItemSummary } from '../../shared/api/catalog';

/**
 * Lists kept on the device only: recent searches and favourite items. Nothing personal leaves
 * the phone, and both survive the app being killed.
 */

const RECENT_KEY = 'catalog.recentSearches';
const FAVOURITES_KEY = 'catalog.favourites';
const RECENT_MAX = 10;

const isStringList = (x: unknown): x is string[] => Array.isArray(x) && x.every((s) => typeof s === 'string');

/** What a favourite keeps of an item: enough to list it without asking the server. */
export type FavouriteItem = Pick<ItemSummary, 'id' | 'name' | 'department'>;
const isFavourites = (x: unknown): x is FavouriteItem[] =>
  Array.isArray(x) && x.every((f) => typeof f?.id === 'string' && typeof f?.name === 'string' && typeof f?.department === 'string');

export function useRecentSearches() {
  const [recent, setRecent] = useState<string[]>(() => readStored(RECENT_KEY, isStringList) ?? []);
  const remember = useCallback((q: string) => {
    const text = q.trim();
    if (!text) return;
    setRecent((list) => {
      const next = [text, ...list.filter((x) => x !== text)].slice(0, RECENT_MAX);
      writeStored(RECENT_KEY, next);
      return next;
    });
  }, []);
  const clear = useCallback(() => {
    writeStored(RECENT_KEY, []);
    setRecent([]);
  }, []);
  return { recent, remember, clear };
}

export function useFavourites() {
  const [favourites, setFavourites] = useState<FavouriteItem[]>(() => readStored(FAVOURITES_KEY, isFavourites) ?? []);
  const toggle = useCallback((item: FavouriteItem) => {
    setFavourites((list) => {
      const next = list.some((f) => f.id === item.id) ? list.filter((f) => f.id !== item.id) : [item, ...list];
      writeStored(FAVOURITES_KEY, next);
      return next;
    });
  }, []);
  const isFavourite = useCallback((id: string) => favourites.some((f) => f.id === id), [favourites]);
  /** Re-read after another page changed the list (tab pages stay mounted). */
  const reload = useCallback(() => setFavourites(readStored(FAVOURITES_KEY, isFavourites) ?? []), []);
  return { favourites, toggle, isFavourite, reload };
}
