/**
 * Applications (办件): submit a draft once per Idempotency-Key, list and read them.
 *
 * Idempotency: the key is scoped to the citizen. The application's id is derived from
 * (citizen, key), so "was this key used?" is one lookup, and the application record itself holds
 * the key's body hash and the exact response first sent: a replay answers 200 with that body, a
 * different body under the same key 422. `submit` is synchronous from that lookup to the write
 * (no await): Node runs it to the end before the next request, so twenty concurrent requests
 * with one key make one application.
 *
 * Atomicity: the application record is ONE journal line and the commit point. What follows it
 * (the draft's deletion, the fee notice, the data-use records) is derived from the record and
 * marked done by `effectsDone`; `recoverApplications` (run when the routes are installed, i.e.
 * at every start) re-does whatever a kill interrupted, each step idempotent. So after a crash
 * there is either the draft and no application (the line was not written: the client's retry
 * with the same key files it), or the application and, from the next start on, no draft.
 */
import { createHash } from 'node:crypto';
import type { Application, ApplicationSummary, DeliveryChoice, FeeQuote } from '../../src/shared/api/applications';
import type { Guide } from '../../src/shared/api/catalog';
import type { FieldErrors, PrefillSource } from '../../src/shared/forms/types';
import { maskName } from '../../src/shared/identity/mask';
import { recordDataUse } from '../identity';
import { identityCollections } from '../identity/model';
import { addressView, dataUseOf } from '../identity/store';
import { appointmentOf } from '../appointments/store';
import { caseComplaint } from '../complaints/model';
import { feeNoticeOf, feeQuoteFor, issueFeeNotice } from '../payments';
import { addWorkingDays } from '../server/calendar';
import { ApiError } from '../server/errors';
import { ownedBy } from '../server/records';
import type { World } from '../world';
import { PREFILL_SUBJECTS, applicantDisplayName, applicantSnapshot } from './applicant';
import type { DraftState } from './drafts';
import type { BundleState } from './bundles';
import { bundleSubmitProblems, evaluateBundle } from './bundles';
import { evaluate, requireDraft, submitProblems, todayOf } from './drafts';
import { missing, refuse } from './errors';
import { overLimitOf } from './form';
import type { ApplicationMaterialRecord, ApplicationRecord, DraftRecord, OwedDataUse } from './model';
import { applicationCollections, nextSeq } from './model';
import { ownUpload } from './uploads';
import { caseStarted, startCase } from '../workflow/engine';
import { trackingOf } from '../workflow/views';

export const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{8,64}$/;

export const APPLICATION_MESSAGES = {
  key: '请求缺少 Idempotency-Key（8–64位字母、数字、- 或 _）',
  keyReused: '该 Idempotency-Key 已用于另一次提交，请换一个新的',
  notFound: '未找到该办件',
  draft: '未找到该草稿，可能已提交或删除',
} as const;

const sha256 = (text: string) => createHash('sha256').update(text).digest('base64url');

/** The application id a citizen's key stands for: one key, one application. */
export function applicationIdFor(userId: string, key: string): string {
  return `app_${sha256(`${userId}\n${key}`).slice(0, 22)}`;
}

function bodyHash(body: { draftId: string }): string {
  return sha256(JSON.stringify({ draftId: body.draftId }));
}

/** YKB + yyyymmdd + a 6-digit sequence of the day, on the world clock. */
function nextNumber(world: World, today: string): string {
  const prefix = `YKB${today.replaceAll('-', '')}`;
  const taken = applicationCollections(world)
    .applications.values()
    .filter((a) => a.number.startsWith(prefix)).length;
  return `${prefix}${String(taken + 1).padStart(6, '0')}`;
}

// ---- views ------------------------------------------------------------------------------------

export function summaryOf(record: Pick<ApplicationRecord, 'id' | 'number' | 'itemId' | 'itemName' | 'status' | 'submittedAt' | 'promisedDate'>): ApplicationSummary {
  return {
    id: record.id,
    number: record.number,
    itemId: record.itemId,
    itemName: record.itemName,
    status: record.status,
    submittedAt: record.submittedAt,
    promisedDate: record.promisedDate,
  };
}

