/**
 * API types for halls (政务服务中心 / 便民服务中心 / 便民服务站) and divisions.
 * Written once here and imported by both the app (src/) and the mock server (mock/).
 * Pure types: nothing here may import Taro, Node or any runtime library.
 */

import type { CountedPage, Page, PageQuery } from './page';

/** 行使层级: 市级 / 区县级 / 乡镇(街道)级 / 村(社区)级 */
export const HALL_LEVELS = ['city', 'district', 'township', 'village'] as const;
export type HallLevel = (typeof HALL_LEVELS)[number];

/** The division code of Chongqing as a whole: the city hall's id and city items' division. */
export const CITY_CODE = '500000';

/** A point in GCJ-02, the system WeChat maps and Chinese map vendors use. */
export interface GeoPoint {
  lat: number;
  lng: number;
}

/** A period of one day in Beijing time, `HH:mm` 24-hour. */
export interface TimeRange {
  start: string;
  end: string;
}

/**
 * Regular weekly hours. `days[0]` is Monday … `days[6]` Sunday. An empty list means closed;
 * two ranges mean a lunch break between them.
 */
export interface WeeklyHours {
  days: TimeRange[][];
}

/** Why a given date differs from the regular weekly hours. */
export const DAY_KINDS = ['regular', 'holiday', 'adjusted_workday'] as const;
export type DayKind = (typeof DAY_KINDS)[number];

/** The hours of one calendar date, after public holidays and 调休 are applied. */
export interface DaySchedule {
  /** `YYYY-MM-DD`, Beijing time */
  date: string;
  /** 1 = Monday … 7 = Sunday */
  weekday: number;
  kind: DayKind;
  /** e.g. 国庆节 when kind is holiday or adjusted_workday */
  holidayName?: string;
  /** empty when closed */
  ranges: TimeRange[];
}

export interface QueueStatus {
  /** people waiting now; 0 when the hall is closed */
  waiting: number;
  /** rough minutes a newcomer waits */
  estimatedWaitMinutes: number;
  /** ISO 8601 */
  updatedAt: string;
}

export interface DivisionCodes {
  /** 6-digit district/county code, e.g. 500243; absent for the city hall */
  district?: string;
  /** 9-digit township/street code */
  township?: string;
  /** 12-digit village/community code */
  village?: string;
}

/** What a list row needs. */
export interface HallSummary {
  id: string;
  name: string;
  level: HallLevel;
  divisions: DivisionCodes;
  /** human path of the division, e.g. 彭水苗族土家族自治县 黄家镇 光辉村 */
  divisionPath: string;
  address: string;
  location: GeoPoint;
  phone: string;
  openNow: boolean;
  today: DaySchedule;
  queue: QueueStatus;
}

export interface NearbyHall extends HallSummary {
  distanceMeters: number;
}

export interface HallWindow {
  id: string;
  /** e.g. 综合受理窗口 3 */
  name: string;
  /** what the window handles, e.g. 社保医保 */
  category: string;
  /** staffed right now */
  open: boolean;
}

export interface HallDetail extends HallSummary {
  weeklyHours: WeeklyHours;
  /** today and the six days after it */
  week: DaySchedule[];
  windows: HallWindow[];
  /** the hall one level up, for "上级大厅" */
  parentHallId?: string;
  transit?: string;
}

export type NearbyHallsResponse = Page<NearbyHall>;
export type HallListResponse = CountedPage<HallSummary>;

/** A position to rank halls by distance from, nearest first. */
export interface NearbyQuery extends PageQuery {
  lat: number;
  lng: number;
  openNow?: boolean;
}

export interface NearbyHallsQuery extends NearbyQuery {
  level?: HallLevel;
}

export interface HallListQuery extends PageQuery {
  level?: HallLevel;
  /** any division code: district, township or village, or CITY_CODE for all */
  division?: string;
  q?: string;
}

export const DIVISION_LEVELS = ['district', 'township', 'village'] as const;
export type DivisionLevel = (typeof DIVISION_LEVELS)[number];

export interface Division {
  code: string;
  name: string;
  level: DivisionLevel;
  /** absent for districts (their parent is the city) */
  parentCode?: string;
  /** the hall that serves this division */
  hallId: string;
  /** number of child divisions (0 for villages) */
  childCount: number;
  /** the division's representative point (its hall), for "use this place" */
  location: GeoPoint;
}

export interface DivisionListResponse {
  /** the parent itself, absent at the top */
  parent?: Division;
  items: Division[];
}

export interface HealthResponse {
  ok: boolean;
  halls: number;
}

/** The halls endpoints: `METHOD /path` under /api → what each takes and answers. */
export interface HallsApi {
  'GET /health': { response: HealthResponse };
  'GET /halls/nearby': { query: NearbyHallsQuery; response: NearbyHallsResponse };
  'GET /halls': { query: HallListQuery; response: HallListResponse };
  'GET /halls/:id': { params: { id: string }; response: HallDetail };
  'GET /divisions': { query: { parent?: string }; response: DivisionListResponse };
}
