/**
 * The item list (GET /items) and its counts (themes, departments): basic items filtered, in
 * catalog or search order, expanded to their instances in a division scope (or grouped one row
 * per basic item), paged by offset.
 */
import type { Audience, DepartmentEntry, ItemListQuery, ItemSummary, ThemeGroup } from '../../src/shared/api/catalog';
import type { CountedOffsetPage, OffsetRange } from '../server/paging';
import type { BasicItem } from './build';
import { DEPARTMENTS } from './departments';
import type { Instances } from './instances';
import { countIn, scopeRange } from './instances';
import type { SearchHit } from './search';
import { ENTERPRISE_THEMES, LIFE_THEMES } from './themes';

/** The filters of GET /api/items (the API type, without paging). */
export type ItemFilter = Omit<ItemListQuery, 'limit' | 'cursor'>;

/** A basic item in list order, with its search hit when the list is a search. */
export interface Block {
  b: BasicItem;
  hit?: SearchHit;
}

export function matches(b: BasicItem, f: ItemFilter): boolean {
  const s = b.spec;
  return (
    (!f.type || s.type === f.type) &&
    (!f.level || s.level === f.level) &&
    (!f.theme || s.themes.includes(f.theme)) &&
    (!f.department || s.dept === f.department) &&
    (!f.audience || s.audience.includes(f.audience))
  );
}

/** One page of rows: every instance in scope of each block, or one row per block when grouped. */
export function pageBlocks(
  instances: Instances,
  blocks: readonly Block[],
  filter: Pick<ItemFilter, 'division' | 'group' | 'near'>,
  range: OffsetRange,
): CountedOffsetPage<ItemSummary> {
  const { offset, limit } = range;
  let total = 0;
  const items: ItemSummary[] = [];
  for (const { b, hit } of blocks) {
    const [from, to] = scopeRange(b.carriers, filter.division);
    if (to === from) continue;
    if (filter.group === 'basic') {
      if (total >= offset && items.length < limit) {
        items.push({ ...instances.summary(b, instances.representative(b, from, to, filter.near), hit?.highlight), instanceCount: to - from });
      }
      total += 1;
      continue;
    }
    const n = to - from;
    // rows [total, total + n) belong to this block
    for (let row = Math.max(offset, total); row < total + n && items.length < limit; row++) {
      items.push(instances.summary(b, b.carriers[from + row - total], hit?.highlight));
    }
    total += n;
  }
  return { total, items, nextOffset: offset + limit < total ? offset + limit : null };
}

/** Instances per theme in a division scope; counts equal the /items totals for that theme. */
export function themeGroups(basics: readonly BasicItem[], division: string | undefined): ThemeGroup[] {
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
}

/** Instances per department in a division scope, departments without any left out. */
export function departmentEntries(basics: readonly BasicItem[], division: string | undefined): DepartmentEntry[] {
  const counts = new Map<string, number>();
  for (const b of basics) counts.set(b.spec.dept, (counts.get(b.spec.dept) ?? 0) + countIn(b, division));
  return DEPARTMENTS.filter((d) => (counts.get(d.key) ?? 0) > 0).map((d) => ({ key: d.key, name: d.city, count: counts.get(d.key) ?? 0 }));
}
