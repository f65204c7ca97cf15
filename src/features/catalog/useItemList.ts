import { useCursorList } from '../../core/hooks/useCursorList';
import type { ItemListQuery, ItemSummary } from '../../shared/api/catalog';
import { catalogService } from './catalogService';

/** Catalog items for a query or a browse filter; best match first when searching. */
export function useItemList(query: ItemListQuery | null) {
  const fetchPage = query ? (cursor?: string) => catalogService.list({ ...query, limit: 20, cursor }) : null;
  return useCursorList<ItemSummary>(fetchPage, JSON.stringify(query));
}