function deliveryView(world: World, delivery: DeliveryChoice): Application['delivery'] {
  if (delivery.method === 'express') {
    const address = identityCollections(world).addresses.get(delivery.addressId);
    return address ? { ...delivery, address: addressView(world, address) } : { ...delivery };
  }
  if (delivery.method === 'pickup') {
    const hall = world.halls.getHall(delivery.hallId);
    return hall ? { ...delivery, hallName: hall.name } : { ...delivery };
  }
  return { ...delivery };
}

function materialViews(world: World, record: Pick<ApplicationRecord, 'userId' | 'materials'>): Application['materials'] {
  const certificates = identityCollections(world).certificates;
  return record.materials.map((m) => {
    if (m.answer.kind === 'certificate') {
      const cert = certificates.get(m.answer.certificateId);
      return { name: m.name, metBy: 'certificate' as const, detail: `已自动获取：${cert?.name ?? m.name}（电子证照）` };
    }
    if (m.answer.kind === 'upload') {
      const names = m.answer.uploadIds.map((id) => ownUpload(world, record.userId, id)?.fileName ?? '已删除的文件');
      return { name: m.name, metBy: 'upload' as const, detail: `已上传${names.length}个文件：${names.join('、')}` };
    }
    return { name: m.name, metBy: 'deferred' as const, detail: '容缺受理，受理后补交' };
  });
}

function yuan(fen: number): string {
  return fen % 100 === 0 ? String(fen / 100) : (fen / 100).toFixed(2);
}

function nextStepsOf(world: World, guide: Guide, record: Omit<ApplicationRecord, 'response' | 'nextSteps'>): string[] {
  const steps = [`${record.department}将审查你的申请材料，决定是否受理`];
  if (record.fee) steps.push(`受理后请按缴款通知书在期限内缴纳${yuan(record.fee.totalFen)}元`);
  const deferred = record.materials.filter((m) => m.answer.kind === 'deferred').map((m) => m.name);
  if (deferred.length > 0) steps.push(`请在受理后补交容缺材料：${deferred.join('、')}`);
  if (guide.channels.visits > 0) steps.push(`需到现场${guide.channels.visits}次，可在线预约大厅办理时间`);
  steps.push(record.instant ? `即办件，预计${record.promisedDate}当天办结` : `承诺${record.promisedDays}个工作日内办结，预计${record.promisedDate}前完成`);
  const result = guide.result.name;
  if (record.delivery.method === 'express') steps.push(`办结后${result}将免费邮寄到你选择的地址`);
  else if (record.delivery.method === 'pickup') steps.push(`办结后请到${world.halls.getHall(record.delivery.hallId)?.name ?? '所选大厅'}领取${result}`);
  else steps.push(`办结后${result}（电子证照）将发放到“我的证照”`);
  steps.push(`可在“我的办件”中凭办件编号${record.number}随时查看进度`);
  return steps;
}

/** The application as its citizen sees it now (fee status is live). */
export function applicationView(world: World, record: ApplicationRecord, now: Date): Application {
  const tracking = trackingOf(world, record, now);
  // live: status, materials (a supplement replaces answers), delivery (the address may change), tracking
  const view: Application = {
    ...record.response,
    status: record.status,
    visits: record.visits,
    materials: materialViews(world, record),
    delivery: deliveryView(world, record.delivery),
    ...tracking,
    promisedDate: tracking.deadline.promisedDate,
  };
  const fee = feeNoticeOf(world, record.id, now);
  if (fee) view.fee = fee;
  else delete view.fee;
  const appointment = appointmentOf(world, record.userId, record.id, now);
  if (appointment) view.appointment = appointment;
  if (record.bundle) {
    const { applications } = applicationCollections(world);
    const members = record.bundle.ids.flatMap((id) => applications.get(id) ?? []);
    view.bundle = { lifeEventId: record.bundle.lifeEventId, lifeEventName: record.bundle.lifeEventName, applications: members.map((m) => ({ id: m.id, number: m.number, itemName: m.itemName })) };
  }
  // the latest 投诉 of the case, through the complaints' case index
  const complaint = caseComplaint(world, record.id);
  if (complaint) view.complaint = complaint;
  else delete view.complaint;
  return view;
}

