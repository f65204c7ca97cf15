/**
 * API types for halls (政务服务中心 / 便民服务中心 / 便民服务站) and divisions.
 * Written once here and imported by both the app (src/) and the mock server (mock/).
 * Pure types: nothing here may import Taro, Node or any runtime library.
 */

/** 行使层级: 市级 / 区县级 / 乡镇(街道)级 / 村(社区)级 */
export type HallLevel = 'city' | 'district' | 'township' | 'village';

export const HALL_LEVELS: readonly HallLevel[] = ['city', 'district', 'township', 'village'];

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
export type DayKind = 'regular' | 'holiday' | 'adjusted_workday';

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

export interface CursorPage<T> {
  items: T[];
  /** opaque; null when there is nothing more */
  nextCursor: string | null;
}

export interface CountedPage<T> extends CursorPage<T> {
  total: number;
}

export type NearbyHallsResponse = CursorPage<NearbyHall>;
export type HallListResponse = CountedPage<HallSummary>;

export interface NearbyHallsQuery {
  lat: number;
  lng: number;
  level?: HallLevel;
  openNow?: boolean;
  limit?: number;
  cursor?: string;
}

export interface HallListQuery {
  level?: HallLevel;
  /** any division code: district, township or village */
  division?: string;
  q?: string;
  limit?: number;
  cursor?: string;
}

export type DivisionLevel = 'district' | 'township' | 'village';

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
