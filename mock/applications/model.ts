/**
 * What the applications slice keeps, one journaled collection each (a restart keeps it,
 * `world.reset()` forgets it). Keys are random ids or hashes, never a phone or ID number.
 *
 * Drafts and uploads are plain records. An application record is the COMMIT POINT of a submit:
 * one journal line holds the application, the idempotency key's hash and body hash, the exact
 * response first sent, and the id of the draft it consumed. Everything a submit does after that
 * line (deleting the draft, the data-use records) is derived from it and re-done at start by
 * `recoverApplications` when `effectsDone` is missing, so a kill at any instant leaves either no
 * application and the draft, or the application (and, at the latest after the next start, no
 * draft): never both, never neither.
 */
import type {
  Application,
  ApplicantKind,
  ApplicationStatus,
  DeliveryChoice,
  FeeQuote,
  MaterialAnswer,
  ApplicantChoice,
  TaskKey,
  Upload,
} from '../../src/shared/api/applications';
import type { OverLimitResult } from '../../src/shared/forms/over-limit';
import type { FormValues } from '../../src/shared/forms/types';
import type { World } from '../world';
import type { CaseState } from '../workflow/model';

export interface DraftRecord {
  id: string;
  userId: string;
  /** a life-event draft (一件事一次办): `itemId` is then the life event's id, see bundles.ts */
  lifeEventId?: string;
  /** creation order: a frozen clock gives many drafts the same time */
  seq: number;
  itemId: string;
  situationId: string;
  applicant: ApplicantChoice;
  values: FormValues;
  materials: Record<string, MaterialAnswer>;
  delivery?: DeliveryChoice;
  currentTask: TaskKey;
  version: number;
  createdAt: string;
  updatedAt: string;
  /** order of the last save, for "newest first" under a frozen clock */
  touched: number;
}

/** An upload as the API shows it, plus its owner and order. */
export interface UploadRecord extends Upload {
  userId: string;
  seq: number;
}

/** Who the application is for, in full: server side only, never in a response. */
export interface ApplicantSnapshot {
  kind: ApplicantKind;
  name: string;
  idNumber?: string;
  phone?: string;
  companyId?: string;
  companyName?: string;
  creditCode?: string;
  familyMemberId?: string;
  /** the member's own account, when they have one (their log gets the data-use records) */
  memberUserId?: string;
}

export interface ApplicationMaterialRecord {
  materialId: string;
  name: string;
  requirement: 'required' | 'optional' | 'deferrable';
  answer: MaterialAnswer;
}

/** A data-use record a submit owes (kept so recovery can write what a kill interrupted). */
export interface OwedDataUse {
  userId: string;
  action: 'certificate_used' | 'field_used';
  subject: string;
  actor: string;
}

export interface ApplicationRecord {
  id: string;
  userId: string;
  seq: number;
  number: string;
  itemId: string;
  itemName: string;
  /** the guide's basic code, e.g. for payments / appointments of the same item elsewhere */
  basicCode: string;
  department: string;
  divisionCode: string;
  divisionName: string;
  situationId: string;
  situationName: string;
  status: ApplicationStatus;
  submittedAt: string;
  promisedDate: string;
  promisedDays: number;
  instant: boolean;
  applicant: ApplicantSnapshot;
  /** the form's values, locked and prefilled fields filled in (full values: server side only) */
  values: FormValues;
  materials: ApplicationMaterialRecord[];
  delivery: DeliveryChoice;
  fee?: FeeQuote;
  /** 到现场次数 of the guide, for appointments */
  visits: number;
  /** over-limit classification (超限运输), when the form carries one */
  overLimit?: OverLimitResult;
  /** the draft this application consumed */
  draftId: string;
  draftCreatedAt: string;
  idempotency: { keyHash: string; bodyHash: string };
  /** the body first answered (201), answered again (200) to a replay of the key */
  response: Application;
  owedDataUse: OwedDataUse[];
  /** filed with a life event: the ids of every application of the one form, in item order */
  bundle?: { lifeEventId: string; lifeEventName: string; ids: string[] };
  /** the workflow's state (mock/workflow): route, step records, schedule, result, delivery */
  case?: CaseState;
  /** set once the draft is deleted and the data use recorded (see the header) */
  effectsDone?: true;
  updatedAt: string;
}

export function applicationCollections(world: World) {
  return {
    drafts: world.collection<DraftRecord>('applications-drafts'),
    uploads: world.collection<UploadRecord>('applications-uploads'),
    applications: world.collection<ApplicationRecord>('applications-applications'),
  };
}

export type ApplicationCollections = ReturnType<typeof applicationCollections>;

/** The next order number of rows in a collection (rows carry `seq`). */
export function nextSeq(rows: ReadonlyArray<{ seq: number }>): number {
  return rows.reduce((max, r) => Math.max(max, r.seq), 0) + 1;
}
