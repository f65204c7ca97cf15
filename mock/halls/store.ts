/**
 * The in-memory hall store, built once at start: halls, id lookup, division tree and kd-tree
 * indexes (one per level plus one over all halls) for nearest-first queries.
 */
import KDBush from 'kdbush';
import { around } from 'geokdbush';
import type {
  Division,
  DivisionListResponse,
  HallDetail,
  HallLevel,
  HallSummary,
  NearbyHall,
  WeeklyHours,
} from '../../src/shared/api/halls';
import { HALL_LEVELS } from '../../src/shared/api/halls';
import { distanceMeters } from '../../src/shared/geo/distance';
import type { DivisionNode, DivisionsFile, DivisionTree } from './divisions';
import { buildDivisionTree, loadDivisionsFile } from './divisions';
import type { Hall } from './generate';
import { CITY_HALL_ID, HOUR_TEMPLATES, generateHalls, windowClosedOn } from './generate';
import type { BeijingTime, CalendarDay } from './opening';
import { addDays, calendarDay, daySchedule, isOpenAt, toBeijingTime } from './opening';
import { queueStatus } from './queue';

/** The clock of one request, resolved once so every hall in a response agrees. */
export interface RequestClock {
  now: Date;
  bj: BeijingTime;
  day: CalendarDay;
}

export function requestClock(now: Date): RequestClock {
  const bj = toBeijingTime(now);
  return { now, bj, day: calendarDay(bj.date) };
}

export interface NearbyQuery {
  lat: number;
  lng: number;
  level?: HallLevel;
  openNow?: boolean;
  /** rows to skip (decoded cursor) */
  offset?: number;
  limit?: number;
}

export interface NearbyResult {
  items: NearbyHall[];
  /** offset of the next page, or null at the end */
  nextOffset: number | null;
}

export interface ListQuery {
  level?: HallLevel;
  /** 6/9/12-digit division code, or 500000 for the whole city */
  division?: string;
  q?: string;
  offset?: number;
  limit?: number;
}

export interface ListResult {
  total: number;
  items: HallSummary[];
  nextOffset: number | null;
}

export interface HallStore {
  /** ordered by level then code */
  readonly halls: readonly Hall[];
  readonly tree: DivisionTree;
  getHall(id: string): Hall | undefined;
  /** nearest first; `now` decides openNow, today and queue */
  nearby(query: NearbyQuery, now: Date): NearbyResult;
  list(query: ListQuery, now: Date): ListResult;
  detail(id: string, now: Date): HallDetail | undefined;
  /** undefined when `parent` is not a known division code */
  divisions(parent: string | undefined): DivisionListResponse | undefined;
  isDivision(code: string): boolean;
}

export const DEFAULT_LIMIT = 20;

interface SpatialIndex {
  kd: KDBush;
  /** kd id → hall */
  halls: Hall[];
}

function buildIndex(halls: Hall[]): SpatialIndex {
  const kd = new KDBush(Math.max(1, halls.length));
  for (const h of halls) kd.add(h.location.lng, h.location.lat);
  // kdbush rejects an empty finish(); a dummy far point never matches a level filter anyway.
  if (halls.length === 0) kd.add(0, 0);
  return { kd: kd.finish(), halls };
}

export function isHallOpen(hours: WeeklyHours, clock: RequestClock): boolean {
  return isOpenAt(hours, clock.bj, clock.day);
}

// ---- views ---------------------------------------------------------------------------------

export function openWindowCount(hall: Hall, clock: RequestClock, open: boolean): number {
  if (!open) return 0;
  let n = 0;
  for (const w of hall.windows) if (!windowClosedOn(hall, w, clock.bj.date)) n++;
  return n;
}

export function toSummary(hall: Hall, clock: RequestClock): HallSummary {
  const open = isHallOpen(hall.weeklyHours, clock);
  return {
    id: hall.id,
    name: hall.name,
    level: hall.level,
    divisions: hall.divisions,
    divisionPath: hall.divisionPath,
    address: hall.address,
    location: hall.location,
    phone: hall.phone,
    openNow: open,
    today: daySchedule(hall.weeklyHours, clock.bj.date),
    queue: queueStatus({
      hallId: hall.id,
      level: hall.level,
      openWindows: openWindowCount(hall, clock, open),
      isOpen: open,
      minutes: clock.bj.minutes,
      now: clock.now,
    }),
  };
}

