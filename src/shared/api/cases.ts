/**
 * Tracking a case (办件) after it is filed: the workflow's step records node by node, the deadline
 * counted in working days, supplement requests (补正), the result, express shipment or pick-up,
 * and what the citizen can do now. The status list is the provincial one of domain.md
 * (APPLICATION_STATUSES); which status may follow which is CASE_TRANSITIONS, the one table the mock
 * engine obeys and the tests (and the load test) check every recorded step against.
 */
import type { Application, ApplicationStatus, MaterialAnswer } from './applications';
import type { HallLevel } from './halls';
import type { CertificateKind } from './identity';
import type { Page, PageQuery } from './page';

// ---- the transition table ---------------------------------------------------------------------

/**
 * Which status may follow which. Terminal statuses have no successors (recall / revocation of an
 * approval is a later special procedure outside this app). 补正 happens before acceptance (the
 * 一次性告知 of 行政许可法 第三十二条) and during review; while it is awaited the deadline pauses.
 */
export const CASE_TRANSITIONS: Readonly<Record<ApplicationStatus, readonly ApplicationStatus[]>> = {
  received: ['withdrawn', 'accepted', 'not_accepted', 'supplement_requested'],
  supplement_requested: ['supplement_done', 'withdrawn', 'not_accepted'],
  supplement_done: ['accepted', 'in_process', 'supplement_requested', 'not_accepted'],
  accepted: ['in_process', 'approved', 'approved_deferred', 'refused'],
  // rejected (已退回): ended without a decision on the merits, e.g. a fee left unpaid past its notice
  in_process: ['supplement_requested', 'special_start', 'approved', 'approved_deferred', 'refused', 'rejected'],
  special_start: ['special_end'],
  special_end: ['in_process', 'approved', 'approved_deferred', 'refused'],
  approved_deferred: ['approved', 'revoked'],
  approved: ['recalled', 'revoked'],
  withdrawn: [],
  not_accepted: [],
  rejected: [],
  refused: [],
  recalled: [],
  revoked: [],
};

export function canTransition(from: ApplicationStatus, to: ApplicationStatus): boolean {
  return CASE_TRANSITIONS[from].includes(to);
}

/** Statuses after which nothing more happens to the case itself (delivery may still run). */
export const FINAL_STATUSES: readonly ApplicationStatus[] = ['withdrawn', 'not_accepted', 'rejected', 'approved', 'approved_deferred', 'refused', 'recalled', 'revoked'];

// ---- 我的办件 tabs ------------------------------------------------------------------------------

/**
 * 全部 / 草稿 / 办理中 / 待补正 / 待缴费 / 已办结 / 已撤回. 全部 is every application whatever its
 * state (drafts are not applications yet: they have their own tab); it is where 我的办件 opens, so a
 * citizen finds a case without first guessing which state it is in.
 */
export const CASE_TABS = ['all', 'draft', 'in_progress', 'supplement', 'payment', 'done', 'withdrawn'] as const;
export type CaseTab = (typeof CASE_TABS)[number];
/** The tabs a case is in by its state (it is in 全部 besides). */
export type CaseStateTab = Exclude<CaseTab, 'all' | 'draft'>;

export const CASE_TAB_LABELS: Record<CaseTab, string> = {
  all: '全部',
  draft: '草稿',
  in_progress: '办理中',
  supplement: '待补正',
  payment: '待缴费',
  done: '已办结',
  withdrawn: '已撤回',
};

// ---- step records -----------------------------------------------------------------------------

/** What a node of the timeline is. */
export const STEP_KINDS = ['receive', 'handover', 'accept', 'supplement', 'review', 'special', 'decide', 'make', 'deliver', 'withdraw'] as const;
export type StepKind = (typeof STEP_KINDS)[number];

export interface CaseHandler {
  /** 工号, e.g. 0243-1062-07 */
  staffNo: string;
  /** masked, e.g. 冉** */
  name: string;
  /** e.g. 综合受理窗口 2; absent for back-office work */
  window?: string;
}

/** One node of a case's timeline, as the step record of domain.md. */
export interface CaseStep {
  id: string;
  kind: StepKind;
  /** 收件, 转报, 受理, 补正, 审查, 决定, 制证, 送达, 撤回 … */
  name: string;
  /** the status the case had while (or after) this step ran */
  status: ApplicationStatus;
  level: HallLevel;
  /** the hall or department that handled it, e.g. 黄家镇便民服务中心 / 重庆市交通运输委员会 */
  department: string;
  handler?: CaseHandler;
  /** the handler's opinion (审查意见), or what happened in words */
  opinion?: string;
  startedAt: string;
  /** absent while the step runs */
  endedAt?: string;
}

