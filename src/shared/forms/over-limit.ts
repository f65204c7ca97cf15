/**
 * Is a transport over the limit (超限), and which permit class does it fall in? Worked out from
 * the numbers of the 超限运输车辆行驶公路许可 form, shown live under the form by the app and
 * stored with the application by the mock server. Pure.
 *
 * Source: 《超限运输车辆行驶公路管理规定》 (交通运输部令2016年第62号).
 * - Over the limit, its 第三条: 车货总高度从地面算起超过4米; 总宽度超过2.55米; 总长度超过18.1米;
 *   车货总质量 over 18 t (二轴货车); 25 t (三轴货车) or 27 t (三轴汽车列车); 31 t (四轴货车) or 36 t
 *   (四轴汽车列车); 43 t (五轴汽车列车); 49 t (六轴及六轴以上汽车列车), 46 t when the tractor's drive
 *   axle is a single axle. "超过" is strict: exactly at a limit is not over.
 * - Decision time limits, its 第十五条 (one case each): ≤ 4.2 m high, ≤ 3 m wide, ≤ 20 m long and
 *   mass (and axle loads) within the 第三条/第十七条 standards: 2 working days; ≤ 4.5 m, ≤ 3.75 m,
 *   ≤ 28 m and ≤ 100,000 kg: 5 working days; beyond any of these: 15 working days — for a transport
 *   within one province-level jurisdiction, as a cross-district transport in Chongqing is. Time
 *   for reinforcing or altering road structures does not count. (Cross-province transports
 *   handled by one accepting province have longer maxima: 5, 10, 20; not modelled here.)
 * - 一类 / 二类 / 三类: the names 大件运输 practice gives these three cases; the 规定 itself
 *   names them by their thresholds only.
 * Both were checked against published copies of the text (第三条 in several; 第十五条 in one),
 * not against the official gazette.
 *
 * Not modelled: axle loads (轴荷, 第十七条), which the form does not ask for — a transport whose
 * dimensions are within 一类 but whose axle loads are not is still 二类 at the window.
 */
import type { FormValues, SectionValues } from './types';

export type VehicleKind = 'truck' | 'combination';
export type PermitClass = '一类' | '二类' | '三类';

export interface OverLimitInput {
  /** 2..12: axles of the truck, or of tractor and trailer together */
  axles: number;
  /** 车货总质量, tonnes */
  totalMassT: number;
  /** 车货总长 / 总宽 / 总高 (from the ground), metres */
  lengthM: number;
  widthM: number;
  heightM: number;
  /** 货车 (a single vehicle) or 汽车列车 (tractor and trailer); default truck, the lower limits */
  kind?: VehicleKind;
  /** 汽车列车 of 6 axles or more whose tractor has a single drive axle: 46 t instead of 49 t */
  singleDriveAxle?: boolean;
}

export interface OverLimitResult {
  over: boolean;
  /** why it is over, in Chinese, one line per exceeded limit; empty when not over */
  reasons: string[];
  /** only when over */
  class?: PermitClass;
  /** working days from acceptance to the permit decision (第十五条), only when over */
  decisionDays?: number;
}

/** 第三条 dimension limits, metres: over when greater. */
export const HEIGHT_LIMIT_M = 4;
export const WIDTH_LIMIT_M = 2.55;
export const LENGTH_LIMIT_M = 18.1;

/** 第十五条 thresholds: [height, width, length] for 一类 and 二类; 二类 also ≤ 100 t. */
const CLASS_ONE = { heightM: 4.2, widthM: 3, lengthM: 20 } as const;
const CLASS_TWO = { heightM: 4.5, widthM: 3.75, lengthM: 28, massT: 100 } as const;
const DECISION_DAYS: Record<PermitClass, number> = { 一类: 2, 二类: 5, 三类: 15 };

