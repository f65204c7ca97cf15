/**
 * The workflow engine: moves each case node by node on the world clock.
 *
 * A case's next step is scheduled on its record (`case.next`: action + due time). `settleCases`
 * runs every step whose time has come, in time order and AT its own time, so a clock jump of a
 * week records each node when it would have happened. The API runs it before every request and
 * the server once a second, so nothing waits for a poll. Every status change goes through
 * `moveTo`, which refuses any pair CASE_TRANSITIONS does not allow, and is saved with its step
 * record in one journal line.
 *
 * The citizen's actions (withdraw, supplement, confirm receipt, change address) and the
 * reviewers' controls (accept, supplement, approve, refuse, ship) are here too: one place decides
 * what may happen to a case.
 */
import type { ApplicationStatus } from '../../src/shared/api/applications';
import type { CaseControl, CaseResult, CaseStep, ShipmentStage, StepKind, SupplementInput, SupplementRequest } from '../../src/shared/api/cases';
import { CASE_TRANSITIONS, FINAL_STATUSES, SHIPMENT_STAGES, canTransition } from '../../src/shared/api/cases';
import type { CertificateKind } from '../../src/shared/api/identity';
import { hashString, mulberry32 } from '../halls/prng';
import { identityCollections } from '../identity/model';
import type { CertificateRecord } from '../identity/model';
import { certificateKindFor, certificateKindsMentioned } from '../applications/certificates';
import type { ApplicationRecord } from '../applications/model';
import { applicationCollections } from '../applications/model';
import { ownUpload } from '../applications/uploads';
import { feeNoticeOf, isFeeSettled, onFeePaid, refundFee } from '../payments';
import { addDays, addWorkingDays } from '../server/calendar';
import { ApiError } from '../server/errors';
import { addWorkingMinutes, beijingDate, beijingInstant } from '../server/working-time';
import type { World } from '../world';
import type { CaseEvent, CaseEventKind } from './events';
import { emitCaseEvents } from './events';
import type { CaseState, EngineAction, RouteNode } from './model';
import { DURATIONS, SUPPLEMENT_DAYS, handlerAt, outcomeOf, planRoute, reviewMinutes, seedOf } from './plan';

const HOUR_MS = 3_600_000;

/** Thrown only by a bug: the engine asked for a move the table forbids. */
export class ImpossibleTransition extends Error {}

// ---- the working copy of one case ---------------------------------------------------------------

/** One case being moved: its record, a mutable copy of its state, and the events to emit. */
class Move {
  readonly c: CaseState;
  status: ApplicationStatus;
  readonly events: CaseEvent[] = [];
  /** other fields of the record this move changes (a supplement's materials), in the same line */
  patch: Partial<Pick<ApplicationRecord, 'materials' | 'delivery'>> = {};

  constructor(
    readonly world: World,
    readonly record: ApplicationRecord,
  ) {
    if (!record.case) throw new Error(`case ${record.id} has no workflow state`);
    this.c = structuredClone(record.case);
    this.status = record.status;
  }

  get node(): RouteNode {
    return this.c.route[this.c.at];
  }

  get decider(): RouteNode {
    return this.c.route[this.c.route.length - 1];
  }

  event(kind: CaseEventKind, at: Date, detail?: string): void {
    const r = this.record;
    const event: CaseEvent = { kind, applicationId: r.id, userId: r.userId, number: r.number, itemId: r.itemId, itemName: r.itemName, status: this.status, at: at.toISOString() };
    if (detail) event.detail = detail;
    this.events.push(event);
  }

  /** Ends the running step (if any) at `at`, with the handler's opinion. */
  close(at: Date, opinion?: string): void {
    const open = this.c.steps.at(-1);
    if (!open || open.endedAt) return;
    open.endedAt = at.toISOString();
    if (opinion) open.opinion = opinion;
  }

  /** Starts a step at the current node (or `node`); `end` closes it at once. */
  open(kind: StepKind, name: string, at: Date, options: { node?: RouteNode; role?: 'window' | 'office'; opinion?: string; end?: boolean } = {}): CaseStep {
    const node = options.node ?? this.node;
    const step: CaseStep = {
      id: `s${this.c.steps.length + 1}`,
      kind,
      name,
      status: this.status,
      level: node.level,
      department: node.department,
      handler: handlerAt(this.world, node, options.role ?? 'office'),
      startedAt: at.toISOString(),
    };
    if (options.opinion) step.opinion = options.opinion;
    if (options.end) step.endedAt = step.startedAt;
    this.c.steps.push(step);
    return step;
  }