// ---- the deadline ------------------------------------------------------------------------------

/**
 * not_started: before acceptance (the promise counts from 受理); on_track; at_risk (one working day
 * or less left); overdue; paused (a supplement is awaited, which the count excludes); met / missed:
 * decided, in time or not.
 */
export const DEADLINE_STATES = ['not_started', 'on_track', 'at_risk', 'overdue', 'paused', 'met', 'missed'] as const;
export type DeadlineState = (typeof DEADLINE_STATES)[number];

export interface CaseDeadline {
  state: DeadlineState;
  /** 承诺时限, working days (0 for 即办件) */
  promisedDays: number;
  /** the promised completion date (Beijing calendar date), estimated from filing before acceptance */
  promisedDate: string;
  /** working days counted so far (pauses excluded) */
  usedDays: number;
  /** working days left; negative when overdue */
  daysLeft: number;
  /** since when the count pauses, while a supplement is awaited */
  pausedSince?: string;
}

// ---- 补正 ---------------------------------------------------------------------------------------

export interface SupplementRequest {
  id: string;
  /** the clerk's reason, in words */
  reason: string;
  requestedAt: string;
  /** the answer is due by this date (Beijing); after it the case may be not accepted */
  dueDate: string;
  /**
   * exactly the materials asked for; nothing else is entered again. `certificateKinds`: the
   * e-certificates from 我的证照 that meet it (the ones its name names); empty: an upload only
   */
  materials: Array<{ materialId: string; name: string; note: string; certificateKinds: CertificateKind[] }>;
  answeredAt?: string;
}

/** The answer: each asked material met by a certificate or an upload (no 容缺 here). */
export interface SupplementInput {
  requestId: string;
  materials: Record<string, Exclude<MaterialAnswer, { kind: 'deferred' }>>;
}

// ---- results ------------------------------------------------------------------------------------

export interface Remedy {
  /** 行政复议 or 行政诉讼 */
  name: string;
  /** where, e.g. 重庆市人民政府 or 重庆市渝中区人民法院 */
  body: string;
  /** e.g. 自收到决定书之日起60日内 */
  within: string;
  /** the last day (Beijing date) */
  deadline: string;
  basis: string;
}

export interface CaseResult {
  outcome: 'approved' | 'refused' | 'not_accepted';
  decidedAt: string;
  /** the document, e.g. 超限运输车辆通行证 / 不予行政许可决定书 */
  documentName: string;
  /** the decision letter: its number (文号) and paragraphs */
  letter: { title: string; number: string; paragraphs: string[] };
  /** the e-certificate put in 我的证照 (approvals that issue one) */
  certificateId?: string;
  /** refusals: the reasons and the citizen's remedies */
  reasons?: string[];
  remedies?: Remedy[];
}

// ---- delivery of the result ---------------------------------------------------------------------

/** 已下单 → 揽收 → 运输中 → 派送中 → 已签收 */
export const SHIPMENT_STAGES = ['created', 'collected', 'in_transit', 'out_for_delivery', 'delivered'] as const;
export type ShipmentStage = (typeof SHIPMENT_STAGES)[number];

export const SHIPMENT_STAGE_LABELS: Record<ShipmentStage, string> = {
  created: '已下单',
  collected: '已揽收',
  in_transit: '运输中',
  out_for_delivery: '派送中',
  delivered: '已签收',
};

export interface Shipment {
  carrier: string;
  waybill: string;
  stage: ShipmentStage;
  /** newest last */
  events: Array<{ stage: ShipmentStage; at: string; text: string }>;
  /** masked recipient, phone and address */
  recipient: string;
  phone: string;
  address: string;
  /** before 揽收 the address can still change */
  canChangeAddress: boolean;
  /** the citizen confirmed receipt (or the carrier's signature counted as it) */
  receivedAt?: string;
}

export interface Pickup {
  /** 取件码 */
  code: string;
  hallId: string;
  hallName: string;
  hallAddress: string;
  /** e.g. 周一至周五 9:00–12:00，14:00–17:30 */
  hours: string;
  readyAt: string;
  pickedUpAt?: string;
}

// ---- what to do now -----------------------------------------------------------------------------

export const CASE_ACTIONS = ['supplement', 'pay', 'book', 'confirm_receipt', 'pickup', 'rate', 'change_address', 'withdraw'] as const;
export type CaseActionKind = (typeof CASE_ACTIONS)[number];

export interface CaseAction {
  kind: CaseActionKind;
  /** in words, e.g. 请在12月9日前补正：机动车行驶证 */
  text: string;
}

