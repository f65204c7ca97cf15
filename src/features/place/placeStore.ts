import type { GeoPoint } from '../../shared/api/halls';
import { readStored, writeStored } from '../../core/storage';

/**
 * The place the nearby search is centred on: the citizen's own position, or a division they
 * chose by hand (district → township → village). Remembered on the device so that a citizen
 * who refused location is not asked to pick again next time. Lives in the main package so the
 * picker subpackage and the nearby tab share one instance.
 */
export interface Place {
  kind: 'gps' | 'division' | 'map';
  /** what the bar shows, e.g. 彭水苗族土家族自治县 黄家镇 */
  label: string;
  point: GeoPoint;
  divisionCode?: string;
}

const KEY = 'nearby.place';

function isPlace(x: unknown): x is Place {
  const p = x as Place;
  return (
    !!p &&
    (p.kind === 'gps' || p.kind === 'division' || p.kind === 'map') &&
    typeof p.label === 'string' &&
    typeof p.point?.lat === 'number' &&
    typeof p.point?.lng === 'number'
  );
}

type Listener = (place: Place | null) => void;
const listeners = new Set<Listener>();
let current: Place | null = null;

/** The place chosen in this run of the app, if any. */
export function currentPlace(): Place | null {
  return current;
}

/** The place remembered from an earlier run. */
export function rememberedPlace(): Place | null {
  return readStored(KEY, isPlace) ?? null;
}

export function setPlace(place: Place): void {
  current = place;
  writeStored(KEY, place);
  listeners.forEach((l) => l(place));
}

export function subscribePlace(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
