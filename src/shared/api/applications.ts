/**
 * API types for applying online (在线办理): drafts (one form per application, saved as the
 * citizen goes, versioned), uploads (我的材料), applications (办件), fee notices and payments
 * (缴款), and appointments (预约). Written once here and imported by both the app and the mock
 * server. Pure types and constant arrays.
 *
 * Writes that could be repeated (submit, pay, book) carry an `Idempotency-Key` header: the same
 * key answers the first result again (200 instead of 201) and never makes a second record.
 * Drafts are saved with `If-Match: <version>`; a stale version answers 409 with the server's
 * draft, so a change from another device is shown, never silently overwritten.
 */
import type { ComplaintState } from './complaints';
import type { ApplicationForm, FieldErrors, FormValues, PrefillSource } from '../forms/types';
import type { CaseList, CaseListQuery, CaseTracking } from './cases';
import type { Address } from './identity';

// ---- the task list --------------------------------------------------------------------------

/** The steps of the one form, in order (GOV.UK task-list pattern). */
export const TASKS = ['situation', 'applicant', 'form', 'materials', 'delivery', 'review'] as const;
export type TaskKey = (typeof TASKS)[number];

export const TASK_STATUSES = ['cannot_start', 'not_started', 'in_progress', 'completed'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export const TASK_LABELS: Record<TaskKey, string> = {
  situation: '办理情形',
  applicant: '申请人',
  form: '申请表',
  materials: '申请材料',
  delivery: '领取方式',
  review: '核对并提交',
};

/** Who the application is for: the citizen, a company they represent (法人 items), or family (代办). */
export const APPLICANT_KINDS = ['self', 'company', 'family'] as const;
export type ApplicantKind = (typeof APPLICANT_KINDS)[number];

export interface ApplicantChoice {
  kind: ApplicantKind;
  /** kind company: one of Me.companies */
  companyId?: string;
  /** kind family: one of the citizen's family members */
  familyMemberId?: string;
}

// ---- materials ------------------------------------------------------------------------------

/**
 * How one material of the checklist is met: an e-certificate of the applicant (A/B trust level:
 * nothing to upload), uploads (new or earlier ones from 我的材料), or deferred (容缺, only for
 * materials the guide marks deferrable).
 */
export type MaterialAnswer =
  | { kind: 'certificate'; certificateId: string }
  | { kind: 'upload'; uploadIds: string[] }
  | { kind: 'deferred' };

export const MATERIAL_ANSWER_KINDS = ['certificate', 'upload', 'deferred'] as const;

/** One row of the situation's checklist, as the draft shows it. */
export interface DraftMaterial {
  /** the guide's material id */
  materialId: string;
  name: string;
  requirement: 'required' | 'optional' | 'deferrable';
  notes?: string;
  /** the applicant's e-certificate that meets it automatically ("已自动获取：居民身份证（电子证照）") */
  certificate?: { id: string; name: string; trustLevel: 'A' | 'B' };
  answer?: MaterialAnswer;
  met: boolean;
}

// ---- delivery -------------------------------------------------------------------------------

/** 领取方式: by express (the government pays), pick-up at a handling hall, or e-certificate only. */
export const DELIVERY_METHODS = ['express', 'pickup', 'electronic'] as const;
export type DeliveryMethod = (typeof DELIVERY_METHODS)[number];

export type DeliveryChoice =
  | { method: 'express'; addressId: string }
  | { method: 'pickup'; hallId: string }
  | { method: 'electronic' };

// ---- drafts ---------------------------------------------------------------------------------

/** What the citizen has entered: the body of `PUT /drafts/:id`. */
export interface DraftInput {
  situationId: string;
  applicant: ApplicantChoice;
  /** the item form's values; locked identity fields are left out (the server fills them) */
  values: FormValues;
  /** by the guide's material id */
  materials: Record<string, MaterialAnswer>;
  delivery?: DeliveryChoice;
  /** where the citizen stopped, to resume there */
  currentTask: TaskKey;
}

export interface DraftSummary {
  id: string;
  itemId: string;
  itemName: string;
  situationName: string;
  currentTask: TaskKey;
  /** tasks completed of all tasks */
  progress: { done: number; total: number };
  updatedAt: string;
  version: number;
}

export interface Draft extends DraftInput {
  id: string;
  itemId: string;
  itemName: string;
  /** increases with every save; sent back as If-Match */
  version: number;
  createdAt: string;
  updatedAt: string;
  tasks: Array<{ key: TaskKey; status: TaskStatus }>;
  /** the item's application form */
  form: ApplicationForm;
  situations: Array<{ id: string; name: string; description: string }>;
  /** the chosen situation's checklist, exactly */
  checklist: DraftMaterial[];
  deliveryOptions: DeliveryMethod[];
  /** masked values of the fields prefilled from the real-name profile and certificates */
  prefilled: Partial<Record<PrefillSource, string>>;
  /** what submit would refuse now, by path (`form.<section>.<field>`, `materials.<id>`, `delivery`) */
  problems: FieldErrors;
  fee?: FeeQuote;
  /** a life-event draft: the items it files, each as its own application */
  lifeEvent?: DraftLifeEvent;
}

/** A draft for one item (with the situation chosen on its guide), or for a whole life event (一件事一次办). */
export type CreateDraftInput = { itemId: string; situationId: string } | { lifeEventId: string };

/** The situation id of a life-event draft: each item's own first situation applies. */
export const LIFE_EVENT_SITUATION = 'life-event';

/** What a life-event draft files: one linked application per item, from one form. */
export interface DraftLifeEvent {
  id: string;
  name: string;
  items: Array<{ itemId: string; itemName: string; situationName: string }>;
}

/** 409 on a stale If-Match: the server's current draft, to show beside the citizen's. */
export interface DraftConflictBody {
  error: { code: 'conflict'; message: string; fields?: { 'If-Match': string } };
  current: Draft;
}

// ---- uploads (我的材料) -----------------------------------------------------------------------

export const UPLOAD_TYPES = ['image/jpeg', 'image/png', 'application/pdf'] as const;
export type UploadType = (typeof UPLOAD_TYPES)[number];

/** At most this many bytes per file (after the app compresses images). */
export const UPLOAD_MAX_BYTES = 10 * 1024 * 1024;
/** The app sends a file in chunks of this size, so a broken upload resumes where it stopped. */
export const UPLOAD_CHUNK_BYTES = 256 * 1024;

export const UPLOAD_STATUSES = ['uploading', 'complete', 'rejected'] as const;
export type UploadStatus = (typeof UPLOAD_STATUSES)[number];

export interface UploadInit {
  fileName: string;
  /** what the device says; the server checks the content itself when the last byte arrives */
  contentType: UploadType;
  size: number;
}

export interface Upload {
  id: string;
  fileName: string;
  contentType: UploadType;
  size: number;
  /** bytes the server holds; the next chunk starts here */
  received: number;
  status: UploadStatus;
  /** why a finished upload was refused, in words (e.g. 文件内容不是 PDF) */
  rejection?: string;
  createdAt: string;
}

/**
 * 409 on a chunk that does not start at `received` (another device or a lost answer moved it
 * on): the upload as the server holds it, so the client resumes from `current.received`.
 */
export interface UploadConflictBody {
  error: { code: 'conflict'; message: string; fields: { 'Content-Range': string } };
  current: Upload;
}

// ---- applications (办件) ---------------------------------------------------------------------

/** The common status list of provincial platforms (domain.md), code = index + 1. */
export const APPLICATION_STATUSES = [
  'received',
  'withdrawn',
  'accepted',
  'not_accepted',
  'rejected',
  'supplement_requested',
  'supplement_done',
  'in_process',
  'special_start',
  'special_end',
  'approved',
  'approved_deferred',
  'refused',
  'recalled',
  'revoked',
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export const STATUS_LABELS: Record<ApplicationStatus, string> = {
  received: '已收件',
  withdrawn: '已撤回',
  accepted: '已受理',
  not_accepted: '不予受理',
  rejected: '已退回',
  supplement_requested: '待补正',
  supplement_done: '已补正',
  in_process: '办理中',
  special_start: '特别程序',
  special_end: '特别程序结束',
  approved: '已办结（准予）',
  approved_deferred: '已办结（容缺后补）',
  refused: '已办结（不予许可）',
  recalled: '已撤销',
  revoked: '已注销',
};

export interface ApplicationSummary {
  id: string;
  /** 办件编号, what the citizen quotes on the phone, e.g. YKB20261202000123 */
  number: string;
  itemId: string;
  itemName: string;
  status: ApplicationStatus;
  submittedAt: string;
  /** the promised completion date, counted in working days (holidays and 调休 respected) */
  promisedDate: string;
}

export interface Application extends ApplicationSummary, CaseTracking {
  situationName: string;
  department: string;
  /** masked: 喻** or the company's name */
  applicantName: string;
  applicantKind: ApplicantKind;
  delivery: DeliveryChoice & { address?: Address; hallName?: string };
  materials: Array<{ name: string; metBy: 'certificate' | 'upload' | 'deferred'; detail: string }>;
  /** what happens next, in order, in words */
  nextSteps: string[];
  /** 到现场次数: at least 1 means a visit to a hall, which can be booked */
  visits: number;
  fee?: FeeNotice;
  appointment?: Appointment;
  /** filed with a life event (一件事一次办): every application of that one form, this one included */
  bundle?: { lifeEventId: string; lifeEventName: string; applications: Array<{ id: string; number: string; itemName: string }> };
  /** the latest 投诉 about this case, if any (a closed one may be followed by a new one) */
  complaint?: { id: string; number: string; state: ComplaintState; stateLabel: string };
}

// ---- fees and payments ----------------------------------------------------------------------

/** What an application will cost, before it is filed. */
export interface FeeQuote {
  items: Array<{ name: string; amountFen: number }>;
  totalFen: number;
}

export const FEE_STATUSES = ['unpaid', 'paying', 'paid', 'expired', 'refunded'] as const;
export type FeeStatus = (typeof FEE_STATUSES)[number];

/** 缴款通知书: issued with the application of an item that charges a fee. */
export interface FeeNotice extends FeeQuote {
  /** 缴款码 */
  code: string;
  /** pay by the end of this day (Beijing) */
  deadline: string;
  status: FeeStatus;
  paidAt?: string;
  refundedAt?: string;
}

/**
 * What `Taro.requestPayment` takes, every field made and signed by the server (API v3, RSA):
 * the client holds no key. The payment's outcome is the server's notification, never the
 * client's callback.
 */
export interface RequestPaymentParams {
  timeStamp: string;
  nonceStr: string;
  package: string;
  signType: 'RSA';
  paySign: string;
}

export const PAYMENT_STATUSES = ['pending', 'paid', 'failed', 'closed', 'refunded'] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];

export interface Payment {
  id: string;
  applicationId: string;
  amountFen: number;
  status: PaymentStatus;
  createdAt: string;
  paidAt?: string;
  /** weapp: the parameters for requestPayment; the H5 build and dev builds use the mock cashier */
  requestPayment: RequestPaymentParams;
}

// ---- appointments (预约) ---------------------------------------------------------------------

export interface Slot {
  /** HH:mm, Beijing */
  start: string;
  end: string;
  capacity: number;
  remaining: number;
}

export interface SlotDay {
  hallId: string;
  date: string;
  /** empty on a closed day, with the reason */
  slots: Slot[];
  closedReason?: string;
  /** the last date that can be booked (7 working days ahead) */
  lastBookableDate: string;
}

export interface AppointmentInput {
  hallId: string;
  itemId: string;
  date: string;
  start: string;
  applicationId?: string;
}

export const APPOINTMENT_STATUSES = ['booked', 'cancelled', 'attended', 'missed'] as const;
export type AppointmentStatus = (typeof APPOINTMENT_STATUSES)[number];

export interface Appointment {
  id: string;
  /** shown as text and as a QR code at the hall */
  code: string;
  hallId: string;
  hallName: string;
  hallAddress: string;
  /** the hall's hours that day, e.g. 09:00-12:00，13:30-17:30 */
  hallHours: string;
  itemId: string;
  itemName: string;
  date: string;
  start: string;
  end: string;
  status: AppointmentStatus;
}

// ---- company names (企业名称自主申报) ------------------------------------------------------------

/** A company name to check before 企业设立登记, and where the company will be registered. */
export interface CompanyNameCheckInput {
  name: string;
  /** 500000 (registered by the city) or the district's code; a township or village code stands for its district */
  divisionCode: string;
}

/** `available` when `problems` is empty: the rule check plus uniqueness among registered and reserved names. */
export interface CompanyNameAvailability {
  available: boolean;
  problems: string[];
}

// ---- endpoint table -------------------------------------------------------------------------

export interface ApplicationsApi {
  'POST /drafts': { body: CreateDraftInput; response: Draft };
  'GET /drafts': { response: DraftSummary[] };
  'GET /drafts/:id': { params: { id: string }; response: Draft };
  'PUT /drafts/:id': { params: { id: string }; headers: { 'If-Match': string }; body: DraftInput; response: Draft };
  'DELETE /drafts/:id': { params: { id: string }; response: { deleted: true } };
  'POST /uploads': { body: UploadInit; response: Upload };
  /**
   * one chunk of bytes (`Content-Type: application/octet-stream`, at most UPLOAD_CHUNK_BYTES),
   * `Content-Range: bytes <from>-<to>/<size>`, starting at `received` (else 409 UploadConflictBody)
   */
  'PUT /uploads/:id': { params: { id: string }; headers: { 'Content-Range': string }; body: ArrayBuffer; response: Upload };
  'GET /uploads': { response: Upload[] };
  'GET /uploads/:id': { params: { id: string }; response: Upload };
  'DELETE /uploads/:id': { params: { id: string }; response: { deleted: true } };
  'POST /applications': { headers: { 'Idempotency-Key': string }; body: { draftId: string }; response: Application };
  /** 我的办件: one tab (`state`), newest first, with every tab's count */
  'GET /applications': { query: CaseListQuery; response: CaseList };
  'GET /applications/:id': { params: { id: string }; response: Application };
  'POST /applications/:id/payments': { params: { id: string }; headers: { 'Idempotency-Key': string }; response: Payment };
  'GET /payments/:id': { params: { id: string }; response: Payment };
  'GET /halls/:id/slots': { params: { id: string }; query: { itemId: string; date: string }; response: SlotDay };
  'GET /appointments': { response: Appointment[] };
  'POST /appointments': { headers: { 'Idempotency-Key': string }; body: AppointmentInput; response: Appointment };
  'DELETE /appointments/:id': { params: { id: string }; response: Appointment };
  'POST /company-names/check': { body: CompanyNameCheckInput; response: CompanyNameAvailability };
}
