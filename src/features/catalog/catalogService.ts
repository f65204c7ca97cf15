import { apiGet } from '../../core/http/client';
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

/** Typed calls for the service catalog; the only place that knows these routes. */
export const catalogService = {
  list(query: ItemListQuery): Promise<ItemListResponse> {
    return apiGet<ItemListResponse>('/items', { ...query });
  },
  suggest(q: string, near?: string): Promise<{ items: ItemSuggestion[] }> {
    return apiGet<{ items: ItemSuggestion[] }>('/items/suggest', { q, near }, { retries: 0, timeout: 5000 });
  },
  guide(id: string): Promise<Guide> {
    return apiGet<Guide>(`/items/${encodeURIComponent(id)}`);
  },
  halls(id: string, point: GeoPoint, cursor?: string): Promise<ItemHallsResponse> {
    return apiGet<ItemHallsResponse>(`/items/${encodeURIComponent(id)}/halls/nearby`, {
      lat: point.lat.toFixed(6),
      lng: point.lng.toFixed(6),
      limit: 5,
      cursor,
    });
  },
  hallItems(hallId: string, q?: string, cursor?: string): Promise<ItemListResponse> {
    return apiGet<ItemListResponse>(`/halls/${encodeURIComponent(hallId)}/items`, { q, cursor, limit: 10 });
  },
  themes(): Promise<ThemeGroup[]> {
    return apiGet<ThemeGroup[]>('/catalog/themes');
  },
  departments(): Promise<DepartmentEntry[]> {
    return apiGet<DepartmentEntry[]>('/catalog/departments');
  },
  lifeEvents(): Promise<LifeEventSummary[]> {
    return apiGet<LifeEventSummary[]>('/life-events');
  },
  lifeEvent(id: string): Promise<LifeEvent> {
    return apiGet<LifeEvent>(`/life-events/${encodeURIComponent(id)}`);
  },
};
