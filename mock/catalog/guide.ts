/** The complete standard guide (办事指南) of one instance, composed from its basic item's spec. */
import type { Guide, ItemLevel, Material } from '../../src/shared/api/catalog';
import type { BasicItem } from './build';
import { department, departmentPhone } from './departments';
import type { Instances } from './instances';

const HOURS_BY_LEVEL: Record<ItemLevel, string> = {
  city: '工作日 上午9:00—12:00，下午13:30—17:30（法定节假日除外）',
  district: '工作日 上午9:00—12:00，下午13:30—17:30，部分区县周六上午延时服务（法定节假日除外）',
  township: '工作日 上午9:00—12:00，下午14:00—17:30（法定节假日除外）',
  village: '工作日 上午9:00—11:30，下午14:30—17:00（法定节假日除外）',
};

/** Where the citizen goes, in words, for the guide's 办理地点. */
function handlingNote(instances: Instances, b: BasicItem, division: string): string {
  const s = b.spec;
  switch (s.level) {
    case 'city':
      return s.allDistricts
        ? `重庆市政务服务中心（渝中区）${department(s.dept).city}窗口受理；已实现“全渝通办”，全市38个区县政务服务中心均可受理，也可在渝快办在线申请`
        : `重庆市政务服务中心${department(s.dept).city}窗口受理，也可在渝快办在线申请`;
    case 'district': {
      const n = instances.node(division)?.name ?? '';
      return s.townshipAccepts
        ? `${n}政务服务中心${instances.departmentName(b, division)}窗口受理；${n}各乡镇（街道）便民服务中心可就近收件代办`
        : `${n}政务服务中心${instances.departmentName(b, division)}窗口受理，也可在渝快办在线申请`;
    }
    case 'township':
      return `${instances.node(division)?.name ?? ''}便民服务中心综合受理窗口办理，经办结果报区县主管部门审核的由便民服务中心跟踪反馈`;
    case 'village':
      return `${instances.node(division)?.name ?? ''}便民服务站代办员受理，代为向乡镇（街道）便民服务中心递交并反馈结果`;
  }
}

function materialsOf(b: BasicItem): Material[] {
  return b.spec.materials.map((m, i) => {
    const mat: Material = { id: `m${i + 1}`, name: m.name, form: m.form, medium: m.medium, copies: m.copies, requirement: m.requirement, source: m.source };
    if (m.issuer) mat.issuer = m.issuer;
    if (m.formDef) {
      mat.blankFormUrl = `/api/forms/${m.formDef.id}/blank`;
      mat.sampleUrl = `/api/forms/${m.formDef.id}/sample`;
    }
    if (m.notes) mat.notes = m.notes;
    return mat;
  });
}

/** The guide of an instance; `lifeEvents` names the 一件事 it belongs to. */
export function composeGuide(instances: Instances, b: BasicItem, division: string, lifeEvents: string[]): Guide {
  const s = b.spec;
  const summary = instances.summary(b, division);
  const idOf = new Map(s.materials.map((m, i) => [m.key, `m${i + 1}`]));
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
    materials: materialsOf(b),
    fees: { charged: s.fees.items.some((f) => f.amountYuan > 0), items: s.fees.items, note: s.fees.note },
    process: s.process,
    channels: { ...s.channels, hall: true },
    whereWhen: {
      handlingNote: handlingNote(instances, b, division),
      hours: HOURS_BY_LEVEL[s.level],
      consultationPhone: `${hotline ? `${hotline}（${department(s.dept).city.replace(/^国家税务总局/, '')}服务热线）；` : ''}${summary.department} ${departmentPhone(summary.department)}；政务服务便民热线 023-12345`,
      complaintPhone: '12345（重庆市政务服务便民热线）',
      progressQuery: '渝快办App或小程序“我的办件”，或拨打023-12345凭受理编号查询',
    },
    result: s.resultSample ? { ...s.result, sample: s.resultSample } : s.result,
    faq: s.faq,
    lifeEvents,
  };
}
