/**
 * Assembles the catalog's basic items (one per basicCode) from the hand-written, table and
 * pattern specs, with the exact counts of the 渝快办 catalog: 421 city licensing, 426 city public
 * service, 342 district licensing; plus the township and village kinds.
 */
import type { ItemLevel, ItemType } from '../../src/shared/api/catalog';
import { CITY_CODE } from '../../src/shared/api/halls';
import type { DivisionTree } from '../halls/divisions';
import { unitFor } from '../halls/prng';
import { DEPARTMENTS } from './departments';
import { departmentServiceSpecs, licenceSpecs, psSpecs } from './generate';
import { TOWNSHIP_SPECS, VILLAGE_SPECS } from './local';
import { ADDED_ITEMS, REAL_ITEMS } from './guides';
import type { ItemSpec } from './spec';
import { CITY_LICENSING, DISTRICT_LICENSING } from './table';
import { CITY_PUBLIC_SERVICE } from './table-ps';

export const CATALOG_COUNTS = { cityLicensing: 421, cityPublicService: 426, districtLicensing: 342 } as const;

export interface BasicItem {
  /** position in the default order */
  idx: number;
  basicCode: string;
  spec: ItemSpec;
  /** implementing division codes, sorted: [CITY_CODE] for city items */
  carriers: string[];
}

const LEVEL_DIGIT: Record<ItemLevel, string> = { city: '1', district: '2', township: '3', village: '4' };
const TYPE_CODE: Record<ItemType, string> = { licensing: '01', public_service: '20' };
export const LEVEL_ORDER: Record<ItemLevel, number> = { city: 0, district: 1, township: 2, village: 3 };

/** Real items first, then sample variants in generation order; exactly `n`, names unique. */
function take(specs: ItemSpec[], n: number, what: string): ItemSpec[] {
  const seen = new Set<string>();
  const unique = specs.filter((s) => !seen.has(s.name) && (seen.add(s.name), true));
  const ordered = [...unique.filter((s) => s.real), ...unique.filter((s) => !s.real)];
  if (ordered.length < n) throw new Error(`catalog: only ${ordered.length} ${what} candidates, need ${n}`);
  return ordered.slice(0, n);
}

/**
 * Put each added real item (guides/manifest.json, `added`) in the place of the SAMPLE filler it replaces (or of
 * the composed spec of the same name, for a table row given a hand-written guide): same type,
 * level and department, so the counts stay exact and every other item keeps its basic code.
 */
function withAdded(specs: ItemSpec[], what: string): ItemSpec[] {
  const names = new Set(specs.map((s) => s.name));
  const out = [...specs];
  for (const { replaces, spec } of ADDED_ITEMS) {
    const at = out.findIndex((s) => s.name === replaces);
    if (at < 0) continue;
    const old = out[at];
    const sameItem = replaces === spec.name; // a hand-written guide for a composed table row
    if ((old.real && !sameItem) || old.type !== spec.type || old.level !== spec.level || old.dept !== spec.dept) {
      throw new Error(`catalog: ${spec.name} cannot replace ${replaces} (${what})`);
    }
    if (!sameItem && names.has(spec.name)) throw new Error(`catalog: ${spec.name} already exists (${what})`);
    out[at] = spec;
  }
  return out;
}

/** Interleave so that trimming drops the last variant kinds first, not whole departments. */
function byRound(groups: ItemSpec[][]): ItemSpec[] {
  const out: ItemSpec[] = [];
  const rounds = Math.max(...groups.map((g) => g.length));
  for (let r = 0; r < rounds; r++) for (const g of groups) if (g[r]) out.push(g[r]);
  return out;
}

export function buildBasicItems(tree: DivisionTree): BasicItem[] {
  const real = REAL_ITEMS;
  const cityLic = withAdded(take(
    [...real.filter((s) => s.level === 'city' && s.type === 'licensing'), ...byRound(CITY_LICENSING.map((r) => licenceSpecs(r, 'city')))],
    CATALOG_COUNTS.cityLicensing,
    'city licensing',
  ), 'city licensing');
  const cityPs = withAdded(take(
    [
      ...real.filter((s) => s.level === 'city' && s.type === 'public_service'),
      ...byRound(CITY_PUBLIC_SERVICE.map(psSpecs)),
      ...departmentServiceSpecs(DEPARTMENTS.map((d) => d.key)),
    ],
    CATALOG_COUNTS.cityPublicService,
    'city public service',
  ), 'city public service');
  const districtLic = withAdded(take(
    [...real.filter((s) => s.level === 'district'), ...byRound(DISTRICT_LICENSING.map((r) => licenceSpecs(r, 'district')))],
    CATALOG_COUNTS.districtLicensing,
    'district licensing',
  ), 'district licensing');
  const placed = new Set([...cityLic, ...cityPs, ...districtLic]);
  const unplaced = ADDED_ITEMS.filter((a) => !placed.has(a.spec)).map((a) => `${a.spec.name} (replaces ${a.replaces})`);
  if (unplaced.length > 0) throw new Error(`catalog: no SAMPLE filler to replace for ${unplaced.join(', ')}`);
  const districtCodes = tree.districts.map((d) => d.code).sort();
  const townships = tree.districts.flatMap((d) => d.children);
  const villages = townships.flatMap((t) => t.children);

  function carriersFor(spec: ItemSpec): string[] {
    switch (spec.level) {
      case 'city':
        return [CITY_CODE];
      case 'district':
        return districtCodes;
      default: {
        const pool = spec.level === 'township' ? townships : villages;
        return pool
          .filter((node) => {
            const townshipName = spec.level === 'township' ? node.name : (tree.byCode.get(node.parentCode ?? '')?.name ?? '');
            const rural = !townshipName.endsWith('街道');
            if (spec.ruralOnly && !rural) return false;
            return spec.share === undefined || unitFor(node.code, spec.name) < spec.share;
          })
          .map((n) => n.code)
          .sort();
      }
    }
  }

  const all = [...cityLic, ...cityPs, ...districtLic, ...TOWNSHIP_SPECS, ...VILLAGE_SPECS];
  const deptIndex = new Map(DEPARTMENTS.map((d, i) => [d.key, String(i + 1).padStart(2, '0')]));
  const seq = new Map<string, number>();
  const items = all.map((spec): Omit<BasicItem, 'idx'> => {
    const prefix = `${TYPE_CODE[spec.type]}${deptIndex.get(spec.dept) ?? '99'}${LEVEL_DIGIT[spec.level]}`;
    const n = (seq.get(prefix) ?? 0) + 1;
    seq.set(prefix, n);
    return { basicCode: `${prefix}${String(n).padStart(4, '0')}000`, spec, carriers: carriersFor(spec) };
  });
  const collator = new Intl.Collator('zh-CN');
  items.sort(
    (a, b) =>
      LEVEL_ORDER[a.spec.level] - LEVEL_ORDER[b.spec.level] ||
      b.spec.popularity - a.spec.popularity ||
      collator.compare(a.spec.name, b.spec.name) ||
      (a.basicCode < b.basicCode ? -1 : 1),
  );
  return items.map((item, idx) => ({ ...item, idx }));
}
