import type { GeoPoint } from '../../shared/api/halls';

/** Why no position: each leads to a different next step in the UI. */
export type LocationFailure = 'denied' | 'unavailable' | 'timeout' | 'unsupported';

export type LocationResult = { ok: true; point: GeoPoint } | { ok: false; reason: LocationFailure };
