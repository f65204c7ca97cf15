import Taro from '@tarojs/taro';
import type { LocationResult } from './location.types';

export type { LocationResult } from './location.types';

/** True where the platform has a system map picker (WeChat's chooseLocation). */
export const canChooseOnMap = true;

/** Asks WeChat for the position in GCJ-02. Never throws: the reason decides what the UI offers next. */
export async function getCurrentLocation(): Promise<LocationResult> {
  try {
    const res = await Taro.getLocation({ type: 'gcj02', isHighAccuracy: true, highAccuracyExpireTime: 4000 });
    return { ok: true, point: { lat: res.latitude, lng: res.longitude } };
  } catch (e) {
    const msg = (e as { errMsg?: string })?.errMsg ?? '';
    if (/auth|deny|denied|privacy/i.test(msg) && !/system permission/i.test(msg)) return { ok: false, reason: 'denied' };
    if (/timeout/i.test(msg)) return { ok: false, reason: 'timeout' };
    return { ok: false, reason: 'unavailable' };
  }
}

/** Lets the citizen pick a spot on WeChat's map; null when they cancel. */
export async function chooseOnMap(): Promise<{ lat: number; lng: number; name: string } | null> {
  try {
    const res = await Taro.chooseLocation({});
    return { lat: res.latitude, lng: res.longitude, name: res.name || res.address || '地图选点' };
  } catch {
    return null;
  }
}

/** After a refusal, WeChat only asks again from its settings page. */
export async function openLocationSettings(): Promise<boolean> {
  try {
    const res = await Taro.openSetting({});
    return Boolean(res.authSetting['scope.userLocation']);
  } catch {
    return false;
  }
}
export const canOpenSettings = true;
