/**
 * Drafts: one form per application, saved as the citizen goes, versioned (If-Match). A draft is
 * kept as what the citizen entered (DraftRecord); everything else the app shows (tasks, form,
 * checklist with the certificates that meet it, delivery options, masked prefilled values, what
 * submit would refuse now, the fee) is computed on every read from the guide and the identity
 * slice, so it never goes stale.
 */
import { randomBytes } from 'node:crypto';
import type {
  CreateDraftInput,
  DeliveryChoice,
  DeliveryMethod,
  Draft,
  DraftInput,
  DraftMaterial,
  DraftSummary,
  MaterialAnswer,
  TaskKey,
  TaskStatus,
} from '../../src/shared/api/applications';
import { LIFE_EVENT_SITUATION, TASKS } from '../../src/shared/api/applications';
import type { Guide, Situation } from '../../src/shared/api/catalog';
import type { ApplicationForm, FieldErrors, FormValues, PrefillSource, SectionValues } from '../../src/shared/forms/types';
import { validateForm } from '../../src/shared/forms/validate';
import { toBeijingTime } from '../halls/opening';
import type { CertificateRecord, UserRecord } from '../identity/model';
import { identityCollections } from '../identity/model';
import { feeQuoteFor } from '../payments';
import { ApiError } from '../server/errors';
import type { World } from '../world';
import type { ApplicantContext } from './applicant';
import { MESSAGES as APPLICANT_MESSAGES, applicantContext } from './applicant';
import { certificateKindFor } from './certificates';
import { conflict, missing, refuse, refuseIfAny } from './errors';
import { formForGuide, formRuleProblems } from './form';
import type { DraftRecord } from './model';
import { applicationCollections, nextSeq } from './model';
import { ownUpload } from './uploads';
import { BUNDLE_MESSAGES, bundleDraftView, bundleSaveProblems, requireLifeEvent } from './bundles';

export const MAX_DRAFTS = 50;
export const MAX_UPLOADS_PER_MATERIAL = 10;

export const DRAFT_MESSAGES = {
  notFound: '未找到该草稿，可能已提交或删除',
  item: '未找到该事项',
  notOnline: '该事项暂不支持在线申请，请到大厅办理',
  situation: '请从该事项的办理情形中选择',
  cap: `草稿最多保存${MAX_DRAFTS}份，请先删除不用的草稿`,
  locked: '该项由实名信息自动填写，不能修改',
  materialCertificate: '该电子证照不能用于这项材料',
  materialUpload: '文件不存在或已失效，请重新上传',
  materialUploading: '文件还在上传，请等待上传完成',
  materialDeferred: '这项材料不能容缺，请提供',
  materialMissing: '请提供这项材料',
  deliveryMissing: '请选择领取方式',
  deliveryMethod: '该事项不支持这种领取方式',
  deliveryAddress: '请选择你的收件地址',
  deliveryHall: '请选择办理该事项的大厅',
} as const;

/** Beijing date of a moment, YYYY-MM-DD. */
export const todayOf = (now: Date): string => toBeijingTime(now).date;

/** Draft and upload ids: random, with a readable prefix. */
export function newDraftId(): string {
  return `dr_${randomBytes(12).toString('base64url')}`;
}

/** The item's guide, if it can be applied for online. */
export function appliableGuide(world: World, itemId: string): Guide | undefined {
  const guide = world.catalog.guide(itemId);
  return guide && guide.channels.onlineDepth >= 3 ? guide : undefined;
}

export function requireDraft(world: World, userId: string, id: string): DraftRecord {
  const record = applicationCollections(world).drafts.get(id);
  if (!record || record.userId !== userId) throw missing('id', DRAFT_MESSAGES.notFound);
  return record;
}

function userOf(world: World, userId: string): UserRecord {
  const user = identityCollections(world).users.get(userId);
  if (!user) throw new ApiError(401, 'unauthorized', '请先登录后再办理');
  return user;
}

// ---- what a draft is computed from ------------------------------------------------------------

/** Everything one evaluation of a draft needs, computed once. */
export interface DraftState {
  guide: Guide;
  form: ApplicationForm;
  situation: Situation;
  applicant: ApplicantContext;
  /** the values with locked and empty prefilled fields filled from the profile (full values) */
  merged: FormValues;
  /** which prefill sources went into `merged` */
  prefillUsed: PrefillSource[];
  checklist: DraftMaterial[];
  deliveryOptions: DeliveryMethod[];
  today: string;
}

