/**
 * Generates the 12,340 halls from the division tree: 1 city hall, 38 district halls (at the
 * CSV coordinates), 1,031 township halls and 11,270 village halls.
 *
 * SAMPLE GEOMETRY AND DETAILS: no public source gives township or village hall coordinates, so
 * they are placed deterministically (seeded by division code) around the district seat and the
 * township hall. Addresses, phones, hours and windows are plausible inventions, not real data.
 */
import type { GeoPoint, HallDetail, HallLevel, HallSummary, TimeRange, WeeklyHours } from '../../src/shared/api/halls';
import { CITY_CODE } from '../../src/shared/api/halls';
import { distanceMeters } from '../../src/shared/geo/distance';
import type { DivisionNode, DivisionTree } from './divisions';
import { CITY_HALL_NAME, hallName } from './naming';
import { intBetween, rngFor, unitFor } from './prng';

export interface WindowSpec {
  id: string;
  /** window number within the hall, 1-based */
  number: number;
  name: string;
  category: string;
}

/** A hall's static data; openNow, today and queue are derived per request. */
export type Hall = Omit<HallSummary, 'openNow' | 'today' | 'queue'> &
  Pick<HallDetail, 'weeklyHours' | 'parentHallId' | 'transit'> & { windows: WindowSpec[] };

export const CITY_HALL_PHONE = '023-12345';

/** Compact urban-core districts: townships within a few km of the seat. */
const TOWNSHIP_RADIUS_KM: Record<string, number> = {
  '500103': 2.5, // 渝中区
  '500104': 5, // 大渡口区
  '500105': 6, // 江北区
  '500106': 7, // 沙坪坝区
  '500107': 7, // 九龙坡区
  '500108': 6, // 南岸区
  // the largest counties reach far from their seats
  '500101': 35, // 万州区
  '500154': 35, // 开州区
  '500229': 35, // 城口县
  '500235': 35, // 云阳县
  '500236': 35, // 奉节县
  '500238': 35, // 巫溪县
  '500242': 35, // 酉阳土家族苗族自治县
  '500243': 35, // 彭水苗族土家族自治县
};

export function townshipRadiusKm(districtCode: string): number {
  const explicit = TOWNSHIP_RADIUS_KM[districtCode];
  if (explicit !== undefined) return explicit;
  // 5001xx are districts (mostly smaller), 5002xx counties.
  return districtCode.startsWith('5001') ? 20 : 28;
}

/** Keep generated halls this far from every city/district hall (the contract is > 150 m). */
export const MIN_DISTANCE_FROM_DISTRICT_HALL_M = 300;

const KM_PER_DEG_LAT = 111.32;

/** The point `km` away from `from` at bearing `theta` (radians), flat-earth (fine below 50 km). */
export function offsetPoint(from: GeoPoint, km: number, theta: number): GeoPoint {
  const lat = from.lat + (km * Math.cos(theta)) / KM_PER_DEG_LAT;
  const lng = from.lng + (km * Math.sin(theta)) / (KM_PER_DEG_LAT * Math.cos((from.lat * Math.PI) / 180));
  // Six decimals (~0.1 m) is what map APIs return; it also keeps JSON short.
  return { lat: Math.round(lat * 1e6) / 1e6, lng: Math.round(lng * 1e6) / 1e6 };
}

/**
 * A deterministic point between minKm and maxKm of `centre`, resampled (with the same seeded
 * stream) until it keeps clear of every district hall.
 */
function placeNear(code: string, centre: GeoPoint, minKm: number, maxKm: number, avoid: readonly GeoPoint[]): GeoPoint {
  const rng = rngFor(code, 'position');
  let point = centre;
  for (let attempt = 0; attempt < 50; attempt++) {
    // sqrt spreads points evenly over the annulus area instead of clustering at the centre.
    const km = minKm + (maxKm - minKm) * Math.sqrt(rng());
    point = offsetPoint(centre, km, rng() * 2 * Math.PI);
    if (avoid.every((p) => distanceMeters(p, point) > MIN_DISTANCE_FROM_DISTRICT_HALL_M)) return point;
  }
  throw new Error(`could not place hall ${code} clear of district halls`);
}

// ---- hours ---------------------------------------------------------------------------------

function r(start: string, end: string): TimeRange {
  return { start, end };
}

function weekly(weekday: TimeRange[], saturday: TimeRange[]): WeeklyHours {
  return { days: [weekday, weekday, weekday, weekday, weekday, saturday, []] };
}

