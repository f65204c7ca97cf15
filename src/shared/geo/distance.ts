/**
 * Great-circle distance, shared by the app (distance labels) and the mock server (nearby API).
 * Pure: no Taro, Node or runtime imports.
 */
import type { GeoPoint } from '../api/halls';

/** Mean Earth radius in metres (IUGG), the usual choice for haversine. */
export const EARTH_RADIUS_METERS = 6_371_008.8;

const RAD = Math.PI / 180;

/**
 * Haversine distance in metres. GCJ-02 is a small offset of WGS-84, so treating it as a sphere
 * gives errors far below what a "1.2 km away" label shows.
 */
export function distanceMeters(a: GeoPoint, b: GeoPoint): number {
  const dLat = (b.lat - a.lat) * RAD;
  const dLng = (b.lng - a.lng) * RAD;
  const sinLat = Math.sin(dLat / 2);
  const sinLng = Math.sin(dLng / 2);
  const h = sinLat * sinLat + Math.cos(a.lat * RAD) * Math.cos(b.lat * RAD) * sinLng * sinLng;
  // min() guards against h drifting just above 1 through rounding for antipodal points.
  return 2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(h)));
}