  /** Changes the status; the table decides whether it may. */
  moveTo(status: ApplicationStatus): void {
    if (!canTransition(this.status, status)) throw new ImpossibleTransition(`${this.record.number}: ${this.status} → ${status} is not in CASE_TRANSITIONS`);
    this.status = status;
  }

  schedule(action: EngineAction, at: Date): void {
    this.c.next = { action, dueAt: at.toISOString() };
    delete this.c.waitingFor;
  }

  wait(on: 'supplement' | 'fee'): void {
    delete this.c.next;
    this.c.waitingFor = on;
  }

  stop(): void {
    delete this.c.next;
    delete this.c.waitingFor;
  }

  /** One journal line, then the scheduler, then the events. */
  save(at: Date): ApplicationRecord {
    const next: ApplicationRecord = { ...this.record, ...this.patch, status: this.status, case: this.c, updatedAt: at.toISOString() };
    applicationCollections(this.world).applications.put(next.id, next);
    schedulerOf(this.world).track(next);
    emitCaseEvents(this.world, this.events);
    return next;
  }
}

// ---- starting a case ------------------------------------------------------------------------------

/**
 * The workflow state of a case filed now: its route, the 收件 step at the intake hall, and its
 * first scheduled move. Part of the application's commit line (submit).
 */
export function startCase(world: World, record: Omit<ApplicationRecord, 'response' | 'nextSteps' | 'case'>, now: Date): CaseState {
  const earlier = applicationCollections(world)
    .applications.lookup('byUser', (a) => a.userId, record.userId)
    .filter((a) => a.itemId === record.itemId && a.id !== record.id).length;
  const seed = seedOf(record.userId, record.itemId, earlier);
  const route = planRoute(world, record);
  const intake = route[0];
  const c: CaseState = { seed, outcome: outcomeOf(seed), route, at: 0, steps: [], pauses: [], supplements: [] };
  const step: CaseStep = {
    id: 's1',
    kind: 'receive',
    name: intake.role === 'decide' ? '网上收件' : '收件',
    status: 'received',
    level: intake.level,
    department: intake.department,
    handler: handlerAt(world, intake, 'window'),
    startedAt: now.toISOString(),
  };
  c.steps.push(step);
  const due = addWorkingMinutes(now, DURATIONS.intake);
  c.next = { action: route.length > 1 ? 'handover' : 'accept', dueAt: due.toISOString() };
  return c;
}

/** After the commit line: the scheduler learns the case, listeners hear it was received. */
export function caseStarted(world: World, record: ApplicationRecord): void {
  schedulerOf(world).track(record);
  const c = record.case;
  if (!c) return;
  emitCaseEvents(world, [
    { kind: 'received', applicationId: record.id, userId: record.userId, number: record.number, itemId: record.itemId, itemName: record.itemName, status: record.status, at: record.submittedAt, detail: c.route[0].department },
  ]);
}

// ---- the steps ------------------------------------------------------------------------------------

function handover(m: Move, at: Date): void {
  const from = m.node;
  const to = m.c.route[m.c.at + 1];
  m.close(at, from.role === 'intake' ? `材料齐全，转报${to.department}` : `初审通过，转报${to.department}`);
  m.c.at += 1;
  m.event('handed_over', at, to.department);
  if (to.role === 'decide') {
    m.open('accept', '受理审查', at, { opinion: `收到${from.department}转报` });
    m.schedule('accept', addWorkingMinutes(at, DURATIONS.accept));
  } else {
    m.open('handover', '转报', at, { opinion: `收到${from.department}转报` });
    m.schedule('handover', addWorkingMinutes(at, DURATIONS.relay));
  }
}

/** Runs the remaining hand-overs now (a reviewer's control acts at the deciding department). */
function reachDecider(m: Move, at: Date): void {
  while (m.c.at < m.c.route.length - 1) handover(m, at);
  const last = m.c.steps.at(-1);
  if (last && last.kind === 'receive' && m.c.route.length === 1) {
    // filed straight at the deciding department: its 收件 becomes the acceptance check
    m.close(at, '网上申请已收到');
    m.open('accept', '受理审查', at);
  }
}

function accept(m: Move, at: Date, options: { force?: boolean } = {}): void {
  reachDecider(m, at);
  if (!options.force && m.c.outcome === 'supplement' && m.c.supplements.length === 0) {
    requestSupplement(m, at);
    return;
  }
  m.close(at, '材料齐全，符合法定形式，予以受理');
  m.moveTo('accepted');
  m.c.acceptedOn = beijingDate(at);
  m.open('accept', '受理', at, { role: 'window', end: true, opinion: `已受理，承诺${m.record.promisedDays}个工作日内办结` });
  m.event('accepted', at);
  if (!isFeeSettled(m.world, m.record.id)) m.event('fee_due', at);
  m.moveTo('in_process');
  m.open('review', '审查', at);
  const minutes = m.c.reviewLeft ?? reviewMinutes(m.record.promisedDays, m.c.outcome);
  m.c.reviewLeft = minutes;
  m.schedule('decide', addWorkingMinutes(at, minutes));
}