/** What `GET /applications/:id` adds to the application: everything the case page shows. */
export interface CaseTracking {
  /** node by node, oldest first; the last without `endedAt` is where the case is now */
  timeline: CaseStep[];
  deadline: CaseDeadline;
  /** the open (or last) supplement request */
  supplement?: SupplementRequest;
  result?: CaseResult;
  shipment?: Shipment;
  pickup?: Pickup;
  /** what the citizen can or should do now, most urgent first; empty when nothing */
  actions: CaseAction[];
}

// ---- 我的办件 list ------------------------------------------------------------------------------

export interface CaseListEntry {
  /** the application's id, or the draft's for tab `draft` */
  id: string;
  kind: 'application' | 'draft';
  itemId: string;
  itemName: string;
  /** 办件编号 (absent for drafts) */
  number?: string;
  status?: ApplicationStatus;
  /** in words: 已受理 / 待补正 / 草稿 … */
  statusLabel: string;
  /** where it is now, e.g. 彭水县政务服务中心 · 转报 */
  currentNode?: string;
  deadline?: { state: DeadlineState; promisedDate: string; daysLeft: number };
  /** ISO: filing (applications) or last save (drafts) */
  at: string;
}

export interface CaseListQuery extends PageQuery {
  /** one tab; `all` or none: every application (not drafts) */
  state?: CaseTab;
}

export interface CaseList extends Page<CaseListEntry> {
  /** how many cases each tab holds */
  counts: Record<CaseTab, number>;
}

// ---- public progress query ----------------------------------------------------------------------

export interface ProgressQuery {
  /** 办件编号 */
  number: string;
  /** the applicant's full name (or company name) */
  name: string;
}

/** What anyone with the number and the name may see: masked, no materials, no addresses. */
export interface PublicProgress {
  number: string;
  itemName: string;
  /** masked */
  applicantName: string;
  status: ApplicationStatus;
  statusLabel: string;
  submittedAt: string;
  deadline: CaseDeadline;
  /** handlers masked, opinions kept to the status in words */
  timeline: Array<Pick<CaseStep, 'name' | 'status' | 'level' | 'department' | 'startedAt' | 'endedAt'>>;
}

// ---- reviewer / demo controls (mock only) --------------------------------------------------------

export const CASE_CONTROLS = ['accept', 'supplement', 'approve', 'refuse', 'ship'] as const;
export type CaseControl = (typeof CASE_CONTROLS)[number];

/** Optional words for a control: the reason of a supplement request or a refusal. */
export interface CaseControlInput {
  reason?: string;
  /** for `supplement`: the materials to ask for (default: the seeded choice) */
  materialIds?: string[];
}

/** One row of the command-centre view. */
export interface CommandCentreCase {
  id: string;
  number: string;
  itemName: string;
  /** masked */
  applicantName: string;
  status: ApplicationStatus;
  statusLabel: string;
  level: HallLevel;
  department: string;
  /** the current node in words */
  currentNode: string;
  deadline: { state: DeadlineState; promisedDate: string; daysLeft: number };
  submittedAt: string;
  /** the controls that apply now */
  controls: CaseControl[];
  /** the case's materials, for a supplement request naming exactly what is missing */
  materials: Array<{ materialId: string; name: string }>;
  /** the case's latest 投诉, if any (投诉问责: complaints are watched with their cases) */
  complaint?: Application['complaint'];
}

export interface CommandCentreQuery extends PageQuery {
  level?: HallLevel;
  department?: string;
  /** only red (overdue) or yellow (at risk) */
  warning?: 'overdue' | 'at_risk';
}

export interface CommandCentrePage extends Page<CommandCentreCase> {
  total: number;
  /** counts over the whole filtered set */
  warnings: { overdue: number; atRisk: number };
  /** complaints not yet 已办结 about the cases of the filtered set */
  openComplaints: number;
  /** the departments present, for the filter */
  departments: string[];
}

// ---- endpoint table -----------------------------------------------------------------------------

export interface CasesApi {
  'POST /applications/:id/withdraw': { params: { id: string }; response: Application };
  'POST /applications/:id/supplement': { params: { id: string }; body: SupplementInput; response: Application };
  'POST /applications/:id/receipt': { params: { id: string }; response: Application };
  'PUT /applications/:id/delivery-address': { params: { id: string }; body: { addressId: string }; response: Application };
  /** no session: the number and the applicant's name, or 404 */
  'GET /progress': { query: ProgressQuery; response: PublicProgress };
  'GET /dev/cases': { query: CommandCentreQuery; response: CommandCentrePage };
  'POST /dev/cases/:id/:control': { params: { id: string; control: CaseControl }; body: CaseControlInput; response: CommandCentreCase };
}
