import { useCursorList } from '../../core/hooks/useCursorList';
import type { GeoPoint, NearbyHall } from '../../shared/api/halls';
import { catalogService } from './catalogService';

/** The halls near a point that handle an item, nearest first. */
export function useItemHalls(itemId: string | undefined, point: GeoPoint | null) {
  const fetchPage = itemId && point ? (cursor?: string) => catalogService.halls(itemId, point, cursor) : null;
  return useCursorList<NearbyHall>(fetchPage, JSON.stringify([itemId, point?.lat, point?.lng]));
}