// Shared objects: halls with the same hours reference one template (less memory, and the store
// can check "is any hall open?" over the few distinct templates).
const HOURS = {
  city: weekly([r('09:00', '12:00'), r('13:30', '17:30')], []),
  districtA: weekly([r('09:00', '12:00'), r('13:30', '17:30')], []),
  districtB: weekly([r('08:30', '12:00'), r('13:30', '17:30')], []),
  districtSat: weekly([r('09:00', '12:00'), r('13:30', '17:30')], [r('09:00', '12:00')]),
  township: weekly([r('09:00', '12:00'), r('14:00', '17:30')], []),
  townshipSat: weekly([r('09:00', '12:00'), r('14:00', '17:30')], [r('09:00', '12:00')]),
  village: weekly([r('09:00', '11:30'), r('14:30', '17:00')], []),
  villageShort: weekly([r('09:00', '11:30'), r('14:30', '16:30')], []),
} satisfies Record<string, WeeklyHours>;

export const HOUR_TEMPLATES: readonly WeeklyHours[] = Object.values(HOURS);

export function hoursFor(level: HallLevel, code: string): WeeklyHours {
  const u = unitFor(code, 'hours');
  switch (level) {
    case 'city':
      return HOURS.city;
    case 'district':
      return u < 0.4 ? HOURS.districtSat : u < 0.7 ? HOURS.districtA : HOURS.districtB;
    case 'township':
      return u < 0.25 ? HOURS.townshipSat : HOURS.township;
    case 'village':
      return u < 0.7 ? HOURS.village : HOURS.villageShort;
  }
}

// ---- windows -------------------------------------------------------------------------------

/** Categories of the big halls in the order their windows are numbered, with relative weight. */
const BIG_HALL_CATEGORIES: Array<[string, number]> = [
  ['综合受理', 5],
  ['社保医保', 4],
  ['不动产登记', 4],
  ['户籍', 2],
  ['市场主体登记', 4],
  ['税务', 3],
  ['公积金', 2],
  ['出件', 1],
];

export function windowCount(level: HallLevel, code: string): number {
  const rng = rngFor(code, 'windows');
  switch (level) {
    case 'city':
      return 40;
    case 'district':
      return intBetween(rng, 15, 35);
    case 'township':
      return intBetween(rng, 3, 8);
    case 'village':
      return intBetween(rng, 1, 2);
  }
}

/** Categories for `count` windows; every big hall has at least one window per category. */
export function windowCategories(level: HallLevel, count: number): string[] {
  if (level === 'village') return ['综合受理', '社保医保'].slice(0, count);
  if (level === 'township') {
    const base = ['综合受理', '社保医保', '出件', '户籍', '综合受理', '不动产登记', '综合受理', '社保医保'];
    return base.slice(0, count);
  }
  const totalWeight = BIG_HALL_CATEGORIES.reduce((s, [, w]) => s + w, 0);
  // Largest-remainder apportionment with a floor of one window per category.
  const spare = count - BIG_HALL_CATEGORIES.length;
  const shares = BIG_HALL_CATEGORIES.map(([c, w]) => ({ c, exact: (spare * w) / totalWeight }));
  const counts = shares.map((s) => 1 + Math.floor(s.exact));
  let left = count - counts.reduce((a, b) => a + b, 0);
  const byRemainder = shares
    .map((s, i) => ({ i, rem: s.exact - Math.floor(s.exact) }))
    .sort((a, b) => b.rem - a.rem || a.i - b.i);
  for (const { i } of byRemainder) {
    if (left <= 0) break;
    counts[i]++;
    left--;
  }
  return BIG_HALL_CATEGORIES.flatMap(([c], i) => Array<string>(counts[i]).fill(c));
}

function windowsFor(level: HallLevel, code: string): WindowSpec[] {
  return windowCategories(level, windowCount(level, code)).map((category, i) => ({
    id: `${code}-w${i + 1}`,
    number: i + 1,
    name: `${category}窗口 ${i + 1}`,
    category,
  }));
}

/**
 * Whether a window is out of service on a date (staff on leave, equipment): a deterministic few.
 * Window 1 never closes, so an open hall always has a staffed window.
 */
export function windowClosedOn(hall: Pick<Hall, 'id' | 'level'>, window: WindowSpec, date: string): boolean {
  if (window.number === 1 || hall.level === 'village') return false;
  return unitFor(window.id, 'closed', date) < 0.08;
}

// ---- addresses, phones, transit ------------------------------------------------------------

const ROADS = ['人民路', '建设路', '解放路', '新华路', '滨江路', '公园路', '府前路', '民主路', '迎宾大道', '政和路', '城南路', '北环路', '金山大道', '朝阳路', '文化路'];