export function deliveryOptionsOf(guide: Guide): DeliveryMethod[] {
  const options: DeliveryMethod[] = [];
  if (guide.channels.express) options.push('express');
  options.push('pickup');
  if (guide.result.electronic) options.push('electronic');
  return options;
}

/** Values with the profile's values in locked fields and in empty prefilled fields. */
function mergePrefill(form: ApplicationForm, values: FormValues, full: Partial<Record<PrefillSource, string>>): { merged: FormValues; used: PrefillSource[] } {
  const merged: FormValues = { ...values };
  const used: PrefillSource[] = [];
  for (const section of form.sections) {
    if (section.repeat) continue;
    const raw = merged[section.key];
    if (Array.isArray(raw)) continue;
    const entry: SectionValues = { ...(raw ?? {}) };
    let changed = false;
    for (const field of section.fields) {
      if (!field.prefill) continue;
      const value = full[field.prefill];
      const current = entry[field.key];
      if (value !== undefined && (field.locked || current === undefined || current === '')) {
        entry[field.key] = value;
        changed = true;
        if (!used.includes(field.prefill)) used.push(field.prefill);
      }
    }
    if (changed) merged[section.key] = entry;
  }
  return { merged, used };
}

/** The certificate of the applicant that meets a material automatically. */
function certificateFor(materialName: string, certificates: CertificateRecord[]): CertificateRecord | undefined {
  const kind = certificateKindFor(materialName);
  if (!kind) return undefined;
  return certificates.filter((c) => c.kind === kind).sort((a, b) => a.trustLevel.localeCompare(b.trustLevel))[0];
}

export function evaluate(world: World, record: Pick<DraftRecord, 'userId' | 'itemId' | 'situationId' | 'applicant' | 'values' | 'materials'>, now: Date): DraftState {
  const guide = world.catalog.guide(record.itemId);
  if (!guide) throw missing('itemId', DRAFT_MESSAGES.item);
  const situation = guide.situations.find((s) => s.id === record.situationId) ?? guide.situations[0];
  const user = userOf(world, record.userId);
  const applicant = applicantContext(world, user, record.applicant, guide);
  const form = formForGuide(guide);
  const { merged, used } = mergePrefill(form, record.values, applicant.full);
  const checklist: DraftMaterial[] = situation.materialIds.flatMap((id) => {
    const material = guide.materials.find((m) => m.id === id);
    if (!material) return [];
    const row: DraftMaterial = { materialId: material.id, name: material.name, requirement: material.requirement, met: false };
    if (material.notes) row.notes = material.notes;
    const certificate = certificateFor(material.name, applicant.certificates);
    if (certificate && (certificate.trustLevel === 'A' || certificate.trustLevel === 'B')) {
      row.certificate = { id: certificate.id, name: certificate.name, trustLevel: certificate.trustLevel };
    }
    const answer = record.materials[material.id] ?? (row.certificate ? { kind: 'certificate' as const, certificateId: row.certificate.id } : undefined);
    if (answer) row.answer = answer;
    return [row];
  });
  return { guide, form, situation, applicant, merged, prefillUsed: used, checklist, deliveryOptions: deliveryOptionsOf(guide), today: todayOf(now) };
}

// ---- checks -----------------------------------------------------------------------------------

/** The problem of one material answer; `final` (submit) also needs uploads complete. */
export function answerProblem(world: World, state: DraftState, row: DraftMaterial, answer: MaterialAnswer, final: boolean): string | null {
  switch (answer.kind) {
    case 'certificate': {
      const certificate = state.applicant.certificates.find((c) => c.id === answer.certificateId);
      const kind = certificateKindFor(row.name);
      return certificate && kind === certificate.kind ? null : DRAFT_MESSAGES.materialCertificate;
    }
    case 'upload': {
      for (const id of answer.uploadIds) {
        const upload = ownUpload(world, state.applicant.user.id, id);
        if (!upload || upload.status === 'rejected') return DRAFT_MESSAGES.materialUpload;
        if (final && upload.status !== 'complete') return DRAFT_MESSAGES.materialUploading;
      }
      return null;
    }
    case 'deferred':
      return row.requirement === 'deferrable' ? null : DRAFT_MESSAGES.materialDeferred;
  }
}