/** The materials a supplement asks for: the one the seed picks, an uploaded one first. */
function supplementMaterials(m: Move, ids?: string[]): SupplementRequest['materials'] {
  const materials = m.record.materials;
  if (ids && ids.length > 0) {
    const chosen = materials.filter((x) => ids.includes(x.materialId));
    if (chosen.length !== ids.length) throw new ApiError(422, 'unprocessable', '要求补正的材料不在该办件的材料清单中', { materialIds: '要求补正的材料不在该办件的材料清单中' });
    return chosen.map((x) => ({ materialId: x.materialId, name: x.name, note: noteFor(x.name, x.answer.kind), certificateKinds: certificateKindsMentioned(x.name) }));
  }
  const pool = materials.filter((x) => x.answer.kind !== 'deferred');
  const candidates = pool.length > 0 ? pool : materials;
  if (candidates.length === 0) return [];
  const pick = candidates[Math.floor(mulberry32(m.c.seed ^ 0x5bd1e995)() * candidates.length)];
  return [{ materialId: pick.materialId, name: pick.name, note: noteFor(pick.name, pick.answer.kind), certificateKinds: certificateKindsMentioned(pick.name) }];
}

function noteFor(name: string, kind: string): string {
  if (kind === 'upload') return `上传的${name}不清晰，请提供清晰完整的${name}`;
  if (kind === 'certificate') return `${name}的信息与申请表不一致，请提供与申请信息一致的有效${name}`;
  return `请提供${name}`;
}

function requestSupplement(m: Move, at: Date, input: { reason?: string; materialIds?: string[] } = {}): void {
  reachDecider(m, at);
  const materials = supplementMaterials(m, input.materialIds);
  const names = materials.map((x) => x.name).join('、');
  const reason = input.reason?.trim() || (materials.length > 0 ? `经审查，${materials.map((x) => x.note).join('；')}。` : '经审查，申请材料需要补正。');
  const duringReview = m.status === 'in_process';
  const request: SupplementRequest = {
    id: `sup${m.c.supplements.length + 1}`,
    reason,
    requestedAt: at.toISOString(),
    dueDate: addWorkingDays(beijingDate(at), SUPPLEMENT_DAYS),
    materials,
  };
  m.close(at, duringReview ? '审查中发现材料需补正，已一次性告知' : '材料需补正，已一次性告知');
  if (duringReview && m.c.next?.action === 'decide') {
    // What review time was left resumes after the answer (at least an hour).
    m.c.reviewLeft = Math.max(60, Math.round((m.c.reviewLeft ?? 60) / 2));
  }
  m.moveTo('supplement_requested');
  m.c.supplements.push(request);
  if (m.c.acceptedOn) m.c.pauses.push({ from: beijingDate(at) });
  m.open('supplement', '补正告知', at, { opinion: reason });
  m.event('supplement_requested', at, names);
  // The answer is due by the end of the due date's working day.
  m.schedule('supplement_expired', beijingInstant(request.dueDate, 17 * 60 + 30));
  m.c.waitingFor = 'supplement';
}

function feeExpired(m: Move, at: Date): void {
  if (isFeeSettled(m.world, m.record.id)) return decide(m, at);
  m.close(at, '申请人逾期未缴纳费用');
  m.moveTo('rejected');
  m.open('decide', '退回', at, { node: m.decider, end: true, opinion: '逾期未缴纳费用，办件已退回；如需办理请重新申请' });
  m.stop();
  m.event('not_accepted', at, '逾期未缴纳费用，办件已退回');
}

function supplementExpired(m: Move, at: Date): void {
  m.close(at, '申请人逾期未补正');
  endNotAccepted(m, at, ['申请人未在规定期限内补正材料']);
}

function endNotAccepted(m: Move, at: Date, reasons: string[]): void {
  const paused = m.c.pauses.find((p) => !p.to);
  if (paused) paused.to = beijingDate(at);
  m.moveTo('not_accepted');
  m.open('decide', '不予受理', at, { node: m.decider, end: true, opinion: reasons.join('；') });
  m.c.result = refusalResult(m, at, 'not_accepted', reasons);
  m.stop();
  refundFee(m.world, m.record.id, '不予受理，退还已缴费用', at);
  m.event('not_accepted', at, reasons[0]);
}

