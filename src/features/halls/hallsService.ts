import { call } from '../../core/http/client';
import type { DivisionListResponse, HallDetail, HallListQuery, HallListResponse, NearbyHallsQuery, NearbyHallsResponse } from '../../shared/api/halls';

/** Typed calls for halls and divisions, keyed by the contract's endpoint table (HallsApi). */
export const hallsService = {
  nearby(query: NearbyHallsQuery): Promise<NearbyHallsResponse> {
    return call('GET /halls/nearby', {
      query: { ...query, lat: Number(query.lat.toFixed(6)), lng: Number(query.lng.toFixed(6)), openNow: query.openNow || undefined },
    });
  },
  get(id: string): Promise<HallDetail> {
    return call('GET /halls/:id', { params: { id } });
  },
  list(query: HallListQuery): Promise<HallListResponse> {
    return call('GET /halls', { query });
  },
  divisions(parent?: string): Promise<DivisionListResponse> {
    return call('GET /divisions', { query: { parent } });
  },
};
