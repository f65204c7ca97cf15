import { Text, View } from '@tarojs/components';
import { useMemo } from 'react';
import { describeDistance, formatDistance } from '../../../shared/format/hall';
import type { HallMapProps } from './HallMap.types';
import './HallMap.scss';

/**
 * Taro has no map on H5 and the app must work offline, so this draws a schematic instead: the
 * citizen at the centre, each hall at its true bearing and to scale, with distance rings. No
 * tiles, no key, no network. Every marker is a keyboard-reachable button with a spoken label.
 */
const SIZE = 320;
const PAD = 28;
const M_PER_DEG_LAT = 110_540;

const MARKER_GAP = 24;

/**
 * Villages cluster: markers at their true spots would sit on top of each other and could not be
 * told apart or tapped. Push overlapping markers apart a little (a few relaxation passes), so
 * every number stays readable and every marker a separate target.
 */
export function spreadMarkers(points: Array<{ x: number; y: number }>, gap = MARKER_GAP, size = SIZE): Array<{ x: number; y: number }> {
  const out = points.map((p) => ({ ...p }));
  for (let pass = 0; pass < 30; pass += 1) {
    let moved = false;
    for (let i = 0; i < out.length; i += 1) {
      for (let j = i + 1; j < out.length; j += 1) {
        let dx = out[j].x - out[i].x;
        let dy = out[j].y - out[i].y;
        let d = Math.hypot(dx, dy);
        if (d >= gap) continue;
        if (d < 0.01) {
          // identical spots: separate along a fixed per-pair angle so the result is stable
          const angle = (j * 2.399963) % (2 * Math.PI);
          dx = Math.cos(angle);
          dy = Math.sin(angle);
          d = 1;
        }
        // point 0 is the citizen's own spot: it never moves, the other marker takes the whole push
        const pushI = i === 0 ? 0 : (gap - d) / 2;
        const pushJ = i === 0 ? gap - d : (gap - d) / 2;
        out[i].x -= (dx / d) * pushI;
        out[i].y -= (dy / d) * pushI;
        out[j].x += (dx / d) * pushJ;
        out[j].y += (dy / d) * pushJ;
        moved = true;
      }
    }
    for (const p of out.slice(1)) {
      p.x = Math.min(size - 12, Math.max(12, p.x));
      p.y = Math.min(size - 12, Math.max(12, p.y));
    }
    if (!moved) break;
  }
  return out;
}

function niceRing(maxMeters: number): number {
  const steps = [100, 200, 500, 1000, 2000, 5000, 10_000, 20_000, 50_000, 100_000, 200_000];
  return steps.find((s) => s * 2 >= maxMeters / 1.0) ?? 200_000;
}

export function HallMap({ center, halls, selectedId, onSelect }: HallMapProps) {
  const layout = useMemo(() => {
    const mPerDegLng = 111_320 * Math.cos((center.lat * Math.PI) / 180);
    const pts = halls.map((h) => ({
      hall: h,
      dx: (h.location.lng - center.lng) * mPerDegLng,
      dy: (h.location.lat - center.lat) * M_PER_DEG_LAT,
    }));
    const maxMeters = Math.max(50, ...pts.map((p) => Math.hypot(p.dx, p.dy)));
    const scale = (SIZE / 2 - PAD) / maxMeters;
    const ring = niceRing(maxMeters);
    const rings = [ring, ring * 2].filter((r) => r <= maxMeters * 1.05 || r === ring);
    // The citizen's own spot (index 0) takes part so no marker hides it.
    const spread = spreadMarkers([{ x: SIZE / 2, y: SIZE / 2 }, ...pts.map((p) => ({ x: SIZE / 2 + p.dx * scale, y: SIZE / 2 - p.dy * scale }))]);
    return {
      points: pts.map((p, i) => ({ ...p, x: spread[i + 1].x, y: spread[i + 1].y })),
      rings: rings.map((r) => ({ meters: r, radius: r * scale })),
    };
  }, [center, halls]);

  return (
    <View className="yk-hall-map yk-hall-map--schematic">
      <svg
        className="yk-hall-map__svg"
        viewBox={`0 0 ${SIZE} ${SIZE}`}
        role="group"
        aria-label={`附近大厅方位示意图，共 ${halls.length} 个，上方为北`}
      >
        <rect x="0" y="0" width={SIZE} height={SIZE} fill="#eef3f9" />
        {layout.rings.map((r) => (
          <g key={r.meters} aria-hidden="true">
            <circle cx={SIZE / 2} cy={SIZE / 2} r={r.radius} fill="none" stroke="#9db3d1" strokeDasharray="4 4" />
            <text x={SIZE / 2 + 4} y={SIZE / 2 - r.radius + 12} fontSize="10" fill="#4e5561">
              {formatDistance(r.meters)}
            </text>
          </g>
        ))}
        <text x={SIZE / 2} y="14" fontSize="11" textAnchor="middle" fill="#4e5561" aria-hidden="true">
          北 ↑
        </text>
        <g aria-hidden="true">
          <circle cx={SIZE / 2} cy={SIZE / 2} r="7" fill="#d9480f" stroke="#fff" strokeWidth="2" />
          <text x={SIZE / 2} y={SIZE / 2 + 20} fontSize="10" textAnchor="middle" fill="#1f2329">
            当前位置
          </text>
        </g>
        {layout.points.map((p, i) => {
          const selected = p.hall.id === selectedId;
          return (
            <g
              key={p.hall.id}
              role="button"
              tabIndex={0}
              aria-label={`${i + 1}. ${p.hall.name}，距离${describeDistance(p.hall.distanceMeters)}，${p.hall.openNow ? '营业中' : '休息中'}`}
              aria-pressed={selected}
              data-testid="map-marker"
              className="yk-hall-map__marker"
              onClick={() => onSelect(p.hall)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' || e.key === ' ') {
                  e.preventDefault();
                  onSelect(p.hall);
                }
              }}
            >
              <circle cx={p.x} cy={p.y} r={selected ? 13 : 11} fill={selected ? '#0f3f7d' : '#1756a9'} stroke="#fff" strokeWidth="2" />
              <text x={p.x} y={p.y + 4} fontSize="11" textAnchor="middle" fill="#fff">
                {i + 1}
              </text>
            </g>
          );
        })}
      </svg>
      <Text className="yk-hall-map__note">示意图：按真实方位和距离绘制，不含街道。点编号查看大厅。</Text>
    </View>
  );
}