function decide(m: Move, at: Date, forced?: 'approve' | 'refuse', reason?: string): void {
  if (!isFeeSettled(m.world, m.record.id) && forced !== 'refuse') {
    // The decision waits for the fee (缴款通知书); paying moves the case on, and a notice left
    // unpaid past its deadline returns the case (checked the moment the deadline day ends).
    const notice = feeNoticeOf(m.world, m.record.id, at);
    if (notice) m.schedule('fee_expired', beijingInstant(addDays(notice.deadline, 1), 0));
    m.c.waitingFor = 'fee';
    return;
  }
  const refuse = forced ? forced === 'refuse' : m.c.outcome === 'refuse';
  if (refuse) {
    const reasons = [reason?.trim() || refusalReason(m)];
    m.close(at, `经审查，不符合许可条件：${reasons[0]}`);
    m.moveTo('refused');
    m.open('decide', '决定', at, { end: true, opinion: '不予许可' });
    m.c.result = refusalResult(m, at, 'refused', reasons);
    m.stop();
    refundFee(m.world, m.record.id, '不予许可，退还已缴费用', at);
    m.event('refused', at, reasons[0]);
    return;
  }
  const deferred = m.record.materials.some((x) => x.answer.kind === 'deferred');
  m.close(at, '经审查，符合法定条件和标准');
  m.moveTo(deferred ? 'approved_deferred' : 'approved');
  m.open('decide', '决定', at, { end: true, opinion: deferred ? '准予许可（容缺材料待补交）' : '准予许可' });
  m.c.result = approvalResult(m, at);
  m.event('approved', at);
  m.open('make', '制证', at);
  m.schedule('make', addWorkingMinutes(at, DURATIONS.make));
}

function refusalReason(m: Move): string {
  const guide = m.world.catalog.guide(m.record.itemId);
  const conditions = guide?.acceptanceConditions ?? [];
  if (conditions.length === 0) return '申请不符合法定条件';
  const pick = conditions[Math.floor(mulberry32(m.c.seed ^ 0x2545f491)() * conditions.length)];
  return `不符合“${pick.replace(/[。；;]$/, '')}”的条件`;
}

function letterNumber(m: Move, at: Date, kind: string): string {
  return `渝${kind}〔${beijingDate(at).slice(0, 4)}〕${m.record.number.slice(-6)}号`;
}

function approvalResult(m: Move, at: Date): CaseResult {
  const guide = m.world.catalog.guide(m.record.itemId);
  const documentName = guide?.result.name ?? '办理结果';
  return {
    outcome: 'approved',
    decidedAt: at.toISOString(),
    documentName,
    letter: {
      title: `准予${m.record.itemName}决定书`,
      number: letterNumber(m, at, '许'),
      paragraphs: [
        `申请人：${m.record.response.applicantName}`,
        `你（单位）于${beijingDate(new Date(m.record.submittedAt))}提出的${m.record.itemName}申请（办件编号${m.record.number}），经审查，符合法定条件和标准，决定准予。`,
        `结果：${documentName}。`,
        m.decider.department,
      ],
    },
  };
}

/** 行政复议法 (2023) 第二十条: 60 days; 行政诉讼法 第四十六条: six months, from knowing of the decision. */
function refusalResult(m: Move, at: Date, outcome: 'refused' | 'not_accepted', reasons: string[]): CaseResult {
  const today = beijingDate(at);
  const decider = m.decider;
  const reviewBody = decider.level === 'city' ? '重庆市人民政府' : `${m.record.divisionName}人民政府`;
  const plusDays = (n: number) => {
    const t = new Date(`${today}T00:00:00Z`);
    t.setUTCDate(t.getUTCDate() + n);
    return t.toISOString().slice(0, 10);
  };
  const plusMonths = (n: number) => {
    const t = new Date(`${today}T00:00:00Z`);
    t.setUTCMonth(t.getUTCMonth() + n);
    return t.toISOString().slice(0, 10);
  };
  const title = outcome === 'refused' ? '不予行政许可决定书' : '不予受理通知书';
  return {
    outcome,
    decidedAt: at.toISOString(),
    documentName: title,
    letter: {
      title,
      number: letterNumber(m, at, outcome === 'refused' ? '不许' : '不受'),
      paragraphs: [
        `申请人：${m.record.response.applicantName}`,
        `你（单位）提出的${m.record.itemName}申请（办件编号${m.record.number}），经审查，${outcome === 'refused' ? '决定不予许可' : '决定不予受理'}。理由：${reasons.join('；')}。`,
        `如不服本决定，可以自收到本决定之日起六十日内向${reviewBody}申请行政复议，或者在六个月内依法向人民法院提起行政诉讼。`,
        decider.department,
      ],
    },
    reasons,
    remedies: [
      { name: '行政复议', body: reviewBody, within: '自收到本决定之日起60日内', deadline: plusDays(60), basis: '《中华人民共和国行政复议法》第二十条' },
      { name: '行政诉讼', body: '有管辖权的人民法院', within: '自知道或者应当知道作出本决定之日起6个月内', deadline: plusMonths(6), basis: '《中华人民共和国行政诉讼法》第四十六条' },
    ],
  };
}

