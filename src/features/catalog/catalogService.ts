import { call } from '../../core/http/client';
import type {
  DepartmentEntry,
  Guide,
  ItemHallsResponse,
  ItemListQuery,
  ItemListResponse,
  ItemSuggestion,
  LifeEvent,
  LifeEventSummary,
  ThemeGroup,
} from '../../shared/api/catalog';
import type { GeoPoint } from '../../shared/api/halls';

/** Typed calls for the service catalog, keyed by the contract's endpoint table (CatalogApi). */
export const catalogService = {
  list(query: ItemListQuery): Promise<ItemListResponse> {
    return call('GET /items', { query });
  },
  suggest(q: string, near?: string): Promise<{ items: ItemSuggestion[] }> {
    return call('GET /items/suggest', { query: { q, near } }, { retries: 0, timeout: 5000 });
  },
  guide(id: string): Promise<Guide> {
    return call('GET /items/:id', { params: { id } });
  },
  halls(id: string, point: GeoPoint, cursor?: string): Promise<ItemHallsResponse> {
    return call('GET /items/:id/halls/nearby', {
      params: { id },
      query: { lat: Number(point.lat.toFixed(6)), lng: Number(point.lng.toFixed(6)), limit: 5, cursor },
    });
  },
  hallItems(hallId: string, q?: string, cursor?: string): Promise<ItemListResponse> {
    return call('GET /halls/:id/items', { params: { id: hallId }, query: { q, cursor, limit: 10 } });
  },
  themes(): Promise<ThemeGroup[]> {
    return call('GET /catalog/themes', { query: {} });
  },
  departments(): Promise<DepartmentEntry[]> {
    return call('GET /catalog/departments', { query: {} });
  },
  lifeEvents(): Promise<LifeEventSummary[]> {
    return call('GET /life-events');
  },
  lifeEvent(id: string): Promise<LifeEvent> {
    return call('GET /life-events/:id', { params: { id } });
  },
};
