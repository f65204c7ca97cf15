import Taro from '@tarojs/taro';
import type { LocationApi } from './location.types';

export type { LocationApi, LocationFailure, LocationResult, MapChoice } from './location.types';

export const geolocation: LocationApi = {
  /** Asks WeChat for the position in GCJ-02. */
  async getCurrentLocation() {
    try {
      const res = await Taro.getLocation({ type: 'gcj02', isHighAccuracy: true, highAccuracyExpireTime: 4000 });
      return { ok: true, point: { lat: res.latitude, lng: res.longitude } };
    } catch (e) {
      const msg = (e as { errMsg?: string })?.errMsg ?? '';
      if (/auth|deny|denied|privacy/i.test(msg) && !/system permission/i.test(msg)) return { ok: false, reason: 'denied' };
      if (/timeout/i.test(msg)) return { ok: false, reason: 'timeout' };
      return { ok: false, reason: 'unavailable' };
    }
  },

  /** WeChat's chooseLocation. */
  canChooseOnMap: true,
  async chooseOnMap() {
    try {
      const res = await Taro.chooseLocation({});
      return { lat: res.latitude, lng: res.longitude, name: res.name || res.address || '地图选点' };
    } catch {
      return null;
    }
  },

  /** After a refusal, WeChat only asks again from its settings page. */
  canOpenSettings: true,
  async openLocationSettings() {
    try {
      const res = await Taro.openSetting({});
      return Boolean(res.authSetting['scope.userLocation']);
    } catch {
      return false;
    }
  },
};