/** 制证: the e-certificate (A, e-sealed) into 我的证照, then the result's way to the citizen. */
function make(m: Move, at: Date): void {
  const result = m.c.result;
  const guide = m.world.catalog.guide(m.record.itemId);
  let opinion = `${result?.documentName ?? '结果'}已制作`;
  if (result && (guide?.result.electronic ?? true)) {
    const certificateId = issueCertificate(m, at, result.documentName);
    result.certificateId = certificateId;
    opinion = `${result.documentName}（电子证照）已签发，已放入“我的证照”`;
    m.event('certificate_issued', at, result.documentName);
  }
  m.close(at, opinion);
  const delivery = m.record.delivery;
  if (delivery.method === 'express') {
    const waybill = `11${String(hashString(`${m.record.id}|waybill`)).padStart(11, '0').slice(0, 11)}`;
    m.c.shipment = { carrier: 'EMS 中国邮政速递', waybill, stage: 'created', events: [{ stage: 'created', at: at.toISOString(), text: `${m.decider.department}已交寄，运单号${waybill}` }], addressId: delivery.addressId };
    m.open('deliver', '送达', at, { opinion: `邮寄送达，运单号${waybill}` });
    m.event('shipped', at, waybill);
    m.schedule('ship', new Date(at.getTime() + 2 * HOUR_MS));
  } else if (delivery.method === 'pickup') {
    const hall = m.world.halls.getHall(delivery.hallId);
    const code = String(100000 + (hashString(`${m.record.id}|pickup`) % 900000));
    m.c.pickup = { code, hallId: delivery.hallId, hallName: hall?.name ?? '所选大厅', hallAddress: hall?.address ?? '', hours: hoursText(hall?.weeklyHours.days), readyAt: at.toISOString() };
    m.open('deliver', '送达', at, { opinion: `待领取，取件码${code}` });
    m.event('pickup_ready', at, hall?.name);
    m.stop();
  } else {
    m.open('deliver', '送达', at, { end: true, opinion: '电子送达：结果已发放至“我的证照”' });
    m.stop();
  }
}

const WEEKDAYS = ['一', '二', '三', '四', '五', '六', '日'];

/** 周一至周五 9:00–12:00，14:00–17:30 from a hall's weekly hours (days[0] = Monday). */
export function hoursText(days: Array<Array<{ start: string; end: string }>> | undefined): string {
  if (!days) return '请咨询大厅';
  const text = (d: Array<{ start: string; end: string }>) => d.map((r) => `${r.start.replace(/^0/, '')}–${r.end}`).join('，');
  const groups: Array<{ from: number; to: number; hours: string }> = [];
  days.forEach((d, i) => {
    if (d.length === 0) return;
    const hours = text(d);
    const last = groups.at(-1);
    if (last && last.to === i - 1 && last.hours === hours) last.to = i;
    else groups.push({ from: i, to: i, hours });
  });
  if (groups.length === 0) return '请咨询大厅';
  return `${groups.map((g) => `周${WEEKDAYS[g.from]}${g.to > g.from ? `至周${WEEKDAYS[g.to]}` : ''} ${g.hours}`).join('；')}（法定节假日除外）`;
}

function issueCertificate(m: Move, at: Date, documentName: string): string {
  const certificates = identityCollections(m.world).certificates;
  const id = `cert_${m.record.id}`;
  if (certificates.has(id)) return id;
  const kind: CertificateKind = certificateKindFor(documentName) ?? 'permit';
  const number = `${m.record.number.slice(3, 11)}${String(hashString(id)).padStart(10, '0').slice(0, 10)}`;
  const holder = m.record.applicant.companyName ?? m.record.applicant.name;
  const record: CertificateRecord = {
    id,
    userId: m.record.userId,
    kind,
    name: documentName,
    number,
    numberMask: 'number',
    holder,
    issuer: m.decider.department,
    issuedOn: beijingDate(at),
    trustLevel: 'A',
    fields: [
      { label: '持证人', value: holder, mask: m.record.applicant.companyName ? 'none' : 'name' },
      { label: '证照编号', value: number, mask: 'number' },
      { label: '发证机关', value: m.decider.department, mask: 'none' },
      { label: '关联办件', value: m.record.number, mask: 'none' },
    ],
  };
  certificates.put(id, record);
  return id;
}