export function deliveryProblem(world: World, state: DraftState, delivery: DeliveryChoice | undefined): string | null {
  if (!delivery) return DRAFT_MESSAGES.deliveryMissing;
  if (!state.deliveryOptions.includes(delivery.method)) return DRAFT_MESSAGES.deliveryMethod;
  if (delivery.method === 'express') {
    const address = identityCollections(world).addresses.get(delivery.addressId);
    return address && address.userId === state.applicant.user.id ? null : DRAFT_MESSAGES.deliveryAddress;
  }
  if (delivery.method === 'pickup') {
    return world.catalog.hallIdsFor(state.guide.id)?.includes(delivery.hallId) ? null : DRAFT_MESSAGES.deliveryHall;
  }
  return null;
}

function isUploadFor(world: World, userId: string, final: boolean): (id: string) => boolean {
  return (id) => {
    const upload = ownUpload(world, userId, id);
    return upload !== undefined && (final ? upload.status === 'complete' : upload.status !== 'rejected');
  };
}

function formContext(world: World, state: DraftState, final: boolean) {
  return { today: state.today, isDivision: (code: string) => world.halls.isDivision(code), isUpload: isUploadFor(world, state.applicant.user.id, final) };
}

/** What submit would refuse now, by path: applicant, form.*, materials.*, delivery. */
export function submitProblems(world: World, state: DraftState, delivery: DeliveryChoice | undefined): FieldErrors {
  const problems: FieldErrors = {};
  if (state.applicant.problem) problems.applicant = state.applicant.problem;
  const formProblems = { ...formRuleProblems(state.form, state.merged), ...validateForm(state.form, state.merged, formContext(world, state, true), false) };
  for (const [path, message] of Object.entries(formProblems)) problems[`form.${path}`] = message;
  for (const row of state.checklist) {
    const problem = row.answer ? answerProblem(world, state, row, row.answer, true) : row.requirement === 'optional' ? null : DRAFT_MESSAGES.materialMissing;
    if (problem) problems[`materials.${row.materialId}`] = problem;
  }
  const deliveryIssue = deliveryProblem(world, state, delivery);
  if (deliveryIssue) problems.delivery = deliveryIssue;
  return problems;
}

/** Locked identity fields the citizen tried to fill (by form path). */
export function lockedProblems(form: ApplicationForm, values: FormValues): FieldErrors {
  const problems: FieldErrors = {};
  for (const section of form.sections) {
    const raw = values[section.key];
    const entries = Array.isArray(raw) ? raw.map((e, i) => [`${section.key}.${i}`, e] as const) : raw ? [[section.key, raw] as const] : [];
    for (const [prefix, entry] of entries) {
      for (const field of section.fields) {
        const value = entry[field.key];
        if (field.locked && value !== undefined && value !== '') problems[`form.${prefix}.${field.key}`] = DRAFT_MESSAGES.locked;
      }
    }
  }
  return problems;
}

// ---- views ------------------------------------------------------------------------------------

function taskStatuses(record: Pick<DraftRecord, 'values' | 'materials' | 'delivery'>, state: Pick<DraftState, 'checklist'>, problems: FieldErrors): Array<{ key: TaskKey; status: TaskStatus }> {
  const has = (prefix: string) => Object.keys(problems).some((k) => k === prefix || k.startsWith(`${prefix}.`));
  const anyValue = Object.keys(record.values).length > 0;
  const statuses: Record<TaskKey, TaskStatus> = {
    situation: 'completed',
    applicant: has('applicant') ? 'in_progress' : 'completed',
    form: !has('form') ? 'completed' : anyValue ? 'in_progress' : 'not_started',
    materials: !has('materials') ? 'completed' : state.checklist.some((m) => record.materials[m.materialId]) ? 'in_progress' : 'not_started',
    delivery: !record.delivery ? 'not_started' : has('delivery') ? 'in_progress' : 'completed',
    review: Object.keys(problems).length > 0 ? 'cannot_start' : 'not_started',
  };
  return TASKS.map((key) => ({ key, status: statuses[key] }));
}

export function draftView(world: World, record: DraftRecord, now: Date): Draft {
  if (record.lifeEventId) return bundleDraftView(world, record, now);
  const state = evaluate(world, record, now);
  return assembleDraft(record, {
    itemName: state.guide.name,
    situationId: state.situation.id,
    situations: state.guide.situations.map((s) => ({ id: s.id, name: s.name, description: s.description })),
    form: state.form,
    checklist: state.checklist,
    deliveryOptions: state.deliveryOptions,
    prefilled: state.applicant.masked,
    problems: submitProblems(world, state, record.delivery),
    fee: feeQuoteFor(world, record.itemId, state.situation.id),
  });
}