// ---- reads ------------------------------------------------------------------------------------

/** The citizen's own application record, or undefined (another citizen's too). */
export function getApplication(world: World, userId: string, id: string): ApplicationRecord | undefined {
  return ownedBy(applicationCollections(world).applications.get(id), userId);
}

export function requireApplication(world: World, userId: string, id: string): ApplicationRecord {
  const record = getApplication(world, userId, id);
  if (!record) throw missing('id', APPLICATION_MESSAGES.notFound);
  return record;
}

/** The citizen's applications, newest first (through the user index, never a scan). */
export function applicationsOf(world: World, userId: string): ApplicationRecord[] {
  return applicationCollections(world)
    .applications.lookup('byUser', (a) => a.userId, userId)
    .sort((a, b) => b.seq - a.seq);
}

// ---- submit -----------------------------------------------------------------------------------

export interface SubmitOutcome {
  status: 200 | 201;
  body: Application;
}

function owedDataUse(state: DraftState, materials: ApplicationMaterialRecord[], prefillUsed: PrefillSource[]): OwedDataUse[] {
  const { applicant } = state;
  const onBehalf = applicant.member ? maskName(applicant.member.name) : undefined;
  const subjects: Array<{ action: OwedDataUse['action']; subject: string }> = [];
  for (const m of materials) {
    if (m.answer.kind !== 'certificate') continue;
    const { certificateId } = m.answer;
    const cert = applicant.certificates.find((c) => c.id === certificateId);
    const subject = `${cert?.name ?? m.name}（电子证照）`;
    if (!subjects.some((s) => s.subject === subject)) subjects.push({ action: 'certificate_used', subject });
  }
  for (const source of prefillUsed) {
    const subject = PREFILL_SUBJECTS[source];
    if (subject) subjects.push({ action: 'field_used', subject });
  }
  const owed: OwedDataUse[] = subjects.map((s) => ({ userId: applicant.user.id, ...s, subject: onBehalf ? `${onBehalf}的${s.subject}` : s.subject, actor: '本人' }));
  // 代办: the member's own log says who used their data.
  if (applicant.memberUser) {
    const actor = maskName(applicant.user.name ?? '');
    for (const s of subjects) owed.push({ userId: applicant.memberUser.id, ...s, actor });
  }
  return owed;
}

/** The steps after the commit line; each idempotent, so recovery may run them again. */
function completeEffects(world: World, record: ApplicationRecord): void {
  const { drafts, applications } = applicationCollections(world);
  const draft = drafts.get(record.draftId);
  const allFiled = !record.bundle || record.bundle.ids.every((id) => applications.has(id));
  if (draft && draft.userId === record.userId && allFiled) drafts.delete(record.draftId);
  let response = record.response;
  if (record.fee) {
    const notice = issueFeeNotice(world, { id: record.id, userId: record.userId, itemId: record.itemId, situationId: record.situationId }, new Date(record.submittedAt));
    // The first answer carries the notice just issued; replays answer this same body.
    if (notice && !response.fee) response = { ...response, fee: notice, actions: trackingOf(world, record, new Date(record.submittedAt)).actions };
  }
  for (const owed of record.owedDataUse) {
    const done = dataUseOf(world, owed.userId).some((d) => d.applicationId === record.id && d.subject === owed.subject && d.action === owed.action && d.actor === owed.actor);
    if (!done) {
      recordDataUse(world, owed.userId, { action: owed.action, subject: owed.subject, purpose: `${record.itemName} 申请`, actor: owed.actor, applicationId: record.id }, new Date(record.submittedAt));
    }
  }
  applications.put(record.id, { ...record, response, effectsDone: true });
}