const SHIP_TEXT: Record<ShipmentStage, (m: Move) => string> = {
  created: () => '已下单',
  collected: (m) => `快递员已揽收（${m.decider.department}）`,
  in_transit: () => '运输中，已到达重庆邮区中心局',
  out_for_delivery: () => '派送中，请保持电话畅通',
  delivered: () => '已签收，感谢使用',
};

/** Hours (calendar: couriers work weekends) from one stage to the next. */
const SHIP_HOURS: Partial<Record<ShipmentStage, number>> = { created: 2, collected: 6, in_transit: 16, out_for_delivery: 3 };

function ship(m: Move, at: Date): void {
  const s = m.c.shipment;
  if (!s) return;
  const index = SHIPMENT_STAGES.indexOf(s.stage);
  if (index >= SHIPMENT_STAGES.length - 1) return;
  const stage = SHIPMENT_STAGES[index + 1];
  s.stage = stage;
  s.events.push({ stage, at: at.toISOString(), text: SHIP_TEXT[stage](m) });
  if (stage === 'delivered') {
    m.close(at, '已签收，送达完成');
    m.event('delivered', at, s.waybill);
    m.stop();
    return;
  }
  m.schedule('ship', new Date(at.getTime() + (SHIP_HOURS[stage] ?? 2) * HOUR_MS));
}

function run(m: Move, action: EngineAction, at: Date): void {
  switch (action) {
    case 'handover':
      return handover(m, at);
    case 'accept':
      return accept(m, at);
    case 'decide':
      return decide(m, at);
    case 'make':
      return make(m, at);
    case 'ship':
      return ship(m, at);
    case 'supplement_expired':
      return supplementExpired(m, at);
    case 'fee_expired':
      return feeExpired(m, at);
  }
}

// ---- the scheduler --------------------------------------------------------------------------------

interface Due {
  due: number;
  id: string;
}

/** A min-heap of due times; stale entries (the case moved on) are skipped when popped. */
class Scheduler {
  private heap: Due[] = [];
  private built = false;

  constructor(private readonly world: World) {
    world.onReset(() => {
      this.heap = [];
      this.built = false;
    });
  }

  private build(): void {
    this.heap = [];
    for (const record of applicationCollections(this.world).applications.values()) if (record.case?.next) this.push({ due: Date.parse(record.case.next.dueAt), id: record.id });
    this.built = true;
  }

  track(record: ApplicationRecord): void {
    if (!this.built) return; // the first settle builds from the records
    if (record.case?.next) this.push({ due: Date.parse(record.case.next.dueAt), id: record.id });
  }

  settle(now: Date): number {
    if (!this.built) this.build();
    const limit = now.getTime();
    const applications = applicationCollections(this.world).applications;
    let ran = 0;
    while (this.heap.length > 0 && this.heap[0].due <= limit) {
      const { due, id } = this.pop();
      const record = applications.get(id);
      const next = record?.case?.next;
      if (!record || !next || Date.parse(next.dueAt) !== due) continue;
      const m = new Move(this.world, record);
      run(m, next.action, new Date(due));
      m.save(new Date(due));
      ran += 1;
    }
    return ran;
  }

  private push(entry: Due): void {
    const h = this.heap;
    h.push(entry);
    let i = h.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (h[parent].due <= h[i].due) break;
      [h[parent], h[i]] = [h[i], h[parent]];
      i = parent;
    }
  }

  private pop(): Due {
    const h = this.heap;
    const top = h[0];
    const last = h.pop() as Due;
    if (h.length > 0) {
      h[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let min = i;
        if (l < h.length && h[l].due < h[min].due) min = l;
        if (r < h.length && h[r].due < h[min].due) min = r;
        if (min === i) break;
        [h[min], h[i]] = [h[i], h[min]];
        i = min;
      }
    }
    return top;
  }
}

const schedulers = new WeakMap<World, Scheduler>();

function schedulerOf(world: World): Scheduler {
  let s = schedulers.get(world);
  if (!s) {
    s = new Scheduler(world);
    schedulers.set(world, s);
    // A paid fee lets a case waiting on it be decided half an hour of work later.
    onFeePaid(world, (event) => {
      const record = applicationCollections(world).applications.get(event.applicationId);
      if (!record?.case || record.case.waitingFor !== 'fee') return;
      const m = new Move(world, record);
      const at = new Date(event.paidAt);
      m.schedule('decide', addWorkingMinutes(at, 30));
      m.save(at);
    });
  }
  return s;
}

/** Installs the engine on a world (the fee listener); idempotent. */
export function installWorkflow(world: World): void {
  schedulerOf(world);
}

/** Runs every step due by `now`; answers how many ran. */
export function settleCases(world: World, now: Date): number {
  return schedulerOf(world).settle(now);
}

