/**
 * The in-memory catalog: basic items (one per basicCode) and virtual implementation instances
 * (basic item × implementing division), built once at start. Instances are never stored: an id
 * is `<division code>-<basic code>` and summaries/guides are composed on demand, so the ~120,000
 * township and village instances cost nothing until asked for.
 */
import type {
  Audience,
  DepartmentEntry,
  Guide,
  ItemLevel,
  ItemListQuery,
  ItemSummary,
  LifeEvent,
  LifeEventSummary,
  Material,
  ThemeGroup,
} from '../../src/shared/api/catalog';
import type { NearbyHall } from '../../src/shared/api/halls';
import { distanceMeters } from '../../src/shared/geo/distance';
import type { DivisionNode, DivisionTree } from '../halls/divisions';
import { CITY_HALL_ID } from '../halls/generate';
import type { HallStore } from '../halls/store';
import { createHallStore, isHallOpen, requestClock, toSummary } from '../halls/store';
import type { BasicItem } from './build';
import { buildBasicItems } from './build';
import { DEPARTMENTS, bodyCreditCode, department, departmentPhone, districtDepartmentName, townshipBodyName, villageBodyName } from './departments';
import type { SearchDoc, SearchHit, SearchIndex } from './search';
import { createSearchIndex } from './search';
import { LIFE_EVENT_DEFS } from './life-events';
import type { FormDef } from './spec';
import { ENTERPRISE_THEMES, LIFE_THEMES, THEME_AUDIENCE } from './themes';

export const CITY_DIVISION = CITY_HALL_ID;
export const ITEM_ID = /^(\d{6}|\d{9}|\d{12})-(\d{12})$/;

/** The filters of GET /api/items (the API type, without paging). */
export type ItemFilter = Omit<ItemListQuery, 'limit' | 'cursor'>;

export interface Page<T> {
  total: number;
  items: T[];
  nextOffset: number | null;
}

export interface CatalogStore {
  readonly basics: readonly BasicItem[];
  /** total number of implementation instances */
  readonly instanceCount: number;
  list(filter: ItemFilter, offset: number, limit: number): Page<ItemSummary>;
  summary(id: string): ItemSummary | undefined;
  guide(id: string): Guide | undefined;
  /** ids of the halls handling an instance */
  hallIdsFor(id: string): string[] | undefined;
  itemHallsNearby(id: string, query: { lat: number; lng: number; openNow?: boolean; offset: number; limit: number }, now: Date): { items: NearbyHall[]; nextOffset: number | null } | undefined;
  hallItems(hallId: string, q: string | undefined, offset: number, limit: number): Page<ItemSummary> | undefined;
  suggest(q: string, limit?: number, near?: string): Array<{ id: string; name: string; highlight: Array<[number, number]> }>;
  themes(division?: string): ThemeGroup[];
  departments(division?: string): DepartmentEntry[];
  lifeEvents(): LifeEventSummary[];
  lifeEvent(id: string): LifeEvent | undefined;
  form(id: string): FormDef | undefined;
  searchDocs(): SearchDoc[];
}

const HOURS_BY_LEVEL: Record<ItemLevel, string> = {
  city: '工作日 上午9:00—12:00，下午13:30—17:30（法定节假日除外）',
  district: '工作日 上午9:00—12:00，下午13:30—17:30，部分区县周六上午延时服务（法定节假日除外）',
  township: '工作日 上午9:00—12:00，下午14:00—17:30（法定节假日除外）',
  village: '工作日 上午9:00—11:30，下午14:30—17:00（法定节假日除外）',
};