/** Finishes what a kill interrupted (see the header); run at every start. */
export function recoverApplications(world: World): void {
  const { applications } = applicationCollections(world);
  for (const record of applications.values()) {
    // Filed before cases were tracked: the workflow starts from its filing.
    if (!record.case) applications.put(record.id, { ...record, case: startCase(world, record, new Date(record.submittedAt)) });
    if (!record.effectsDone) completeEffects(world, applications.get(record.id) ?? record);
  }
  for (const record of applications.values()) if (record.bundle) finishBundle(world, record);
}

/**
 * Submits a draft. Synchronous on purpose: no await between the key lookup and the commit write.
 */
export function submit(world: World, userId: string, key: string, body: { draftId: string }, now: Date): SubmitOutcome {
  const { applications } = applicationCollections(world);
  const id = applicationIdFor(userId, key);
  const hash = bodyHash(body);
  const existing = applications.get(id);
  if (existing) {
    if (existing.userId !== userId || existing.idempotency.bodyHash !== hash) refuse({ 'Idempotency-Key': APPLICATION_MESSAGES.keyReused });
    if (existing.bundle) {
      finishBundle(world, existing);
      return { status: 200, body: applicationView(world, existing, now) };
    }
    return { status: 200, body: existing.response };
  }
  const draft = requireDraftForSubmit(world, userId, body.draftId);
  if (draft.lifeEventId) return submitBundle(world, userId, id, key, hash, draft, now);
  const state = evaluate(world, draft, now);
  const delivery = checkSubmittable(submitProblems(world, state, draft.delivery), draft.delivery);
  const record = buildRecord(world, { id, userId, keyHash: sha256(key), hash, draft, state, delivery, now });
  applications.put(id, record); // the commit point
  caseStarted(world, record);
  completeEffects(world, record);
  const done = applications.get(id);
  return { status: 201, body: done ? done.response : record.response };
}

/** Refuses a draft submit would not file (422 with every field); answers its delivery choice. */
function checkSubmittable(problems: FieldErrors, delivery: DeliveryChoice | undefined): DeliveryChoice {
  const count = Object.keys(problems).length;
  if (count > 0) {
    if (problems.applicant) throw new ApiError(422, 'unprocessable', problems.applicant, problems);
    refuse(problems, `还有${count}处需要填写或修改，请检查后再提交`);
  }
  if (!delivery) refuse({ delivery: '请选择领取方式' });
  return delivery;
}

interface BuildInput {
  id: string;
  userId: string;
  /** the Idempotency-Key's hash (the key itself is never kept) */
  keyHash: string;
  hash: string;
  draft: Pick<DraftRecord, 'id' | 'createdAt'>;
  state: DraftState;
  delivery: DeliveryChoice;
  now: Date;
  bundle?: ApplicationRecord['bundle'];
}

/** The application record one item's evaluated draft files (not yet written). */
function buildRecord(world: World, { id, userId, keyHash, hash, draft, state, delivery, now, bundle }: BuildInput): ApplicationRecord {
  const { applications } = applicationCollections(world);
  const { guide } = state;
  const today = todayOf(now);
  const promisedDate = guide.instant ? today : addWorkingDays(today, guide.promisedDays);
  const materials: ApplicationMaterialRecord[] = state.checklist.flatMap((row) =>
    row.answer ? [{ materialId: row.materialId, name: row.name, requirement: row.requirement, answer: row.answer }] : [],
  );
  const fee: FeeQuote | undefined = feeQuoteFor(world, guide.id, state.situation.id);
  const at = now.toISOString();
  const snapshot = applicantSnapshot(state.applicant);
  const base: Omit<ApplicationRecord, 'response'> = {
    id,
    userId,
    seq: nextSeq(applications.values()),
    number: nextNumber(world, today),
    itemId: guide.id,
    itemName: guide.name,
    basicCode: guide.basicCode,
    department: guide.department,
    divisionCode: guide.divisionCode,
    divisionName: guide.divisionName,
    situationId: state.situation.id,
    situationName: state.situation.name,
    status: 'received',
    submittedAt: at,
    promisedDate,
    promisedDays: guide.instant ? 0 : guide.promisedDays,
    instant: guide.instant,
    applicant: snapshot,
    values: state.merged,
    materials,
    delivery,
    visits: guide.channels.visits,
    draftId: draft.id,
    draftCreatedAt: draft.createdAt,
    idempotency: { keyHash, bodyHash: hash },
    owedDataUse: owedDataUse(state, materials, state.prefillUsed),
    updatedAt: at,
  };
  if (fee) base.fee = fee;
  if (bundle) base.bundle = bundle;
  const overLimit = overLimitOf(state.form, state.merged);
  if (overLimit) base.overLimit = overLimit;
  base.case = startCase(world, base, now);
  const response: Application = {
    ...summaryOf(base),
    situationName: base.situationName,
    department: base.department,
    applicantName: applicantDisplayName(snapshot),
    applicantKind: snapshot.kind,
    delivery: deliveryView(world, delivery),
    materials: materialViews(world, base),
    nextSteps: nextStepsOf(world, guide, base),
    visits: base.visits,
    ...trackingOf(world, base, now),
  };
  return { ...base, response };
}

