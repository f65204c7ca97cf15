/**
 * 一件事一次办: a life-event draft is ONE form that files one linked application per item.
 *
 * The draft keeps what the citizen entered once: the applicant choice, the values of the combined
 * form, one answer per material (materials of the same name across items are one row, `lm1`…),
 * and one delivery choice. Each item is evaluated as if it were its own draft (its first
 * situation, its own form's sections taken from the combined values, its materials mapped from
 * the shared answers), with the very checks of a single draft; their problems are mapped back to
 * the combined form's paths. So nothing about validation is written twice, and submit files each
 * item through the same commit as a single application.
 */
import type { DeliveryChoice, DeliveryMethod, Draft, DraftInput, DraftMaterial, MaterialAnswer } from '../../src/shared/api/applications';
import { LIFE_EVENT_SITUATION } from '../../src/shared/api/applications';
import type { Guide, LifeEvent } from '../../src/shared/api/catalog';
import type { ApplicationForm, FieldErrors, FormSection, FormValues } from '../../src/shared/forms/types';
import type { World } from '../world';
import type { DraftState } from './drafts';
import { DRAFT_MESSAGES, assembleDraft, evaluate, normaliseApplicant, saveProblems, submitProblems } from './drafts';
import { missing, refuse } from './errors';
import type { DraftRecord } from './model';
import { feeQuoteFor } from '../payments';

export const BUNDLE_MESSAGES = {
  lifeEvent: '未找到该“一件事”',
  notOnline: '该“一件事”中有事项暂不支持在线申请，请到大厅办理',
  situation: '“一件事”草稿的办理情形不能更改',
} as const;

/** One item of a life-event draft, evaluated as its own draft. */
export interface BundleMember {
  guide: Guide;
  state: DraftState;
  /** the item's material id → the combined row id */
  rowOf: Map<string, string>;
  /** the item's own draft record (values and answers taken from the combined draft) */
  record: Pick<DraftRecord, 'userId' | 'itemId' | 'situationId' | 'applicant' | 'values' | 'materials'>;
}

export interface BundleState {
  event: LifeEvent;
  members: BundleMember[];
  form: ApplicationForm;
  checklist: DraftMaterial[];
  deliveryOptions: DeliveryMethod[];
}

export function requireLifeEvent(world: World, id: string): LifeEvent {
  const event = world.catalog.lifeEvent(id);
  if (!event) refuse({ lifeEventId: BUNDLE_MESSAGES.lifeEvent });
  return event;
}

/** The combined form: each section once (by key), with every field any item asks in it. */
export function combinedForm(event: Pick<LifeEvent, 'id' | 'name'>, forms: ApplicationForm[]): ApplicationForm {
  const sections: FormSection[] = [];
  for (const form of forms) {
    for (const section of form.sections) {
      const existing = sections.find((s) => s.key === section.key);
      if (!existing) {
        sections.push({ ...section, fields: [...section.fields] });
        continue;
      }
      for (const field of section.fields) if (!existing.fields.some((f) => f.key === field.key)) existing.fields.push(field);
    }
  }
  return { ...forms[0], id: `life-event:${event.id}`, title: `${event.name}（一件事一次办）`, sections };
}

/** The combined values restricted to one item's form. */
function valuesFor(form: ApplicationForm, values: FormValues): FormValues {
  const out: FormValues = {};
  for (const section of form.sections) {
    const raw = values[section.key];
    if (raw === undefined) continue;
    const keep = (entry: Record<string, string | boolean>) => Object.fromEntries(Object.entries(entry).filter(([k]) => section.fields.some((f) => f.key === k)));
    out[section.key] = Array.isArray(raw) ? raw.map(keep) : keep(raw);
  }
  return out;
}

const STRICTNESS = { required: 2, deferrable: 1, optional: 0 } as const;

