import { useCursorList } from '../../core/hooks/useCursorList';
import type { GeoPoint, NearbyHall, NearbyHallsQuery } from '../../shared/api/halls';
import { hallsService } from './hallsService';

/** The nearby query's filters, as the screen holds them: open-now is always on or off. */
export type NearbyFilters = Pick<NearbyHallsQuery, 'level'> & Required<Pick<NearbyHallsQuery, 'openNow'>>;

const PAGE_SIZE = 20;

/** The nearby list for a point and filters; a new point or filter starts over. */
export function useNearbyHalls(point: GeoPoint | null, filters: NearbyFilters) {
  const fetchPage = point
    ? (cursor?: string) => hallsService.nearby({ lat: point.lat, lng: point.lng, level: filters.level, openNow: filters.openNow, limit: PAGE_SIZE, cursor })
    : null;
  return useCursorList<NearbyHall>(fetchPage, JSON.stringify([point?.lat, point?.lng, filters.level, filters.openNow]));
}
