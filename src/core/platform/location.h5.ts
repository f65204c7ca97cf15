import type { LocationApi, LocationResult } from './location.types';

export type { LocationApi, LocationFailure, LocationResult, MapChoice } from './location.types';

export const geolocation: LocationApi = {
  /**
   * The browser's Geolocation API reports WGS-84; the halls (and every Chinese map) use GCJ-02,
   * off by several hundred metres in Chongqing, so the point is converted before it is used.
   */
  getCurrentLocation() {
    const geo = typeof navigator !== 'undefined' ? navigator.geolocation : undefined;
    if (!geo) return Promise.resolve({ ok: false, reason: 'unsupported' });
    // gcoord is loaded only when a position is asked for: the first screen does not need it.
    const converter = import('gcoord');
    return new Promise<LocationResult>((resolve) => {
      geo.getCurrentPosition(
        async (pos) => {
          try {
            const { default: gcoord } = await converter;
            const [lng, lat] = gcoord.transform([pos.coords.longitude, pos.coords.latitude], gcoord.WGS84, gcoord.GCJ02);
            resolve({ ok: true, point: { lat, lng } });
          } catch {
            // the converter chunk could not load (offline): no position is better than a wrong one
            resolve({ ok: false, reason: 'unavailable' });
          }
        },
        (err) => {
          const reason = err.code === 1 ? 'denied' : err.code === 3 ? 'timeout' : 'unavailable';
          resolve({ ok: false, reason });
        },
        { enableHighAccuracy: true, timeout: 10_000, maximumAge: 60_000 },
      );
    });
  },

  /** Browsers have no offline map picker; H5 offers choosing a division instead. */
  canChooseOnMap: false,
  async chooseOnMap() {
    return null;
  },

  /** Browsers ask again from the address bar, not from a page. */
  canOpenSettings: false,
  async openLocationSettings() {
    return false;
  },
};