export function evaluateBundle(world: World, record: Pick<DraftRecord, 'userId' | 'itemId' | 'lifeEventId' | 'applicant' | 'values' | 'materials'>, now: Date): BundleState {
  const event = world.catalog.lifeEvent(record.lifeEventId ?? record.itemId);
  if (!event) throw missing('id', DRAFT_MESSAGES.notFound);
  // First pass: each item's checklist, to number the combined rows by name.
  const probes = event.items.map((item) => {
    const guide = world.catalog.guide(item.id);
    if (!guide) throw missing('id', DRAFT_MESSAGES.notFound);
    const situationId = guide.situations[0].id;
    return { guide, situationId, state: evaluate(world, { userId: record.userId, itemId: guide.id, situationId, applicant: record.applicant, values: {}, materials: {} }, now) };
  });
  const rowIdByName = new Map<string, string>();
  for (const p of probes) for (const row of p.state.checklist) if (!rowIdByName.has(row.name)) rowIdByName.set(row.name, `lm${rowIdByName.size + 1}`);
  const form = combinedForm(event, probes.map((p) => p.state.form));

  const members: BundleMember[] = probes.map(({ guide, situationId, state: probe }) => {
    const rowOf = new Map(probe.checklist.map((row) => [row.materialId, rowIdByName.get(row.name) as string]));
    const materials: Record<string, MaterialAnswer> = {};
    for (const [materialId, rowId] of rowOf) {
      const answer = record.materials[rowId];
      if (answer) materials[materialId] = answer;
    }
    const memberRecord = { userId: record.userId, itemId: guide.id, situationId, applicant: record.applicant, values: valuesFor(probe.form, record.values), materials };
    return { guide, rowOf, record: memberRecord, state: evaluate(world, memberRecord, now) };
  });

  const rows = new Map<string, DraftMaterial>();
  for (const m of members) {
    for (const row of m.state.checklist) {
      const id = m.rowOf.get(row.materialId) as string;
      const existing = rows.get(id);
      if (!existing) {
        const combined: DraftMaterial = { ...row, materialId: id };
        const answer = record.materials[id] ?? (row.certificate ? { kind: 'certificate' as const, certificateId: row.certificate.id } : undefined);
        if (answer) combined.answer = answer;
        else delete combined.answer;
        rows.set(id, combined);
      } else if (STRICTNESS[row.requirement] > STRICTNESS[existing.requirement]) {
        existing.requirement = row.requirement;
      }
    }
  }
  const deliveryOptions = members.reduce<DeliveryMethod[]>((common, m) => common.filter((d) => m.state.deliveryOptions.includes(d)), ['express', 'pickup', 'electronic']);
  return { event, members, form, checklist: [...rows.values()], deliveryOptions };
}

/** An item's problem path → the combined draft's (materials are renumbered; the rest is shared). */
function mapProblems(member: BundleMember, problems: FieldErrors, into: FieldErrors): void {
  for (const [path, message] of Object.entries(problems)) {
    const material = /^materials\.(.+)$/.exec(path);
    const key = material ? `materials.${member.rowOf.get(material[1]) ?? material[1]}` : path;
    into[key] ??= message;
  }
}

/** The delivery choice as each item takes it (a pick-up hall must handle the item). */
export function bundleSubmitProblems(world: World, bundle: BundleState, delivery: DeliveryChoice | undefined): FieldErrors {
  const problems: FieldErrors = {};
  for (const m of bundle.members) mapProblems(m, submitProblems(world, m.state, delivery), problems);
  return problems;
}

export function bundleDraftView(world: World, record: DraftRecord, now: Date): Draft {
  const bundle = evaluateBundle(world, record, now);
  const quotes = bundle.members.flatMap((m) => feeQuoteFor(world, m.guide.id, m.state.situation.id) ?? []);
  return assembleDraft(record, {
    itemName: bundle.event.name,
    situationId: LIFE_EVENT_SITUATION,
    situations: [{ id: LIFE_EVENT_SITUATION, name: '一件事一次办', description: `一次填写，同时申请：${bundle.members.map((m) => m.guide.name).join('、')}` }],
    form: bundle.form,
    checklist: bundle.checklist,
    deliveryOptions: bundle.deliveryOptions,
    prefilled: bundle.members[0].state.applicant.masked,
    problems: bundleSubmitProblems(world, bundle, record.delivery),
    fee: quotes.length > 0 ? { items: quotes.flatMap((q) => q.items), totalFen: quotes.reduce((s, q) => s + q.totalFen, 0) } : undefined,
    lifeEvent: {
      id: bundle.event.id,
      name: bundle.event.name,
      items: bundle.members.map((m) => ({ itemId: m.guide.id, itemName: m.guide.name, situationName: m.state.situation.name })),
    },
  });
}

/** A save of a life-event draft: each item's partial checks, on its part of the one form. */
export function bundleSaveProblems(world: World, record: DraftRecord, input: DraftInput, now: Date): { problems: FieldErrors; materials: Record<string, MaterialAnswer> } {
  if (input.situationId !== LIFE_EVENT_SITUATION) refuse({ situationId: BUNDLE_MESSAGES.situation });
  const applicant = normaliseApplicant(input.applicant);
  const probe = evaluateBundle(world, { ...record, applicant, values: input.values, materials: {} }, now);
  const rowIds = new Set(probe.checklist.map((r) => r.materialId));
  const materials = Object.fromEntries(Object.entries(input.materials).filter(([id]) => rowIds.has(id)));
  const bundle = evaluateBundle(world, { ...record, applicant, values: input.values, materials }, now);
  const problems: FieldErrors = {};
  for (const m of bundle.members) {
    mapProblems(m, saveProblems(world, m.guide, m.state, applicant, m.record.values, m.record.materials, input.delivery), problems);
  }
  return { problems, materials };
}