export function toDetail(hall: Hall, clock: RequestClock): HallDetail {
  const summary = toSummary(hall, clock);
  const detail: HallDetail = {
    ...summary,
    weeklyHours: hall.weeklyHours,
    week: Array.from({ length: 7 }, (_, i) => daySchedule(hall.weeklyHours, addDays(clock.bj.date, i))),
    windows: hall.windows.map((w) => ({
      id: w.id,
      name: w.name,
      category: w.category,
      open: summary.openNow && !windowClosedOn(hall, w, clock.bj.date),
    })),
  };
  if (hall.parentHallId) detail.parentHallId = hall.parentHallId;
  if (hall.transit) detail.transit = hall.transit;
  return detail;
}

// ---- store ---------------------------------------------------------------------------------

export function createHallStore(data: DivisionsFile = loadDivisionsFile()): HallStore {
  const tree = buildDivisionTree(data);
  const halls = generateHalls(tree);
  const byId = new Map(halls.map((h) => [h.id, h]));
  const all = buildIndex(halls);
  const byLevel = new Map<HallLevel, SpatialIndex>(
    HALL_LEVELS.map((level) => [level, buildIndex(halls.filter((h) => h.level === level))]),
  );

  function toDivision(node: DivisionNode): Division {
    const hall = byId.get(node.code);
    if (!hall) throw new Error(`division ${node.code} has no hall`);
    const division: Division = {
      code: node.code,
      name: node.name,
      level: node.level,
      hallId: hall.id,
      childCount: node.children.length,
      location: hall.location,
    };
    if (node.parentCode) division.parentCode = node.parentCode;
    return division;
  }

  return {
    halls,
    tree,
    getHall: (id) => byId.get(id),
    isDivision: (code) => code === CITY_HALL_ID || tree.byCode.has(code),

    nearby(query, now) {
      const clock = requestClock(now);
      const offset = query.offset ?? 0;
      const limit = query.limit ?? DEFAULT_LIMIT;
      const index = query.level ? byLevel.get(query.level) : all;
      if (!index || index.halls.length === 0) return { items: [], nextOffset: null };
      // At night no hall is open: answer at once instead of letting the filter scan every point.
      if (query.openNow && !HOUR_TEMPLATES.some((t) => isHallOpen(t, clock))) {
        return { items: [], nextOffset: null };
      }
      const predicate = query.openNow
        ? (id: number) => isHallOpen(index.halls[id].weeklyHours, clock)
        : undefined;
      // One extra result tells whether another page exists.
      const ids = around(index.kd, query.lng, query.lat, offset + limit + 1, Infinity, predicate);
      const point = { lat: query.lat, lng: query.lng };
      const items = ids.slice(offset, offset + limit).map((id): NearbyHall => {
        const hall = index.halls[id];
        return { ...toSummary(hall, clock), distanceMeters: Math.round(distanceMeters(point, hall.location)) };
      });
      return { items, nextOffset: ids.length > offset + limit ? offset + limit : null };
    },

    list(query, now) {
      const clock = requestClock(now);
      const offset = query.offset ?? 0;
      const limit = query.limit ?? DEFAULT_LIMIT;
      // 500000 is the whole city: every hall code starts with 50.
      const prefix = query.division === CITY_HALL_ID ? '50' : query.division;
      const needle = query.q?.trim();
      const matches = halls.filter(
        (h) =>
          (!query.level || h.level === query.level) &&
          (!prefix || h.id.startsWith(prefix)) &&
          (!needle || h.name.includes(needle) || h.address.includes(needle)),
      );
      return {
        total: matches.length,
        items: matches.slice(offset, offset + limit).map((h) => toSummary(h, clock)),
        nextOffset: matches.length > offset + limit ? offset + limit : null,
      };
    },

    detail(id, now) {
      const hall = byId.get(id);
      return hall ? toDetail(hall, requestClock(now)) : undefined;
    },

    divisions(parent) {
      if (parent === undefined || parent === CITY_HALL_ID) {
        return { items: tree.districts.map(toDivision) };
      }
      const node = tree.byCode.get(parent);
      if (!node) return undefined;
      return { parent: toDivision(node), items: node.children.map(toDivision) };
    },
  };
}