/** What a draft's view is computed from (an item's evaluation, or a life event's). */
export type DraftComputed = Pick<Draft, 'itemName' | 'situationId' | 'situations' | 'form' | 'checklist' | 'deliveryOptions' | 'prefilled' | 'problems' | 'fee' | 'lifeEvent'>;

/** The Draft the API answers: the citizen's record, what was computed, each material's `met` and the tasks. */
export function assembleDraft(record: DraftRecord, computed: DraftComputed): Draft {
  const { fee, lifeEvent, ...rest } = computed;
  const checklist = rest.checklist.map((row) => ({ ...row, met: row.answer !== undefined && !rest.problems[`materials.${row.materialId}`] }));
  const draft: Draft = {
    id: record.id,
    itemId: record.itemId,
    applicant: record.applicant,
    values: record.values,
    materials: record.materials,
    currentTask: record.currentTask,
    version: record.version,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    ...rest,
    checklist,
    tasks: taskStatuses(record, { checklist }, rest.problems),
  };
  if (record.delivery) draft.delivery = record.delivery;
  if (fee) draft.fee = fee;
  if (lifeEvent) draft.lifeEvent = lifeEvent;
  return draft;
}

function summaryView(world: World, record: DraftRecord, now: Date): DraftSummary {
  const draft = draftView(world, record, now);
  return {
    id: record.id,
    itemId: record.itemId,
    itemName: draft.itemName,
    situationName: draft.situations.find((s) => s.id === draft.situationId)?.name ?? '',
    currentTask: record.currentTask,
    progress: { done: draft.tasks.filter((t) => t.status === 'completed').length, total: draft.tasks.length },
    updatedAt: record.updatedAt,
    version: record.version,
  };
}

export function draftsOf(world: World, userId: string, now: Date): DraftSummary[] {
  return applicationCollections(world)
    .drafts.lookup('byUser', (d) => d.userId, userId)
    .sort((a, b) => b.touched - a.touched)
    .map((d) => summaryView(world, d, now));
}

// ---- writes -----------------------------------------------------------------------------------

export function nextTouched(world: World): number {
  return applicationCollections(world)
    .drafts.values()
    .reduce((max, d) => Math.max(max, d.touched), 0) + 1;
}

export function createDraft(world: World, userId: string, input: CreateDraftInput, now: Date): Draft {
  if ('lifeEventId' in input) return createBundleDraft(world, userId, input.lifeEventId, now);
  const guide = world.catalog.guide(input.itemId);
  if (!guide) refuse({ itemId: DRAFT_MESSAGES.item });
  if (guide.channels.onlineDepth < 3) refuse({ itemId: DRAFT_MESSAGES.notOnline });
  if (!guide.situations.some((s) => s.id === input.situationId)) refuse({ situationId: DRAFT_MESSAGES.situation });
  return putNewDraft(world, userId, { itemId: guide.id, situationId: input.situationId }, now);
}

/** 一件事一次办: one draft for every item of the life event (bundles.ts). */
function createBundleDraft(world: World, userId: string, lifeEventId: string, now: Date): Draft {
  const event = requireLifeEvent(world, lifeEventId);
  if (event.items.some((item) => !appliableGuide(world, item.id))) refuse({ lifeEventId: BUNDLE_MESSAGES.notOnline });
  return putNewDraft(world, userId, { itemId: event.id, situationId: LIFE_EVENT_SITUATION, lifeEventId: event.id }, now);
}

function putNewDraft(world: World, userId: string, what: Pick<DraftRecord, 'itemId' | 'situationId' | 'lifeEventId'>, now: Date): Draft {
  const { drafts } = applicationCollections(world);
  if (drafts.lookup('byUser', (d) => d.userId, userId).length >= MAX_DRAFTS) throw conflict('_', DRAFT_MESSAGES.cap);
  const at = now.toISOString();
  const record: DraftRecord = {
    id: newDraftId(),
    userId,
    seq: nextSeq(drafts.values()),
    ...what,
    applicant: { kind: 'self' },
    values: {},
    materials: {},
    currentTask: 'applicant',
    version: 1,
    createdAt: at,
    updatedAt: at,
    touched: nextTouched(world),
  };
  drafts.put(record.id, record);
  return draftView(world, record, now);
}