/** 第三条: the total-mass limit in tonnes, and how the vehicle is named in the reason. */
export function massLimit(axles: number, kind: VehicleKind = 'truck', singleDriveAxle = false): { limitT: number; vehicle: string } {
  if (!Number.isInteger(axles) || axles < 2) throw new RangeError(`axles must be an integer ≥ 2, got ${axles}`);
  const name = kind === 'combination' ? '汽车列车' : '货车';
  switch (axles) {
    case 2:
      // 第三条 names only the 二轴货车
      return { limitT: 18, vehicle: '2轴货车' };
    case 3:
      return { limitT: kind === 'combination' ? 27 : 25, vehicle: `3轴${name}` };
    case 4:
      return { limitT: kind === 'combination' ? 36 : 31, vehicle: `4轴${name}` };
    case 5:
      // 第三条 names only the 五轴汽车列车; its limit applies to any 5-axle vehicle
      return { limitT: 43, vehicle: '5轴车辆' };
    default:
      return kind === 'combination' && singleDriveAxle
        ? { limitT: 46, vehicle: '牵引车驱动轴为单轴的6轴及以上汽车列车' }
        : { limitT: 49, vehicle: '6轴及以上车辆' };
  }
}

/** 49.5 → "49.5", 4 → "4", 2.550 → "2.55" */
const num = (n: number): string => String(Number(n.toFixed(2)));

/** Classifies a transport by the 第三条 limits and the 第十五条 cases. */
export function classifyOverLimit(input: OverLimitInput): OverLimitResult {
  const { axles, totalMassT, lengthM, widthM, heightM } = input;
  for (const [name, v] of [['totalMassT', totalMassT], ['lengthM', lengthM], ['widthM', widthM], ['heightM', heightM]] as const) {
    if (!Number.isFinite(v) || v < 0) throw new RangeError(`${name} must be a number ≥ 0, got ${v}`);
  }
  const { limitT, vehicle } = massLimit(axles, input.kind, input.singleDriveAxle);

  const reasons: string[] = [];
  if (heightM > HEIGHT_LIMIT_M) reasons.push(`车货总高${num(heightM)}米，超过限值${num(HEIGHT_LIMIT_M)}米`);
  if (widthM > WIDTH_LIMIT_M) reasons.push(`车货总宽${num(widthM)}米，超过限值${num(WIDTH_LIMIT_M)}米`);
  if (lengthM > LENGTH_LIMIT_M) reasons.push(`车货总长${num(lengthM)}米，超过限值${num(LENGTH_LIMIT_M)}米`);
  if (totalMassT > limitT) reasons.push(`车货总质量${num(totalMassT)}吨，超过${vehicle}限值${limitT}吨`);
  if (reasons.length === 0) return { over: false, reasons };

  const permitClass: PermitClass =
    heightM > CLASS_TWO.heightM || widthM > CLASS_TWO.widthM || lengthM > CLASS_TWO.lengthM || totalMassT > CLASS_TWO.massT
      ? '三类'
      : heightM <= CLASS_ONE.heightM && widthM <= CLASS_ONE.widthM && lengthM <= CLASS_ONE.lengthM && totalMassT <= limitT
        ? '一类'
        : '二类';
  return { over: true, reasons, class: permitClass, decisionDays: DECISION_DAYS[permitClass] };
}

/** The 超限运输车辆行驶公路许可 form (mock/applications/forms/oversize-transport-permit.json). */
export const OVER_LIMIT_FORM_ID = 'oversize-transport-permit';

function single(values: FormValues, section: string): SectionValues {
  const v = values[section];
  return v && !Array.isArray(v) ? v : {};
}

function decimal(v: unknown): number | undefined {
  return typeof v === 'string' && /^\d+(\.\d+)?$/.test(v.trim()) ? Number(v) : undefined;
}

/**
 * The classification of that form's values (`vehicle.axles`, `vehicle.kind`, `vehicle.driveAxle`,
 * `cargo.totalMass`, `cargo.length`, `cargo.width`, `cargo.height`), or null while one of the
 * numbers is missing or not a number yet.
 */
export function overLimitFromValues(values: FormValues): OverLimitResult | null {
  const vehicle = single(values, 'vehicle');
  const cargo = single(values, 'cargo');
  const axles = decimal(vehicle.axles);
  const totalMassT = decimal(cargo.totalMass);
  const lengthM = decimal(cargo.length);
  const widthM = decimal(cargo.width);
  const heightM = decimal(cargo.height);
  if (axles === undefined || !Number.isInteger(axles) || axles < 2) return null;
  if (totalMassT === undefined || lengthM === undefined || widthM === undefined || heightM === undefined) return null;
  const kind: VehicleKind = vehicle.kind === 'combination' ? 'combination' : 'truck';
  return classifyOverLimit({ axles, totalMassT, lengthM, widthM, heightM, kind, singleDriveAxle: kind === 'combination' && vehicle.driveAxle === 'single' });
}