// ---- the citizen's actions ------------------------------------------------------------------------

export const CASE_MESSAGES = {
  notWithdrawable: '该办件已受理或已办结，不能撤回；如需撤回请联系办理部门',
  noSupplement: '该办件当前没有待补正的材料',
  wrongRequest: '补正通知已更新，请刷新后重新提交',
  missingMaterial: '请提供要求补正的这份材料',
  notYours: '未找到该文件，请重新上传或选择',
  uploadIncomplete: '文件尚未上传完成',
  certificateKind: '该证照不能用于这份材料，请选择相应的证照或上传文件',
  notShipped: '结果尚未寄出，暂不能确认收货',
  alreadyCollected: '快递员已揽收，不能再修改收件地址；请联系快递员或办理部门',
  notExpress: '该办件不是邮寄送达',
} as const;

function refuse(status: number, field: string, message: string): never {
  throw new ApiError(status, status === 409 ? 'conflict' : 'unprocessable', message, { [field]: message });
}

/** Whether the citizen may still withdraw: before acceptance only. */
export function canWithdraw(record: Pick<ApplicationRecord, 'case' | 'status'>): boolean {
  return !record.case?.acceptedOn && (record.status === 'received' || record.status === 'supplement_requested');
}

export function withdraw(world: World, record: ApplicationRecord, now: Date): ApplicationRecord {
  if (!canWithdraw(record)) refuse(409, 'status', CASE_MESSAGES.notWithdrawable);
  const m = new Move(world, record);
  m.close(now, '申请人撤回申请');
  m.moveTo('withdrawn');
  m.open('withdraw', '撤回', now, { end: true, opinion: '申请人在受理前撤回了申请' });
  m.stop();
  refundFee(world, record.id, '申请人撤回申请，退还已缴费用', now);
  m.event('withdrawn', now);
  return m.save(now);
}

export function answerSupplement(world: World, record: ApplicationRecord, input: SupplementInput, now: Date): ApplicationRecord {
  const request = record.case?.supplements.at(-1);
  if (record.status !== 'supplement_requested' || !request || request.answeredAt) refuse(409, 'requestId', CASE_MESSAGES.noSupplement);
  if (input.requestId !== request.id) refuse(409, 'requestId', CASE_MESSAGES.wrongRequest);
  const problems: Record<string, string> = {};
  const certificates = identityCollections(world).certificates;
  for (const asked of request.materials) {
    const answer = input.materials[asked.materialId];
    const field = `materials.${asked.materialId}`;
    if (!answer) {
      problems[field] = CASE_MESSAGES.missingMaterial;
      continue;
    }
    if (answer.kind === 'certificate') {
      const cert = certificates.get(answer.certificateId);
      if (!cert || cert.userId !== record.userId) problems[field] = CASE_MESSAGES.notYours;
      else if (!certificateKindsMentioned(asked.name).includes(cert.kind)) problems[field] = CASE_MESSAGES.certificateKind;
    } else {
      for (const uploadId of answer.uploadIds) {
        const upload = ownUpload(world, record.userId, uploadId);
        if (!upload) problems[field] = CASE_MESSAGES.notYours;
        else if (upload.status !== 'complete') problems[field] = CASE_MESSAGES.uploadIncomplete;
      }
    }
  }
  if (Object.keys(problems).length > 0) throw new ApiError(422, 'unprocessable', '补正材料有误，请检查后再提交', problems);
  const m = new Move(world, record);
  const answered = m.c.supplements.at(-1) as SupplementRequest;
  answered.answeredAt = now.toISOString();
  m.patch.materials = m.record.materials.map((x) => {
    const answer = input.materials[x.materialId];
    return answer ? { ...x, answer } : x;
  });
  const paused = m.c.pauses.find((p) => !p.to);
  if (paused) paused.to = beijingDate(now);
  m.close(now, `申请人已补正：${request.materials.map((x) => x.name).join('、')}`);
  m.moveTo('supplement_done');
  m.open('supplement', '补正材料审核', now, { opinion: '已收到补正材料' });
  m.event('supplement_done', now);
  if (m.c.acceptedOn) {
    m.schedule('decide', addWorkingMinutes(now, DURATIONS.supplementCheck + (m.c.reviewLeft ?? 60)));
    m.moveTo('in_process');
    m.close(now);
    m.open('review', '审查', now, { opinion: '补正材料已审核，继续审查' });
  } else {
    m.schedule('accept', addWorkingMinutes(now, DURATIONS.supplementCheck));
  }
  return m.save(now);
}

