/**
 * What the workflow shows: a case's tracking (timeline, deadline, supplement, result, delivery,
 * what to do now), its 我的办件 tab and list entry, the public progress answer (masked), and the
 * command-centre row. Pure reads of the record at `now`.
 */
import { STATUS_LABELS } from '../../src/shared/api/applications';
import type {
  CaseAction,
  CaseDeadline,
  CaseListEntry,
  CaseStep,
  CaseStateTab,
  CaseTracking,
  CommandCentreCase,
  PublicProgress,
  Shipment,
} from '../../src/shared/api/cases';
import { CASE_TAB_LABELS, FINAL_STATUSES } from '../../src/shared/api/cases';
import { maskAddress, maskName, maskPhone } from '../../src/shared/identity/mask';
import type { ApplicationRecord } from '../applications/model';

/** A record as the views read it (at submit, before its first answer exists). */
type Tracked = Omit<ApplicationRecord, 'response'>;
import { identityCollections } from '../identity/model';
import { divisionPath } from '../identity/store';
import { feeNoticeOf } from '../payments';
import { rateActions } from '../evaluations/store';
import { beijingDate } from '../server/working-time';
import type { World } from '../world';
import { deadlineOf } from './deadline';
import { canWithdraw, controlsOf } from './engine';

/**
 * A record's deadline on a Beijing day, remembered per stored record: the journal stores a new
 * object on every write, so a changed case is computed afresh, and an unchanged one only once a
 * day (the command centre reads every case on every poll; the working-day arithmetic is the cost).
 */
const deadlines = new WeakMap<object, { today: string; deadline: CaseDeadline }>();

export function deadlineOfRecord(record: Tracked, now: Date): CaseDeadline {
  const today = beijingDate(now);
  const known = deadlines.get(record);
  if (known?.today === today) return known.deadline;
  const deadline = Object.freeze(computeDeadline(record, today));
  deadlines.set(record, { today, deadline });
  return deadline;
}

function computeDeadline(record: Tracked, today: string): CaseDeadline {
  const c = record.case;
  const decidedAt = c?.result?.decidedAt;
  const ended = record.status === 'withdrawn' || record.status === 'not_accepted';
  if (!c) return deadlineOf({ promisedDays: record.promisedDays, pauses: [] }, today);
  if (ended) {
    return { state: 'not_started', promisedDays: record.promisedDays, promisedDate: record.promisedDate, usedDays: 0, daysLeft: 0 };
  }
  const input = { promisedDays: record.promisedDays, pauses: c.pauses, ...(c.acceptedOn ? { acceptedOn: c.acceptedOn } : {}), ...(decidedAt ? { decidedOn: beijingDate(new Date(decidedAt)) } : {}) };
  return deadlineOf(input, today);
}

function feeOwed(world: World, record: Tracked, now: Date): boolean {
  const status = feeNoticeOf(world, record.id, now)?.status;
  return status === 'unpaid' || status === 'paying';
}

/** Which 我的办件 tab the case belongs in now. */
export function tabOf(world: World, record: Tracked, now: Date): CaseStateTab {
  if (record.status === 'withdrawn') return 'withdrawn';
  if (FINAL_STATUSES.includes(record.status)) return 'done';
  if (record.status === 'supplement_requested') return 'supplement';
  if (feeOwed(world, record, now)) return 'payment';
  return 'in_progress';
}

/** The running step (or the last one). */
export function currentStep(record: Tracked): CaseStep | undefined {
  const steps = record.case?.steps ?? [];
  return [...steps].reverse().find((s) => !s.endedAt) ?? steps.at(-1);
}

function nodeText(record: Tracked): string {
  const step = currentStep(record);
  return step ? `${step.department} · ${step.name}` : STATUS_LABELS[record.status];
}

function md(date: string): string {
  const [, m, d] = date.split('-').map(Number);
  return `${m}月${d}日`;
}

function shipmentView(world: World, record: Tracked): Shipment | undefined {
  const s = record.case?.shipment;
  if (!s) return undefined;
  const address = identityCollections(world).addresses.get(s.addressId);
  const view: Shipment = {
    carrier: s.carrier,
    waybill: s.waybill,
    stage: s.stage,
    events: s.events,
    recipient: address ? maskName(address.recipient) : '',
    phone: address ? maskPhone(address.phone) : '',
    address: address ? `${divisionPath(world, address.divisionCode)} ${maskAddress(address.detail)}` : '地址已删除',
    canChangeAddress: s.stage === 'created',
  };
  if (s.receivedAt) view.receivedAt = s.receivedAt;
  return view;
}

