import { useEffect, useState } from 'react';
import type { ItemSuggestion } from '../../shared/api/catalog';
import { catalogService } from './catalogService';

const DEBOUNCE_MS = 150;

/**
 * Suggestions as the citizen types: asked after a short pause, the answer to an older prefix
 * dropped, and a failure simply shows none (typing must never be interrupted by an error).
 */
export function useSuggestions(q: string, near?: string): ItemSuggestion[] {
  const [items, setItems] = useState<ItemSuggestion[]>([]);
  useEffect(() => {
    const text = q.trim();
    if (!text) {
      setItems([]);
      return;
    }
    let live = true;
    const timer = setTimeout(() => {
      catalogService.suggest(text, near).then(
        (res) => live && setItems(res.items),
        () => live && setItems([]),
      );
    }, DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [q, near]);
  return items;
}