export function phoneFor(code: string): string {
  if (code === CITY_CODE) return CITY_HALL_PHONE;
  const rng = rngFor(code, 'phone');
  // Chongqing landlines are 8 digits; start with 4–8 like real exchanges, never 0 or 1.
  let digits = String(intBetween(rng, 4, 8));
  for (let i = 0; i < 7; i++) digits += String(intBetween(rng, 0, 9));
  return `023-${digits}`;
}

function streetAddress(code: string): string {
  const rng = rngFor(code, 'address');
  return `${ROADS[intBetween(rng, 0, ROADS.length - 1)]}${intBetween(rng, 1, 199)}号`;
}

/** Districts served by the metro (轨道交通) in this sample data. */
const METRO_DISTRICTS = new Set(['500103', '500104', '500105', '500106', '500107', '500108', '500109', '500112', '500113']);

function transitFor(code: string, name: string): string {
  const rng = rngFor(code, 'transit');
  const walk = intBetween(rng, 3, 12);
  if (code === CITY_CODE || METRO_DISTRICTS.has(code)) {
    return `轨道交通 ${intBetween(rng, 1, 10)} 号线，出站后步行约 ${walk} 分钟`;
  }
  return `乘坐 ${intBetween(rng, 1, 30)} 路公交车至“${name}”站下车，步行约 ${walk} 分钟`;
}

// ---- assembly ------------------------------------------------------------------------------

/** Halls ordered by level (city, district, township, village) then code. */
export function generateHalls(tree: DivisionTree): Hall[] {
  const city: Hall = {
    id: CITY_CODE,
    name: CITY_HALL_NAME,
    level: 'city',
    divisions: {},
    divisionPath: tree.city.name,
    address: `重庆市渝中区${streetAddress(CITY_CODE)}`,
    location: tree.city.location,
    phone: CITY_HALL_PHONE,
    weeklyHours: hoursFor('city', CITY_CODE),
    windows: windowsFor('city', CITY_CODE),
    transit: transitFor(CITY_CODE, CITY_HALL_NAME),
  };
  const avoid: GeoPoint[] = [city.location, ...tree.districts.map((d) => seatOf(d))];
  const districts: Hall[] = [];
  const townships: Hall[] = [];
  const villages: Hall[] = [];

  for (const d of tree.districts) {
    const seat = seatOf(d);
    const name = hallName('district', d.name);
    districts.push({
      id: d.code,
      name,
      level: 'district',
      divisions: { district: d.code },
      divisionPath: d.name,
      address: `${d.name}${streetAddress(d.code)}`,
      location: seat,
      phone: phoneFor(d.code),
      weeklyHours: hoursFor('district', d.code),
      windows: windowsFor('district', d.code),
      parentHallId: CITY_CODE,
      transit: transitFor(d.code, name),
    });
    const radiusKm = townshipRadiusKm(d.code);
    for (const t of d.children) {
      // 街道 (urban sub-districts) sit near the seat; 镇/乡 spread over the whole district.
      const isStreet = t.name.endsWith('街道');
      const tLocation = placeNear(t.code, seat, radiusKm * 0.08, radiusKm * (isStreet ? 0.4 : 1), avoid);
      townships.push({
        id: t.code,
        name: hallName('township', t.name),
        level: 'township',
        divisions: { district: d.code, township: t.code },
        divisionPath: `${d.name} ${t.name}`,
        address: `${d.name}${t.name}${isStreet ? '办事处' : '人民政府'}便民服务大厅`,
        location: tLocation,
        phone: phoneFor(t.code),
        weeklyHours: hoursFor('township', t.code),
        windows: windowsFor('township', t.code),
        parentHallId: d.code,
      });
      // Villages within a couple of km of their township hall (closer in the dense core).
      const villageKm = Math.min(2.5, Math.max(0.8, radiusKm * 0.25));
      for (const v of t.children) {
        const committee = v.name.endsWith('社区') ? '居委会' : '村委会';
        villages.push({
          id: v.code,
          name: hallName('village', v.name),
          level: 'village',
          divisions: { district: d.code, township: t.code, village: v.code },
          divisionPath: `${d.name} ${t.name} ${v.name}`,
          address: `${t.name}${v.name}${committee}一楼`,
          location: placeNear(v.code, tLocation, 0.2, villageKm, avoid),
          phone: phoneFor(v.code),
          weeklyHours: hoursFor('village', v.code),
          windows: windowsFor('village', v.code),
          parentHallId: t.code,
        });
      }
    }
  }
  const byCode = (a: Hall, b: Hall) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return [city, ...districts.sort(byCode), ...townships.sort(byCode), ...villages.sort(byCode)];
}

function seatOf(d: DivisionNode): GeoPoint {
  if (!d.seat) throw new Error(`district ${d.code} has no seat coordinates`);
  return d.seat;
}
