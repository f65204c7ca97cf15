import { apiGet } from '../../core/http/client';
import type {
  DivisionListResponse,
  HallDetail,
  HallListQuery,
  HallListResponse,
  NearbyHallsQuery,
  NearbyHallsResponse,
} from '../../shared/api/halls';

/** Typed calls for halls and divisions; the only place that knows these routes. */
export const hallsService = {
  nearby(query: NearbyHallsQuery): Promise<NearbyHallsResponse> {
    return apiGet<NearbyHallsResponse>('/halls/nearby', {
      lat: query.lat.toFixed(6),
      lng: query.lng.toFixed(6),
      level: query.level,
      openNow: query.openNow ? 'true' : undefined,
      limit: query.limit,
      cursor: query.cursor,
    });
  },
  get(id: string): Promise<HallDetail> {
    return apiGet<HallDetail>(`/halls/${encodeURIComponent(id)}`);
  },
  list(query: HallListQuery): Promise<HallListResponse> {
    return apiGet<HallListResponse>('/halls', { ...query });
  },
  divisions(parent?: string): Promise<DivisionListResponse> {
    return apiGet<DivisionListResponse>('/divisions', { parent });
  },
};
