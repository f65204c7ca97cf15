/**
 * The in-memory catalog, built once per process over the halls store: instances and their
 * summaries (instances.ts), guides (guide.ts), lists and counts (listing.ts), a hall's items
 * (hall-items.ts), life events, forms and the search index. Read-only: a pure function of the
 * data.
 */
import type { DepartmentEntry, Guide, ItemSummary, LifeEvent, LifeEventSummary, ThemeGroup } from '../../src/shared/api/catalog';
import type { NearbyHall } from '../../src/shared/api/halls';
import type { HallStore, NearbyQuery } from '../halls/store';
import type { CountedOffsetPage, OffsetPage, OffsetRange } from '../server/paging';
import { slicePage } from '../server/paging';
import type { BasicItem } from './build';
import { composeGuide } from './guide';
import { hallInstances } from './hall-items';
import { Instances, departmentDisplay } from './instances';
import { LifeEvents } from './life-events';
import type { Block, ItemFilter } from './listing';
import { departmentEntries, matches, pageBlocks, themeGroups } from './listing';
import type { SearchDoc, SearchHit, SearchIndex } from './search';
import { createSearchIndex } from './search';
import type { FormDef } from './spec';

export type { ItemFilter } from './listing';

export interface Suggestion {
  id: string;
  name: string;
  highlight: Array<[number, number]>;
}

export type SearchFactory = (docs: SearchDoc[]) => SearchIndex;

/** Every printable form of the catalog, by id; a form without an id gets `<basic code>-<material key>`. */
function collectForms(basics: readonly BasicItem[]): Map<string, FormDef> {
  const forms = new Map<string, FormDef>();
  for (const b of basics) {
    for (const m of b.spec.materials) {
      if (!m.formDef) continue;
      if (!m.formDef.id) m.formDef = { ...m.formDef, id: `${b.basicCode}-${m.key}` };
      forms.set(m.formDef.id, m.formDef);
    }
  }
  return forms;
}

export class CatalogStore {
  private readonly instances: Instances;
  private readonly lifeEventIndex: LifeEvents;
  private readonly forms: Map<string, FormDef>;
  /** one search document per basic item */
  private readonly docs: SearchDoc[];
  private readonly index: SearchIndex;

  constructor(
    private readonly halls: HallStore,
    searchFactory: SearchFactory = createSearchIndex,
  ) {
    this.instances = new Instances(halls.tree);
    this.forms = collectForms(this.instances.basics);
    this.docs = this.instances.basics.map((b) => ({
      id: b.basicCode,
      name: b.spec.name,
      aliases: b.spec.aliases,
      department: departmentDisplay(b),
      themes: b.spec.themes,
      popularity: b.spec.popularity,
    }));
    this.index = searchFactory(this.docs);
    this.lifeEventIndex = new LifeEvents(this.instances);
  }

  get basics(): readonly BasicItem[] {
    return this.instances.basics;
  }

  /** total number of implementation instances */
  get instanceCount(): number {
    return this.instances.instanceCount;
  }

  /** Without `q` in catalog order, with `q` best match first. */
  list(filter: ItemFilter, range: OffsetRange): CountedOffsetPage<ItemSummary> {
    const blocks: Block[] = filter.q?.trim()
      ? this.searchOrder(filter.q).filter(({ b }) => matches(b, filter))
      : this.instances.basics.filter((b) => matches(b, filter)).map((b) => ({ b }));
    return pageBlocks(this.instances, blocks, filter, range);
  }

  summary(id: string): ItemSummary | undefined {
    const r = this.instances.resolve(id);
    return r && this.instances.summary(r.b, r.division);
  }

  guide(id: string): Guide | undefined {
    const r = this.instances.resolve(id);
    return r && this.guideOf(r.b, r.division);
  }

  /** ids of the halls handling an instance */
  hallIdsFor(id: string): string[] | undefined {
    const r = this.instances.resolve(id);
    return r && this.instances.hallIds(r.b, r.division);
  }

  /** The halls handling an instance, nearest first: the halls store's own ranking. */
  itemHallsNearby(id: string, query: Omit<NearbyQuery, 'level'>, range: OffsetRange, now: Date): OffsetPage<NearbyHall> | undefined {
    const handling = this.hallIdsFor(id);
    if (!handling) return undefined;
    const ids = new Set(handling);
    return this.halls.rank(query, range, now, (hall) => ids.has(hall.id));
  }

  /** undefined when the hall does not exist */
  hallItems(hallId: string, q: string | undefined, range: OffsetRange): CountedOffsetPage<ItemSummary> | undefined {
    const hall = this.halls.getHall(hallId);
    if (!hall) return undefined;
    const pairs = hallInstances(this.instances, hall);
    if (!q?.trim()) return slicePage(pairs, range, ([b, d]) => this.instances.summary(b, d));
    const rank = new Map(this.index.search(q, this.instances.basics.length).map((hit, i) => [hit.id, { hit, i }]));
    const rows: Array<{ b: BasicItem; division: string; hit: SearchHit; i: number }> = [];
    for (const [b, division] of pairs) {
      const r = rank.get(b.basicCode);
      if (r) rows.push({ b, division, ...r });
    }
    rows.sort((x, y) => x.i - y.i);
    return slicePage(rows, range, (row) => this.instances.summary(row.b, row.division, row.hit.highlight));
  }

  /** At most `limit` names as the citizen types, each opening the instance nearest `near`. */
  suggest(q: string, limit = 8, near?: string): Suggestion[] {
    const out: Suggestion[] = [];
    for (const hit of this.index.suggest(q, limit)) {
      const b = this.instances.basic(hit.id);
      if (!b) continue;
      out.push({ id: `${this.instances.representative(b, 0, b.carriers.length, near)}-${b.basicCode}`, name: b.spec.name, highlight: hit.highlight });
    }
    return out;
  }

  themes(division?: string): ThemeGroup[] {
    return themeGroups(this.instances.basics, division);
  }

  departments(division?: string): DepartmentEntry[] {
    return departmentEntries(this.instances.basics, division);
  }

  lifeEvents(): LifeEventSummary[] {
    return this.lifeEventIndex.summaries();
  }

  lifeEvent(id: string): LifeEvent | undefined {
    return this.lifeEventIndex.detail(id, (b, division) => this.guideOf(b, division));
  }

  form(id: string): FormDef | undefined {
    return this.forms.get(id);
  }

  searchDocs(): SearchDoc[] {
    return this.docs;
  }

  private guideOf(b: BasicItem, division: string): Guide {
    return composeGuide(this.instances, b, division, this.lifeEventIndex.namesOf(b.basicCode));
  }

  private searchOrder(q: string): Block[] {
    const blocks: Block[] = [];
    for (const hit of this.index.search(q, this.instances.basics.length)) {
      const b = this.instances.basic(hit.id);
      if (b) blocks.push({ b, hit });
    }
    return blocks;
  }
}