// ---- 一件事一次办 ------------------------------------------------------------------------------

/**
 * Files every item of a life-event draft, each its own application with its own number, process
 * and deadline, linked by `bundle`. The ids are fixed before the first line is written (the key's
 * id for the first item, derived ids for the rest) and every record carries them, so a kill between
 * two lines is finished by `recoverApplications` (or the client's retry), filing exactly the
 * missing ones from the draft, which is deleted only once all are filed.
 */
function submitBundle(world: World, userId: string, id: string, key: string, hash: string, draft: DraftRecord, now: Date): SubmitOutcome {
  const bundleState = evaluateBundle(world, draft, now);
  const delivery = checkSubmittable(bundleSubmitProblems(world, bundleState, draft.delivery), draft.delivery);
  const ids = bundleState.members.map((_, i) => (i === 0 ? id : applicationIdFor(userId, `${key}#${i}`)));
  const bundle = { lifeEventId: bundleState.event.id, lifeEventName: bundleState.event.name, ids };
  fileBundleMembers(world, { userId, keyHash: sha256(key), hash, draft, delivery, bundle, bundleState, now });
  const first = applicationCollections(world).applications.get(id) as ApplicationRecord;
  return { status: 201, body: applicationView(world, first, now) };
}

interface BundleFiling {
  userId: string;
  keyHash: string;
  hash: string;
  draft: DraftRecord;
  delivery: DeliveryChoice;
  bundle: NonNullable<ApplicationRecord['bundle']>;
  bundleState: BundleState;
  now: Date;
}

function fileBundleMembers(world: World, f: BundleFiling): void {
  const { applications } = applicationCollections(world);
  f.bundleState.members.forEach((member, i) => {
    const id = f.bundle.ids[i];
    if (applications.get(id)) return;
    const record = buildRecord(world, { id, userId: f.userId, keyHash: f.keyHash, hash: f.hash, draft: f.draft, state: member.state, delivery: f.delivery, now: f.now, bundle: f.bundle });
    applications.put(id, record);
    caseStarted(world, record);
  });
  for (const id of f.bundle.ids) {
    const record = applications.get(id);
    if (record && !record.effectsDone) completeEffects(world, record);
  }
}

/** After a kill between two lines of a bundle: the members not yet filed, from the draft. */
function finishBundle(world: World, record: ApplicationRecord): void {
  const { applications, drafts } = applicationCollections(world);
  const bundle = record.bundle;
  if (!bundle || bundle.ids.every((id) => applications.has(id))) return;
  const draft = drafts.get(record.draftId);
  if (!draft || !draft.delivery) return;
  const now = new Date(record.submittedAt);
  const bundleState = evaluateBundle(world, draft, now);
  // the key itself is not kept, only its hash; the member ids are, and they are what matters
  fileBundleMembers(world, { userId: record.userId, keyHash: record.idempotency.keyHash, hash: record.idempotency.bodyHash, draft, delivery: draft.delivery, bundle, bundleState, now });
}

function requireDraftForSubmit(world: World, userId: string, draftId: string) {
  try {
    return requireDraft(world, userId, draftId);
  } catch {
    throw missing('draftId', APPLICATION_MESSAGES.draft);
  }
}
