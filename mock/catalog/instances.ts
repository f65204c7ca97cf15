/**
 * Basic items and their virtual implementation instances. An instance is (basic item ×
 * implementing division), id `<division code>-<basic code>`; it is never stored but resolved
 * and summarised on demand, so the ~120,000 township and village instances cost nothing until
 * asked for.
 */
import type { ItemSummary } from '../../src/shared/api/catalog';
import { CITY_CODE } from '../../src/shared/api/halls';
import type { DivisionNode, DivisionTree } from '../halls/divisions';
import type { BasicItem } from './build';
import { buildBasicItems } from './build';
import { bodyCreditCode, department, districtDepartmentName, townshipBodyName, villageBodyName } from './departments';

export const ITEM_ID = /^(\d{6}|\d{9}|\d{12})-(\d{12})$/;

/** An instance: a basic item carried by one division. */
export interface Instance {
  b: BasicItem;
  division: string;
}

/** First index whose value is ≥ key, in a sorted array. */
export function lowerBound(arr: readonly string[], key: string): number {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (arr[mid] < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** [from, to) of the carriers inside a division scope (the division and its sub-divisions). */
export function scopeRange(carriers: readonly string[], division: string | undefined): [number, number] {
  if (!division || division === CITY_CODE) return [0, carriers.length];
  return [lowerBound(carriers, division), lowerBound(carriers, `${division}\uffff`)];
}

/** How many instances of a basic item lie in a division scope. */
export function countIn(b: BasicItem, division: string | undefined): number {
  const [from, to] = scopeRange(b.carriers, division);
  return to - from;
}

/** The department as the whole catalog names it (not one division's body). */
export function departmentDisplay(b: BasicItem): string {
  const d = department(b.spec.dept);
  switch (b.spec.level) {
    case 'city':
      return d.city;
    case 'district':
      return (d.district ?? d.city).replace('{d}', '区县');
    case 'township':
      return '乡镇人民政府（街道办事处）';
    case 'village':
      return '村（居）民委员会';
  }
}

export class Instances {
  readonly basics: readonly BasicItem[];
  readonly instanceCount: number;
  private readonly byCode: Map<string, BasicItem>;
  private readonly byName: Map<string, BasicItem>;
  /** township/village items have thousands of carriers: a set beats binary search there */
  private readonly carrierSets: Map<string, Set<string>>;

  constructor(readonly tree: DivisionTree) {
    const basics = buildBasicItems(tree);
    this.basics = basics;
    this.byCode = new Map(basics.map((b) => [b.basicCode, b]));
    this.byName = new Map(basics.map((b) => [b.spec.name, b]));
    this.carrierSets = new Map(
      basics.filter((b) => b.spec.level === 'township' || b.spec.level === 'village').map((b) => [b.basicCode, new Set(b.carriers)]),
    );
    this.instanceCount = basics.reduce((s, b) => s + b.carriers.length, 0);
  }

  basic(code: string): BasicItem | undefined {
    return this.byCode.get(code);
  }

  named(name: string): BasicItem | undefined {
    return this.byName.get(name);
  }

  node(code: string): DivisionNode | undefined {
    return this.tree.byCode.get(code);
  }

  carries(b: BasicItem, code: string): boolean {
    const set = this.carrierSets.get(b.basicCode);
    return set ? set.has(code) : b.carriers[lowerBound(b.carriers, code)] === code;
  }

  /** The instance an id names, if its division really carries the item. */
  resolve(id: string): Instance | undefined {
    const m = ITEM_ID.exec(id);
    if (!m) return undefined;
    const b = this.byCode.get(m[2]);
    if (!b || !this.carries(b, m[1])) return undefined;
    return { b, division: m[1] };
  }

  /**
   * The instance that serves a citizen of division `near` (its village, township, district or
   * the city), else the first one in scope: a grouped row opens the guide of the citizen's own
   * implementing department and halls.
   */
  representative(b: BasicItem, from: number, to: number, near: string | undefined): string {
    if (near) {
      for (const code of [near.slice(0, 12), near.slice(0, 9), near.slice(0, 6)]) {
        const i = lowerBound(b.carriers, code);
        if (i >= from && i < to && this.carries(b, code)) return code;
      }
    }
    return b.carriers[from];
  }

  /** 重庆市 / 重庆市 彭水县 黄家镇 … */
  divisionName(division: string): string {
    if (division === CITY_CODE) return this.tree.city.name;
    const n = this.node(division);
    if (!n) return '';
    const path = [n.name];
    let p = n.parentCode ? this.node(n.parentCode) : undefined;
    while (p) {
      path.unshift(p.name);
      p = p.parentCode ? this.node(p.parentCode) : undefined;
    }
    return path.join(' ');
  }

  /** The implementing body of an instance, e.g. 彭水县公安局, 黄家镇人民政府. */
  departmentName(b: BasicItem, division: string): string {
    const name = this.node(division)?.name ?? '';
    switch (b.spec.level) {
      case 'city':
        return department(b.spec.dept).city;
      case 'district':
        return districtDepartmentName(b.spec.dept, name);
      case 'township':
        return townshipBodyName(name);
      case 'village':
        return villageBodyName(name);
    }
  }

  summary(b: BasicItem, division: string, highlight?: Array<[number, number]>): ItemSummary {
    const s = b.spec;
    const deptName = this.departmentName(b, division);
    const summary: ItemSummary = {
      id: `${division}-${b.basicCode}`,
      basicCode: b.basicCode,
      implementationCode: `${bodyCreditCode(division, deptName)}${b.basicCode}`,
      name: s.name,
      type: s.type,
      level: s.level,
      department: deptName,
      departmentKey: s.dept,
      divisionCode: division,
      divisionName: this.divisionName(division),
      audience: s.audience,
      themes: s.themes,
      online: s.channels.onlineDepth >= 3,
      zeroVisit: s.channels.visits === 0,
      express: s.channels.express,
      instant: s.promisedDays === 0,
      promisedDays: s.promisedDays,
    };
    if (highlight) summary.highlight = highlight;
    return summary;
  }

  /** Which halls handle an instance: a rule, not a table (see mock/README.md). */
  hallIds(b: BasicItem, division: string): string[] {
    switch (b.spec.level) {
      case 'city':
        return b.spec.allDistricts ? [CITY_CODE, ...this.tree.districts.map((d) => d.code)] : [CITY_CODE];
      case 'district':
        return b.spec.townshipAccepts ? [division, ...(this.node(division)?.children.map((t) => t.code) ?? [])] : [division];
      default:
        return [division];
    }
  }
}