export function confirmReceipt(world: World, record: ApplicationRecord, now: Date): ApplicationRecord {
  const s = record.case?.shipment;
  if (!s) refuse(409, 'delivery', CASE_MESSAGES.notExpress);
  if (s.stage !== 'out_for_delivery' && s.stage !== 'delivered') refuse(409, 'delivery', CASE_MESSAGES.notShipped);
  if (s.receivedAt) return record;
  const m = new Move(world, record);
  const shipment = m.c.shipment as NonNullable<CaseState['shipment']>;
  shipment.receivedAt = now.toISOString();
  if (shipment.stage !== 'delivered') {
    shipment.stage = 'delivered';
    shipment.events.push({ stage: 'delivered', at: now.toISOString(), text: '申请人已确认收货' });
    m.close(now, '申请人已确认收货，送达完成');
    m.stop();
  }
  m.event('received_confirmed', now);
  return m.save(now);
}

export function changeDeliveryAddress(world: World, record: ApplicationRecord, addressId: string, now: Date): ApplicationRecord {
  if (record.delivery.method !== 'express') refuse(409, 'addressId', CASE_MESSAGES.notExpress);
  const address = identityCollections(world).addresses.get(addressId);
  if (!address || address.userId !== record.userId) refuse(404, 'addressId', '未找到该地址');
  const s = record.case?.shipment;
  if (s && s.stage !== 'created') refuse(409, 'addressId', CASE_MESSAGES.alreadyCollected);
  const next: ApplicationRecord = { ...record, delivery: { method: 'express', addressId }, updatedAt: now.toISOString() };
  if (next.case?.shipment) next.case = { ...next.case, shipment: { ...next.case.shipment, addressId } };
  applicationCollections(world).applications.put(next.id, next);
  return next;
}

// ---- reviewers' controls --------------------------------------------------------------------------

const BEFORE_ACCEPTANCE: readonly ApplicationStatus[] = ['received', 'supplement_done'];

/** The controls that apply to a case now. */
export function controlsOf(record: ApplicationRecord): CaseControl[] {
  const status = record.status;
  const c = record.case;
  if (!c || FINAL_STATUSES.includes(status) && !(c.shipment && c.shipment.stage !== 'delivered') && !(c.next?.action === 'make')) return [];
  const controls: CaseControl[] = [];
  const before = BEFORE_ACCEPTANCE.includes(status) && !c.acceptedOn;
  if (before) controls.push('accept');
  if (before || status === 'in_process') controls.push('supplement');
  if (before || status === 'in_process' || status === 'supplement_done') controls.push('approve', 'refuse');
  if (record.delivery.method === 'express' && (c.next?.action === 'make' || (c.shipment && c.shipment.stage !== 'delivered'))) controls.push('ship');
  return controls;
}

export function control(world: World, record: ApplicationRecord, kind: CaseControl, input: { reason?: string; materialIds?: string[] }, now: Date): ApplicationRecord {
  if (!controlsOf(record).includes(kind)) refuse(409, 'control', `该办件当前状态（${record.status}）不能执行“${kind}”`);
  const m = new Move(world, record);
  switch (kind) {
    case 'accept':
      accept(m, now, { force: true });
      break;
    case 'supplement':
      requestSupplement(m, now, input);
      break;
    case 'approve':
    case 'refuse': {
      if (!m.c.acceptedOn) {
        if (kind === 'refuse') {
          reachDecider(m, now);
          m.close(now, input.reason?.trim() || '不符合受理条件');
          endNotAccepted(m, now, [input.reason?.trim() || '不符合受理条件']);
          break;
        }
        accept(m, now, { force: true });
      } else if (m.status === 'supplement_done') {
        m.moveTo('in_process');
      }
      if (kind === 'approve' && !isFeeSettled(world, record.id)) refuse(409, 'control', '申请人尚未缴纳费用，缴费后才能作出准予决定');
      decide(m, now, kind, input.reason);
      break;
    }
    case 'ship':
      if (m.c.next?.action === 'make') make(m, now);
      else ship(m, now);
      break;
  }
  return m.save(now);
}

/** Every consecutive pair of distinct statuses in the steps is allowed by the table. */
export function impossibleMoves(record: ApplicationRecord): string[] {
  const problems: string[] = [];
  const steps = record.case?.steps ?? [];
  let previous: ApplicationStatus = 'received';
  for (const step of steps) {
    if (step.status !== previous) {
      if (!CASE_TRANSITIONS[previous].includes(step.status)) problems.push(`${record.number}: ${previous} → ${step.status}`);
      previous = step.status;
    }
  }
  if (previous !== record.status && !CASE_TRANSITIONS[previous].includes(record.status)) problems.push(`${record.number}: last step ${previous}, status ${record.status}`);
  return problems;
}