/** What the citizen can or should do now, most urgent first. */
function actionsOf(world: World, record: Tracked, now: Date): CaseAction[] {
  const c = record.case;
  const actions: CaseAction[] = [];
  const open = c?.supplements.at(-1);
  if (record.status === 'supplement_requested' && open && !open.answeredAt) {
    actions.push({ kind: 'supplement', text: `请在${md(open.dueDate)}前补正：${open.materials.map((x) => x.name).join('、')}` });
  }
  const fee = feeNoticeOf(world, record.id, now);
  if (fee && (fee.status === 'unpaid' || fee.status === 'paying') && !FINAL_STATUSES.includes(record.status)) {
    actions.push({ kind: 'pay', text: `请在${md(fee.deadline)}前缴纳${(fee.totalFen / 100).toFixed(2).replace(/\.00$/, '')}元` });
  }
  const s = c?.shipment;
  if (s && s.stage === 'created') actions.push({ kind: 'change_address', text: '快递员揽收前可以修改收件地址' });
  if (s && (s.stage === 'out_for_delivery' || s.stage === 'delivered') && !s.receivedAt) actions.push({ kind: 'confirm_receipt', text: '收到后请确认收货' });
  if (c?.pickup && !c.pickup.pickedUpAt) actions.push({ kind: 'pickup', text: `请凭取件码${c.pickup.code}到${c.pickup.hallName}领取` });
  if (canWithdraw(record)) actions.push({ kind: 'withdraw', text: '受理前可以撤回申请' });
  // 好差评: an invitation while a stage that happened is not rated (mock/evaluations)
  actions.push(...rateActions(world, record));
  return actions;
}

export function trackingOf(world: World, record: Tracked, now: Date): CaseTracking {
  const c = record.case;
  const tracking: CaseTracking = { timeline: c?.steps ?? [], deadline: deadlineOfRecord(record, now), actions: actionsOf(world, record, now) };
  const supplement = c?.supplements.at(-1);
  if (supplement) tracking.supplement = supplement;
  if (c?.result) tracking.result = c.result;
  const shipment = shipmentView(world, record);
  if (shipment) tracking.shipment = shipment;
  if (c?.pickup) tracking.pickup = c.pickup;
  return tracking;
}

export function listEntryOf(world: World, record: ApplicationRecord, now: Date): CaseListEntry {
  const deadline = deadlineOfRecord(record, now);
  const tab = tabOf(world, record, now);
  return {
    id: record.id,
    kind: 'application',
    itemId: record.itemId,
    itemName: record.itemName,
    number: record.number,
    status: record.status,
    statusLabel: tab === 'payment' ? CASE_TAB_LABELS.payment : STATUS_LABELS[record.status],
    currentNode: nodeText(record),
    deadline: { state: deadline.state, promisedDate: deadline.promisedDate, daysLeft: deadline.daysLeft },
    at: record.submittedAt,
  };
}

/** The public answer: masked name, no handlers, no opinions, no materials, no addresses. */
export function publicProgressOf(record: ApplicationRecord, now: Date): PublicProgress {
  return {
    number: record.number,
    itemName: record.itemName,
    applicantName: record.applicant.companyName ?? maskName(record.applicant.name),
    status: record.status,
    statusLabel: STATUS_LABELS[record.status],
    submittedAt: record.submittedAt,
    deadline: deadlineOfRecord(record, now),
    timeline: (record.case?.steps ?? []).map((s) => {
      const row: PublicProgress['timeline'][number] = { name: s.name, status: s.status, level: s.level, department: s.department, startedAt: s.startedAt };
      if (s.endedAt) row.endedAt = s.endedAt;
      return row;
    }),
  };
}

/** The level and department a case is at now (the command centre's filters). */
export function whereNow(record: ApplicationRecord): Pick<CommandCentreCase, 'level' | 'department'> {
  const c = record.case;
  const node = c?.route[c.at];
  return { level: node?.level ?? 'city', department: node?.department ?? record.department };
}

/** One case on the command centre, with its latest complaint (`caseComplaint`) when it has one. */
export function commandCentreRow(record: ApplicationRecord, now: Date, complaint?: CommandCentreCase['complaint']): CommandCentreCase {
  const deadline = deadlineOfRecord(record, now);
  const row: CommandCentreCase = {
    id: record.id,
    number: record.number,
    itemName: record.itemName,
    applicantName: record.applicant.companyName ?? maskName(record.applicant.name),
    status: record.status,
    statusLabel: STATUS_LABELS[record.status],
    ...whereNow(record),
    currentNode: nodeText(record),
    deadline: { state: deadline.state, promisedDate: deadline.promisedDate, daysLeft: deadline.daysLeft },
    submittedAt: record.submittedAt,
    controls: controlsOf(record),
    materials: record.materials.map((m) => ({ materialId: m.materialId, name: m.name })),
  };
  if (complaint) row.complaint = complaint;
  return row;
}
