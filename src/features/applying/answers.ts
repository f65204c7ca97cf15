import type { ApplicantKind, DeliveryMethod, Draft, DraftInput, TaskKey } from '../../shared/api/applications';
import type { FieldValue, FormField } from '../../shared/forms/types';
import { isVisible, sectionEntries } from '../../shared/forms/validate';

export const APPLICANT_LABEL: Record<ApplicantKind, string> = { self: '本人申请', company: '以企业名义申请', family: '为家庭成员代办' };
export const DELIVERY_LABEL: Record<DeliveryMethod, string> = { express: '快递送达（邮费由政府承担）', pickup: '到大厅领取', electronic: '只要电子证照' };

/** One row of 核对 (check answers): which task it belongs to, the question, the answer in words. */
export interface AnswerRow {
  key: string;
  task: TaskKey;
  label: string;
  value: string;
}

export interface AnswerContext {
  /** division names chosen on this device */
  divisionNames?: Record<string, string>;
  /** address or hall names by id, when the page has them */
  places?: Record<string, string>;
}

function fieldText(field: FormField, value: FieldValue | undefined, ctx: AnswerContext): string {
  if (value === undefined || value === '') return '未填写';
  if (field.type === 'checkbox') return value === true ? '是' : '否';
  const v = String(value);
  switch (field.type) {
    case 'select':
      return field.options?.find((o) => o.value === v)?.label ?? v;
    case 'division':
      return ctx.divisionNames?.[v] ? `重庆市 ${ctx.divisionNames[v]}` : `地区编码 ${v}`;
    case 'money':
    case 'number':
      return `${v}${field.unit ?? (field.type === 'money' ? '元' : '')}`;
    case 'file':
      return '已上传文件';
    default:
      return v;
  }
}

/** Every answer of a draft's input, in task order, for 核对 and for comparing two versions. */
export function answerRows(draft: Draft, input: DraftInput, ctx: AnswerContext = {}): AnswerRow[] {
  const rows: AnswerRow[] = [];
  const situation = draft.situations.find((s) => s.id === input.situationId);
  rows.push({ key: 'situation', task: 'situation', label: '办理情形', value: situation?.name ?? '未选择' });
  rows.push({ key: 'applicant', task: 'applicant', label: '申请人', value: APPLICANT_LABEL[input.applicant.kind] });
  for (const section of draft.form.sections) {
    sectionEntries(section, input.values).forEach((entry, index) => {
      for (const field of section.fields) {
        if (!isVisible(field, entry)) continue;
        const prefix = section.repeat ? `${section.key}.${index}` : section.key;
        const label = section.repeat ? `${section.repeat.itemLabel}${index + 1}·${field.label}` : field.label;
        const locked = field.locked && field.prefill ? draft.prefilled[field.prefill] : undefined;
        rows.push({ key: `form.${prefix}.${field.key}`, task: 'form', label, value: locked ? `${locked}（已核验）` : fieldText(field, entry[field.key], ctx) });
      }
    });
  }
  for (const m of draft.checklist) {
    const answer = input.materials[m.materialId];
    let value = '未提供';
    if (answer?.kind === 'certificate' || (!answer && m.certificate)) value = `已自动获取：${m.certificate?.name ?? m.name}（电子证照）`;
    else if (answer?.kind === 'upload') value = answer.uploadIds.length > 0 ? `已上传 ${answer.uploadIds.length} 个文件` : '未上传';
    else if (answer?.kind === 'deferred') value = '容缺后补';
    else if (m.requirement === 'optional') value = '不提供（选交）';
    rows.push({ key: `materials.${m.materialId}`, task: 'materials', label: m.name, value });
  }
  const d = input.delivery;
  const place = d?.method === 'express' ? ctx.places?.[d.addressId] : d?.method === 'pickup' ? ctx.places?.[d.hallId] : undefined;
  rows.push({ key: 'delivery', task: 'delivery', label: '领取方式', value: d ? `${DELIVERY_LABEL[d.method]}${place ? `：${place}` : ''}` : '未选择' });
  return rows;
}
