import type { GeoPoint } from '../../shared/api/halls';

/** Why no position: each leads to a different next step in the UI. */
export type LocationFailure = 'denied' | 'unavailable' | 'timeout' | 'unsupported';

export type LocationResult = { ok: true; point: GeoPoint } | { ok: false; reason: LocationFailure };

/** A spot the citizen picked on a map, in GCJ-02. */
export interface MapChoice extends GeoPoint {
  name: string;
}

/**
 * Where the citizen is. location.weapp.ts and location.h5.ts each export one `geolocation` of
 * this type, so the two sides cannot drift apart without `tsc` saying so.
 */
export interface LocationApi {
  /** The position in GCJ-02. Never throws: the reason decides what the UI offers next. */
  getCurrentLocation(): Promise<LocationResult>;
  /** True where the platform has a system map picker. */
  readonly canChooseOnMap: boolean;
  /** null when the citizen cancels, or where there is no picker */
  chooseOnMap(): Promise<MapChoice | null>;
  /** True where a refused permission can be granted again from a settings page the app opens. */
  readonly canOpenSettings: boolean;
  /** Resolves whether the permission is granted on return. */
  openLocationSettings(): Promise<boolean>;
}