/** The applicant choice with only the fields its kind uses. */
export function normaliseApplicant(choice: DraftInput['applicant']): DraftInput['applicant'] {
  if (choice.kind === 'company') return { kind: 'company', ...(choice.companyId ? { companyId: choice.companyId } : {}) };
  if (choice.kind === 'family') return { kind: 'family', ...(choice.familyMemberId ? { familyMemberId: choice.familyMemberId } : {}) };
  return { kind: 'self' };
}


/**
 * What a save refuses (partial checks): the applicant choice, locked fields, wrong values, a
 * wrong material answer or delivery choice. Unfinished is fine.
 */
export function saveProblems(
  world: World,
  guide: Guide,
  state: DraftState,
  applicantChoice: DraftInput['applicant'],
  values: FormValues,
  materials: Record<string, MaterialAnswer>,
  delivery: DeliveryChoice | undefined,
): FieldErrors {
  const fields: FieldErrors = {};
  // The choice itself must point at the citizen's own company or family member (unfinished is fine).
  if (applicantChoice.kind === 'company') {
    if (!guide.audience.includes('enterprise')) fields.applicant = APPLICANT_MESSAGES.companyItem;
    else if (applicantChoice.companyId && !state.applicant.company) fields.applicant = APPLICANT_MESSAGES.company;
  }
  if (applicantChoice.kind === 'family' && applicantChoice.familyMemberId && !state.applicant.member) fields.applicant = APPLICANT_MESSAGES.family;
  Object.assign(fields, lockedProblems(state.form, values));
  const formProblems = { ...formRuleProblems(state.form, values), ...validateForm(state.form, values, formContext(world, state, false), true) };
  for (const [path, message] of Object.entries(formProblems)) fields[`form.${path}`] ??= message;
  for (const row of state.checklist) {
    const answer = materials[row.materialId];
    const problem = answer && answerProblem(world, state, row, answer, false);
    if (problem) fields[`materials.${row.materialId}`] = problem;
  }
  if (delivery) {
    const problem = deliveryProblem(world, state, delivery);
    if (problem) fields.delivery = problem;
  }
  return fields;
}

/**
 * A save: checks the citizen's values PARTIALLY (a wrong value is refused, an unfinished one is
 * fine), refuses values for locked identity fields, drops material answers outside the
 * (possibly new) situation's checklist, and bumps the version. The If-Match check is the route's.
 */
export function saveDraft(world: World, record: DraftRecord, input: DraftInput, now: Date): Draft {
  if (record.lifeEventId) {
    const { problems, materials } = bundleSaveProblems(world, record, input, now);
    refuseIfAny(problems, (count) => `有${count}处填写有误，请修改后再保存`);
    return putSaved(world, { ...record, applicant: normaliseApplicant(input.applicant), values: input.values, materials }, input, now);
  }
  const guide = world.catalog.guide(record.itemId);
  if (!guide) throw missing('id', DRAFT_MESSAGES.notFound);
  const situation = guide.situations.find((s) => s.id === input.situationId);
  if (!situation) refuse({ situationId: DRAFT_MESSAGES.situation });
  const applicantChoice = normaliseApplicant(input.applicant);
  const materials = Object.fromEntries(Object.entries(input.materials).filter(([id]) => situation.materialIds.includes(id)));
  const candidate = { ...record, situationId: situation.id, applicant: applicantChoice, values: input.values, materials };
  const state = evaluate(world, candidate, now);

  const fields = saveProblems(world, guide, state, applicantChoice, input.values, materials, input.delivery);
  refuseIfAny(fields, (count) => `有${count}处填写有误，请修改后再保存`);
  return putSaved(world, candidate, input, now);
}

function putSaved(world: World, candidate: DraftRecord, input: DraftInput, now: Date): Draft {
  const next: DraftRecord = {
    ...candidate,
    currentTask: input.currentTask,
    version: candidate.version + 1,
    updatedAt: now.toISOString(),
    touched: nextTouched(world),
  };
  if (input.delivery) next.delivery = input.delivery;
  else delete next.delivery;
  applicationCollections(world).drafts.put(next.id, next);
  return draftView(world, next, now);
}

export function deleteDraft(world: World, record: DraftRecord): void {
  applicationCollections(world).drafts.delete(record.id);
}
