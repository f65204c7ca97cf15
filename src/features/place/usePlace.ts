import { useCallback, useEffect, useState } from 'react';
import { geolocation, type LocationFailure } from '../../core/platform/location';
import type { GeoPoint } from '../../shared/api/halls';
import { hallsService } from '../halls/hallsService';
import { currentPlace, rememberedPlace, setPlace, subscribePlace, type Place } from './placeStore';

/**
 * Where the nearby search is centred, and how the citizen gets there: their position once they
 * agree after reading why, or a place they chose. A place remembered from last time is used at
 * once so a returning citizen sees halls without being asked again.
 */
export function usePlace() {
  const [place, setLocal] = useState<Place | null>(() => currentPlace() ?? rememberedPlace());
  const [locating, setLocating] = useState(false);
  const [failure, setFailure] = useState<LocationFailure | null>(null);

  useEffect(
    () =>
      subscribePlace((next) => {
        setLocal(next);
        // a place chosen by hand answers an earlier location failure: stop showing it
        setFailure(null);
      }),
    [],
  );

  const locate = useCallback(async () => {
    setLocating(true);
    setFailure(null);
    try {
      const result = await geolocation.getCurrentLocation();
      if (result.ok) {
        setPlace({ kind: 'gps', label: '我的位置', point: result.point });
        void resolveDivision(result.point);
      } else {
        setFailure(result.reason);
      }
    } finally {
      setLocating(false);
    }
  }, []);

  return { place, locating, failure, locate, choose: setPlace };
}

/**
 * Which village or community a position lies in, taken from the nearest village hall: the
 * catalog then shows the citizen's own district's and township's instance of each item.
 * Best effort: without it the list still works, only less local.
 */
async function resolveDivision(point: GeoPoint): Promise<void> {
  try {
    const { items } = await hallsService.nearby({ lat: point.lat, lng: point.lng, level: 'village', limit: 1 });
    const code = items[0]?.divisions.village;
    const place = currentPlace();
    if (code && place?.kind === 'gps' && place.point === point) {
      setPlace({ ...place, divisionCode: code, label: `我的位置（${items[0].divisionPath}附近）` });
    }
  } catch {
    // keep the place without a division
  }
}

export const FAILURE_MESSAGE: Record<LocationFailure, string> = {
  denied: '您没有授权使用位置，可以手动选择地点查找附近大厅。',
  unavailable: '暂时无法获取您的位置（可能未开启定位服务），请手动选择地点。',
  timeout: '获取位置超时，请重试或手动选择地点。',
  unsupported: '当前浏览器不支持定位，请手动选择地点。',
};
