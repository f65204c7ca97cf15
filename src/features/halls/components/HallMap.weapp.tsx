import { Map } from '@tarojs/components';
import { useMemo } from 'react';
import type { HallMapProps } from './HallMap.types';

/** Copied into the package by config/index.ts: WeChat's map wants a package path, not a data URI. */
const MARKER_ICON = '/assets/marker.png';

/** The native WeChat map: a marker per hall shown in the list; tapping one selects its card. */
export function HallMap({ center, halls, onSelect }: HallMapProps) {
  const markers = useMemo(
    () =>
      halls.map((h, i) => ({
        id: i,
        latitude: h.location.lat,
        longitude: h.location.lng,
        title: h.name,
        iconPath: MARKER_ICON,
        width: 24,
        height: 30,
        callout: { content: `${i + 1}. ${h.name}`, display: 'BYCLICK' as const, padding: 6, borderRadius: 6, fontSize: 13, color: '#1f2329', bgColor: '#ffffff' },
      })),
    [halls],
  );
  const includePoints = useMemo(
    () => [{ latitude: center.lat, longitude: center.lng }, ...halls.slice(0, 10).map((h) => ({ latitude: h.location.lat, longitude: h.location.lng }))],
    [center, halls],
  );
  return (
    <Map
      id="hall-map"
      className="yk-hall-map"
      style={{ width: '100%', height: '60vh' }}
      latitude={center.lat}
      longitude={center.lng}
      scale={13}
      showLocation
      markers={markers as never}
      includePoints={includePoints}
      onMarkerTap={(e) => {
        const hall = halls[Number(e.detail.markerId)];
        if (hall) onSelect(hall);
      }}
      onCalloutTap={(e) => {
        const hall = halls[Number((e.detail as { markerId?: number }).markerId)];
        if (hall) onSelect(hall);
      }}
      onError={() => undefined}
    />
  );
}