function lowerBound(arr: readonly string[], key: string): number {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (arr[mid] < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** [from, to) of the carriers inside a division scope. */
function scopeRange(carriers: readonly string[], division: string | undefined): [number, number] {
  if (!division || division === CITY_DIVISION) return [0, carriers.length];
  return [lowerBound(carriers, division), lowerBound(carriers, `${division}\uffff`)];
}

export function createCatalogStore(halls: HallStore, searchFactory: (docs: SearchDoc[]) => SearchIndex = (docs) => createSearchIndex(docs)): CatalogStore {
  const tree: DivisionTree = halls.tree;
  const basics = buildBasicItems(tree);
  const byCode = new Map(basics.map((b) => [b.basicCode, b]));
  const byName = new Map(basics.map((b) => [b.spec.name, b]));
  const carrierSets = new Map(basics.filter((b) => b.spec.level === 'township' || b.spec.level === 'village').map((b) => [b.basicCode, new Set(b.carriers)]));
  const instanceCount = basics.reduce((s, b) => s + b.carriers.length, 0);

  // forms
  const forms = new Map<string, FormDef>();
  for (const b of basics) {
    for (const m of b.spec.materials) {
      if (!m.formDef) continue;
      if (!m.formDef.id) m.formDef = { ...m.formDef, id: `${b.basicCode}-${m.key}` };
      forms.set(m.formDef.id, m.formDef);
    }
  }

  // search: one doc per basic item
  const docs: SearchDoc[] = basics.map((b) => ({
    id: b.basicCode,
    name: b.spec.name,
    aliases: b.spec.aliases,
    department: deptDisplay(b),
    themes: b.spec.themes,
    popularity: b.spec.popularity,
  }));
  const index = searchFactory(docs);

  // life events → member basic items
  const lifeEventMembers = LIFE_EVENT_DEFS.map((def) => ({
    def,
    members: def.items.map((name) => {
      const b = byName.get(name);
      if (!b || b.spec.level !== 'city') throw new Error(`life event ${def.id}: no city item named ${name}`);
      return b;
    }),
  }));
  const lifeEventsOf = new Map<string, string[]>();
  for (const { def, members } of lifeEventMembers) for (const m of members) lifeEventsOf.set(m.basicCode, [...(lifeEventsOf.get(m.basicCode) ?? []), def.name]);

  function deptDisplay(b: BasicItem): string {
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

  function node(code: string): DivisionNode | undefined {
    return tree.byCode.get(code);
  }

  function departmentName(b: BasicItem, division: string): string {
    const n = node(division);
    switch (b.spec.level) {
      case 'city':
        return department(b.spec.dept).city;
      case 'district':
        return districtDepartmentName(b.spec.dept, n?.name ?? '');
      case 'township':
        return townshipBodyName(n?.name ?? '');
      case 'village':
        return villageBodyName(n?.name ?? '');
    }
  }

  function divisionName(division: string): string {
    if (division === CITY_DIVISION) return tree.city.name;
    const n = node(division);
    if (!n) return '';
    const path = [n.name];
    let p = n.parentCode ? node(n.parentCode) : undefined;
    while (p) {
      path.unshift(p.name);
      p = p.parentCode ? node(p.parentCode) : undefined;
    }
    return path.join(' ');
  }

  function resolve(id: string): { b: BasicItem; division: string } | undefined {
    const m = ITEM_ID.exec(id);
    if (!m) return undefined;
    const b = byCode.get(m[2]);
    const division = m[1];
    if (!b) return undefined;
    const set = carrierSets.get(b.basicCode);
    if (set ? !set.has(division) : b.carriers[lowerBound(b.carriers, division)] !== division) return undefined;
    return { b, division };
  }

  function toItemSummary(b: BasicItem, division: string, highlight?: Array<[number, number]>): ItemSummary {
    const s = b.spec;
    const deptName = departmentName(b, division);
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
      divisionName: divisionName(division),
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

  function hallIds(b: BasicItem, division: string): string[] {
    switch (b.spec.level) {
      case 'city':
        return b.spec.allDistricts ? [CITY_DIVISION, ...tree.districts.map((d) => d.code)] : [CITY_DIVISION];
      case 'district':
        return b.spec.townshipAccepts ? [division, ...(node(division)?.children.map((t) => t.code) ?? [])] : [division];
      default:
        return [division];
    }
  }

  function handlingNote(b: BasicItem, division: string): string {
    const s = b.spec;
    switch (s.level) {
      case 'city':
        return s.allDistricts
          ? `重庆市政务服务中心（渝中区）${department(s.dept).city}窗口受理；已实现“全渝通办”，全市38个区县政务服务中心均可受理，也可在渝快办在线申请`
          : `重庆市政务服务中心${department(s.dept).city}窗口受理，也可在渝快办在线申请`;
      case 'district': {
        const n = node(division)?.name ?? '';
        return s.townshipAccepts
          ? `${n}政务服务中心${departmentName(b, division)}窗口受理；${n}各乡镇（街道）便民服务中心可就近收件代办`
          : `${n}政务服务中心${departmentName(b, division)}窗口受理，也可在渝快办在线申请`;
      }
      case 'township':
        return `${node(division)?.name ?? ''}便民服务中心综合受理窗口办理，经办结果报区县主管部门审核的由便民服务中心跟踪反馈`;
      case 'village':
        return `${node(division)?.name ?? ''}便民服务站代办员受理，代为向乡镇（街道）便民服务中心递交并反馈结果`;
    }
  }

  function toGuide(b: BasicItem, division: string): Guide {
    const s = b.spec;
    const summary = toItemSummary(b, division);
    const materials: Material[] = s.materials.map((m, i) => {
      const mat: Material = { id: `m${i + 1}`, name: m.name, form: m.form, medium: m.medium, copies: m.copies, requirement: m.requirement, source: m.source };
      if (m.issuer) mat.issuer = m.issuer;
      if (m.formDef) {
        mat.blankFormUrl = `/api/forms/${m.formDef.id}/blank`;
        mat.sampleUrl = `/api/forms/${m.formDef.id}/sample`;
      }
      if (m.notes) mat.notes = m.notes;
      return mat;
    });
    const idOf = new Map(s.materials.map((m, i) => [m.key, `m${i + 1}`]));
    const deptName = summary.department;
    const hotline = department(s.dept).hotline;
    return {
      ...summary,
      legalBasis: s.legalBasis,
      acceptanceConditions: s.conditions,
      intermediaryServices: s.intermediary,
      statutoryDays: s.statutoryDays,
      situations: s.situations.map((sit, i) => ({
        id: `s${i + 1}`,
        name: sit.name,
        description: sit.description,
        materialIds: sit.materials.map((k) => {
          const id = idOf.get(k);
          if (!id) throw new Error(`${s.name}: situation ${sit.name} names unknown material ${k}`);
          return id;
        }),
      })),
      materials,
      fees: { charged: s.fees.items.some((f) => f.amountYuan > 0), items: s.fees.items, note: s.fees.note },
      process: s.process,
      channels: { ...s.channels, hall: true },
      whereWhen: {
        handlingNote: handlingNote(b, division),
        hours: HOURS_BY_LEVEL[s.level],
        consultationPhone: `${hotline ? `${hotline}（${department(s.dept).city.replace(/^国家税务总局/, '')}服务热线）；` : ''}${deptName} ${departmentPhone(deptName)}；政务服务便民热线 023-12345`,
        complaintPhone: '12345（重庆市政务服务便民热线）',
        progressQuery: '渝快办App或小程序“我的办件”，或拨打023-12345凭受理编号查询',
      },
      result: s.resultSample ? { ...s.result, sample: s.resultSample } : s.result,
      faq: s.faq,
      lifeEvents: lifeEventsOf.get(b.basicCode) ?? [],
    };
  }

  function matches(b: BasicItem, f: ItemFilter): boolean {
    const s = b.spec;
    return (
      (!f.type || s.type === f.type) &&
      (!f.level || s.level === f.level) &&
      (!f.theme || s.themes.includes(f.theme)) &&
      (!f.department || s.dept === f.department) &&
      (!f.audience || s.audience.includes(f.audience))
    );
  }

  function countIn(b: BasicItem, division: string | undefined): number {
    const [from, to] = scopeRange(b.carriers, division);
    return to - from;
  }

  function searchOrder(q: string): Array<{ b: BasicItem; hit: SearchHit }> {
    return index
      .search(q, basics.length)
      .map((hit) => ({ b: byCode.get(hit.id), hit }))
      .filter((x): x is { b: BasicItem; hit: SearchHit } => x.b !== undefined);
  }

  function carries(b: BasicItem, code: string): boolean {
    const set = carrierSets.get(b.basicCode);
    return set ? set.has(code) : b.carriers[lowerBound(b.carriers, code)] === code;
  }

  /**
   * The instance that serves a citizen of division `near` (its village, township, district or
   * the city), else the first one in scope: a grouped row opens the guide of the citizen's own
   * implementing department and halls.
   */
  function representative(b: BasicItem, from: number, to: number, near: string | undefined): string {
    if (near) {
      for (const code of [near.slice(0, 12), near.slice(0, 9), near.slice(0, 6)]) {
        const i = lowerBound(b.carriers, code);
        if (i >= from && i < to && carries(b, code)) return code;
      }
    }
    return b.carriers[from];
  }

  function pageBlocks(
    blocks: Array<{ b: BasicItem; hit?: SearchHit }>,
    filter: Pick<ItemFilter, 'division' | 'group' | 'near'>,
    offset: number,
    limit: number,
  ): Page<ItemSummary> {
    const division = filter.division;
    let total = 0;
    const items: ItemSummary[] = [];
    for (const { b, hit } of blocks) {
      const [from, to] = scopeRange(b.carriers, division);
      if (to === from) continue;
      if (filter.group === 'basic') {
        if (total >= offset && items.length < limit) {
          items.push({ ...toItemSummary(b, representative(b, from, to, filter.near), hit?.highlight), instanceCount: to - from });
        }
        total += 1;
        continue;
      }
      const n = to - from;
      // rows [total, total + n) belong to this block
      for (let row = Math.max(offset, total); row < total + n && items.length < limit; row++) {
        items.push(toItemSummary(b, b.carriers[from + row - total], hit?.highlight));
      }
      total += n;
    }
    return { total, items, nextOffset: offset + limit < total ? offset + limit : null };
  }

  function hallPairs(hallId: string): Array<[BasicItem, string]> | undefined {
    const hall = halls.getHall(hallId);
    if (!hall) return undefined;
    const pairs: Array<[BasicItem, string]> = [];
    for (const b of basics) {
      const s = b.spec;
      if (hall.level === 'city' && s.level === 'city') pairs.push([b, CITY_DIVISION]);
      else if (hall.level === 'district' && s.level === 'city' && s.allDistricts) pairs.push([b, CITY_DIVISION]);
      else if (hall.level === 'district' && s.level === 'district') pairs.push([b, hall.id]);
      else if (hall.level === 'township' && s.level === 'district' && s.townshipAccepts) pairs.push([b, hall.divisions.district ?? '']);
      else if ((hall.level === 'township' && s.level === 'township') || (hall.level === 'village' && s.level === 'village')) {
        if (carrierSets.get(b.basicCode)?.has(hall.id)) pairs.push([b, hall.id]);
      }
    }
    return pairs;
  }

  return {
    basics,
    instanceCount,

    list(filter, offset, limit) {
      const blocks = filter.q?.trim()
        ? searchOrder(filter.q).filter(({ b }) => matches(b, filter))
        : basics.filter((b) => matches(b, filter)).map((b) => ({ b }));
      return pageBlocks(blocks, filter, offset, limit);
    },

    summary(id) {
      const r = resolve(id);
      return r && toItemSummary(r.b, r.division);
    },

    guide(id) {
      const r = resolve(id);
      return r && toGuide(r.b, r.division);
    },

    hallIdsFor(id) {
      const r = resolve(id);
      return r && hallIds(r.b, r.division);
    },

    itemHallsNearby(id, query, now) {
      const r = resolve(id);
      if (!r) return undefined;
      const clock = requestClock(now);
      const point = { lat: query.lat, lng: query.lng };
      const rows = hallIds(r.b, r.division)
        .map((hid) => halls.getHall(hid))
        .filter((h): h is NonNullable<typeof h> => h !== undefined && (!query.openNow || isHallOpen(h.weeklyHours, clock)))
        .map((h) => ({ h, d: distanceMeters(point, h.location) }))
        .sort((a, b) => a.d - b.d || (a.h.id < b.h.id ? -1 : 1));
      const items = rows.slice(query.offset, query.offset + query.limit).map(({ h, d }): NearbyHall => ({ ...toSummary(h, clock), distanceMeters: Math.round(d) }));
      return { items, nextOffset: rows.length > query.offset + query.limit ? query.offset + query.limit : null };
    },

    hallItems(hallId, q, offset, limit) {
      const pairs = hallPairs(hallId);
      if (!pairs) return undefined;
      let rows: Array<[BasicItem, string, SearchHit?]> = pairs;
      if (q?.trim()) {
        const rank = new Map(index.search(q, basics.length).map((hit, i) => [hit.id, { hit, i }]));
        rows = pairs
          .filter(([b]) => rank.has(b.basicCode))
          .map(([b, d]): [BasicItem, string, SearchHit] => [b, d, rank.get(b.basicCode)!.hit])
          .sort((a, b) => rank.get(a[0].basicCode)!.i - rank.get(b[0].basicCode)!.i);
      }
      const items = rows.slice(offset, offset + limit).map(([b, d, hit]) => toItemSummary(b, d, hit?.highlight));
      return { total: rows.length, items, nextOffset: offset + limit < rows.length ? offset + limit : null };
    },

    suggest(q, limit = 8, near) {
      const out: Array<{ id: string; name: string; highlight: Array<[number, number]> }> = [];
      for (const hit of index.suggest(q, limit)) {
        const b = byCode.get(hit.id);
        if (!b) continue;
        out.push({ id: `${representative(b, 0, b.carriers.length, near)}-${b.basicCode}`, name: b.spec.name, highlight: hit.highlight });
      }
      return out;
    },

    themes(division) {
      const counts = new Map<string, number>();
      for (const b of basics) {
        const n = countIn(b, division);
        if (n) for (const t of b.spec.themes) counts.set(t, (counts.get(t) ?? 0) + n);
      }
      const group = (audience: Audience, names: readonly string[]): ThemeGroup => ({
        audience,
        themes: names.map((name) => ({ name, count: counts.get(name) ?? 0 })).filter((t) => t.count > 0),
      });
      return [group('citizen', LIFE_THEMES), group('enterprise', ENTERPRISE_THEMES)];
    },

    departments(division) {
      const counts = new Map<string, number>();
      for (const b of basics) counts.set(b.spec.dept, (counts.get(b.spec.dept) ?? 0) + countIn(b, division));
      return DEPARTMENTS.filter((d) => (counts.get(d.key) ?? 0) > 0).map((d) => ({ key: d.key, name: d.city, count: counts.get(d.key) ?? 0 }));
    },

    lifeEvents() {
      return lifeEventMembers.map(({ def, members }) => ({
        id: def.id,
        name: def.name,
        description: def.description,
        itemCount: members.length,
        totalPromisedDays: members.reduce((s, b) => s + b.spec.promisedDays, 0),
      }));
    },

    lifeEvent(id) {
      const entry = lifeEventMembers.find((e) => e.def.id === id);
      if (!entry) return undefined;
      const items = entry.members.map((b) => toItemSummary(b, CITY_DIVISION));
      const merged = new Map<string, Material & { itemIds: string[] }>();
      for (const b of entry.members) {
        const guide = toGuide(b, CITY_DIVISION);
        for (const m of guide.materials) {
          const existing = merged.get(m.name);
          if (existing) {
            if (!existing.itemIds.includes(guide.id)) existing.itemIds.push(guide.id);
            // the strictest requirement wins
            if (m.requirement === 'required') existing.requirement = 'required';
          } else {
            merged.set(m.name, { ...m, id: `lm${merged.size + 1}`, itemIds: [guide.id] });
          }
        }
      }
      return {
        id: entry.def.id,
        name: entry.def.name,
        description: entry.def.description,
        items,
        materials: [...merged.values()],
        totalPromisedDays: entry.members.reduce((s, b) => s + b.spec.promisedDays, 0),
      };
    },

    form: (id) => forms.get(id),
    searchDocs: () => docs,
  };
}

// ---- shared instance -----------------------------------------------------------------------

const cache = new WeakMap<HallStore, CatalogStore>();

/** The catalog over a hall store, built once per store. */
export function catalogFor(halls: HallStore): CatalogStore {
  let store = cache.get(halls);
  if (!store) {
    store = createCatalogStore(halls);
    cache.set(halls, store);
  }
  return store;
}

/** The search documents (one per basic item) for the search engine's tests. */
export function catalogSearchDocs(): SearchDoc[] {
  return catalogFor(sharedHalls ??= createHallStore()).searchDocs();
}
let sharedHalls: HallStore | undefined;

export { THEME_AUDIENCE };
