/**
 * The in-memory hall store, built once per process: halls, id lookup, division tree and kd-tree
 * indexes (one per level plus one over all halls) for nearest-first queries, which also rank the
 * halls handling a catalog item.
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
import { CITY_CODE, HALL_LEVELS } from '../../src/shared/api/halls';
import { distanceMeters } from '../../src/shared/geo/distance';
import type { DivisionNode, DivisionsFile, DivisionTree } from './divisions';
import { buildDivisionTree, loadDivisionsFile } from './divisions';
import type { Hall } from './generate';
import { HOUR_TEMPLATES, generateHalls, windowClosedOn } from './generate';
import type { CalendarDay } from '../server/calendar';
import type { BeijingTime } from './opening';
import { addDays, calendarDay } from '../server/calendar';
import { daySchedule, isOpenAt, toBeijingTime } from './opening';
import { queueStatus } from './queue';
import type { CountedOffsetPage, OffsetPage, OffsetRange } from '../server/paging';
import { slicePage } from '../server/paging';

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
}

export interface ListQuery {
  level?: HallLevel;
  /** 6/9/12-digit division code, or CITY_CODE for the whole city */
  division?: string;
  q?: string;
}

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

/** Which halls a ranking may return. */
export type HallFilter = (hall: Hall) => boolean;

export class HallStore {
  /** ordered by level then code */
  readonly halls: readonly Hall[];
  readonly tree: DivisionTree;
  private readonly byId: Map<string, Hall>;
  private readonly all: SpatialIndex;
  private readonly byLevel: Map<HallLevel, SpatialIndex>;

  constructor(data: DivisionsFile = loadDivisionsFile()) {
    this.tree = buildDivisionTree(data);
    const halls = generateHalls(this.tree);
    this.halls = halls;
    this.byId = new Map(halls.map((h) => [h.id, h]));
    this.all = buildIndex(halls);
    this.byLevel = new Map(HALL_LEVELS.map((level) => [level, buildIndex(halls.filter((h) => h.level === level))]));
  }

  getHall(id: string): Hall | undefined {
    return this.byId.get(id);
  }

  isDivision(code: string): boolean {
    return code === CITY_CODE || this.tree.byCode.has(code);
  }

  /** Nearest first; `now` decides openNow, today and queue. */
  nearby(query: NearbyQuery, range: OffsetRange, now: Date): OffsetPage<NearbyHall> {
    return this.rank(query, range, now);
  }

  /**
   * The one nearest-hall ranking (kd-tree, great-circle order): every hall, one level's, or only
   * those `only` accepts (e.g. the halls handling an item). One extra result tells whether
   * another page exists.
   */
  rank(query: NearbyQuery, range: OffsetRange, now: Date, only?: HallFilter): OffsetPage<NearbyHall> {
    const clock = requestClock(now);
    const index = query.level ? this.byLevel.get(query.level) : this.all;
    if (!index || index.halls.length === 0) return { items: [], nextOffset: null };
    // At night no hall is open: answer at once instead of letting the filter scan every point.
    if (query.openNow && !HOUR_TEMPLATES.some((t) => isHallOpen(t, clock))) {
      return { items: [], nextOffset: null };
    }
    const accept = (hall: Hall) => (!only || only(hall)) && (!query.openNow || isHallOpen(hall.weeklyHours, clock));
    const predicate = only || query.openNow ? (id: number) => accept(index.halls[id]) : undefined;
    const end = range.offset + range.limit;
    const ids = around(index.kd, query.lng, query.lat, end + 1, Infinity, predicate);
    const point = { lat: query.lat, lng: query.lng };
    const items = ids.slice(range.offset, end).map((id): NearbyHall => {
      const hall = index.halls[id];
      return { ...toSummary(hall, clock), distanceMeters: Math.round(distanceMeters(point, hall.location)) };
    });
    return { items, nextOffset: ids.length > end ? end : null };
  }

  /** By level then code. */
  list(query: ListQuery, range: OffsetRange, now: Date): CountedOffsetPage<HallSummary> {
    const clock = requestClock(now);
    // CITY_CODE is the whole city: every hall code starts with 50.
    const prefix = query.division === CITY_CODE ? '50' : query.division;
    const needle = query.q?.trim();
    const matches = this.halls.filter(
      (h) =>
        (!query.level || h.level === query.level) &&
        (!prefix || h.id.startsWith(prefix)) &&
        (!needle || h.name.includes(needle) || h.address.includes(needle)),
    );
    return slicePage(matches, range, (h) => toSummary(h, clock));
  }

  detail(id: string, now: Date): HallDetail | undefined {
    const hall = this.byId.get(id);
    return hall ? toDetail(hall, requestClock(now)) : undefined;
  }

  /** undefined when `parent` is not a known division code */
  divisions(parent: string | undefined): DivisionListResponse | undefined {
    if (parent === undefined || parent === CITY_CODE) {
      return { items: this.tree.districts.map((d) => this.toDivision(d)) };
    }
    const node = this.tree.byCode.get(parent);
    if (!node) return undefined;
    return { parent: this.toDivision(node), items: node.children.map((c) => this.toDivision(c)) };
  }

  private toDivision(node: DivisionNode): Division {
    const hall = this.byId.get(node.code);
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
}
