/** 一件事一次办: bundles of city items handled as one (names must match catalog items). */
import type { Guide, LifeEvent, LifeEventSummary, Material } from '../../src/shared/api/catalog';
import { CITY_CODE } from '../../src/shared/api/halls';
import type { BasicItem } from './build';
import type { Instances } from './instances';

export interface LifeEventDef {
  id: string;
  name: string;
  description: string;
  items: string[];
}

export const LIFE_EVENT_DEFS: LifeEventDef[] = [
  {
    id: 'kaiban-qiye',
    name: '开办企业',
    description: '企业设立登记、公章刻制、发票申领、员工参保和公积金缴存登记一次申请、一网通办，材料只交一次，一般1个工作日内办结',
    items: ['企业设立登记', '公章刻制备案', '发票领用', '单位职工参保登记', '住房公积金单位缴存登记'],
  },
  {
    id: 'xinshenger-chusheng',
    name: '新生儿出生',
    description: '出生医学证明、户口登记、医保参保、社保卡申领和预防接种证一次办理，出生医学证明信息共享，无需重复提交',
    items: ['出生医学证明办理', '出生登记', '城乡居民基本医疗保险参保登记', '社会保障卡申领', '预防接种证办理'],
  },
  {
    id: 'tuixiu',
    name: '退休',
    description: '职工退休审批、基本养老金申领、退休人员医保待遇核定和住房公积金退休提取联动办理',
    items: ['职工退休审批', '基本养老金申领', '退休人员基本医疗保险待遇核定', '住房公积金提取'],
  },
  {
    id: 'ershoufang-jiaoyi',
    name: '二手房交易',
    description: '存量房网签备案、契税申报、不动产转移登记和水电气过户“一窗受理、并行办理”',
    items: ['存量房交易网签备案', '契税申报', '二手房转移登记', '水电气过户'],
  },
];

interface Membership {
  def: LifeEventDef;
  members: BasicItem[];
}

/** The life events over the catalog's city items. */
export class LifeEvents {
  private readonly entries: Membership[];
  /** basic code → names of the life events it belongs to */
  private readonly namesByItem = new Map<string, string[]>();

  constructor(
    private readonly instances: Instances,
    defs: readonly LifeEventDef[] = LIFE_EVENT_DEFS,
  ) {
    this.entries = defs.map((def) => ({
      def,
      members: def.items.map((name) => {
        const b = instances.named(name);
        if (!b || b.spec.level !== 'city') throw new Error(`life event ${def.id}: no city item named ${name}`);
        return b;
      }),
    }));
    for (const { def, members } of this.entries) {
      for (const m of members) this.namesByItem.set(m.basicCode, [...(this.namesByItem.get(m.basicCode) ?? []), def.name]);
    }
  }

  /** The names of the life events a basic item belongs to. */
  namesOf(basicCode: string): string[] {
    return this.namesByItem.get(basicCode) ?? [];
  }

  summaries(): LifeEventSummary[] {
    return this.entries.map(({ def, members }) => ({
      id: def.id,
      name: def.name,
      description: def.description,
      itemCount: members.length,
      totalPromisedDays: totalDays(members),
    }));
  }

  /** One life event with its items and their materials merged by name. */
  detail(id: string, guideOf: (b: BasicItem, division: string) => Guide): LifeEvent | undefined {
    const entry = this.entries.find((e) => e.def.id === id);
    if (!entry) return undefined;
    const merged = new Map<string, Material & { itemIds: string[] }>();
    for (const b of entry.members) {
      const guide = guideOf(b, CITY_CODE);
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
      items: entry.members.map((b) => this.instances.summary(b, CITY_CODE)),
      materials: [...merged.values()],
      totalPromisedDays: totalDays(entry.members),
    };
  }
}

function totalDays(members: readonly BasicItem[]): number {
  return members.reduce((s, b) => s + b.spec.promisedDays, 0);
}
