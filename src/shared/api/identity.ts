/**
 * API types for identity: sessions (sign-in), the citizen's own profile (我的), real-name
 * verification (实名认证), electronic certificates (电子证照), the data-use log (数据使用记录),
 * addresses and family members (代办). Written once here and imported by both the app and the
 * mock server. Pure types and constant arrays.
 *
 * Personal data crosses the wire masked (喻**, 5001**********1234, 138****5678); the full value
 * is only sent by `POST /me/reveal`, on the citizen's own tap, and that reveal is logged.
 */
import type { Page, PageQuery } from './page';

// ---- sessions -------------------------------------------------------------------------------

/** The seeded demo personas (domain.md), signed in with one tap on the H5 sign-in page. */
export const PERSONA_IDS = ['yu', 'tian', 'tu', 'newcomer'] as const;
export type PersonaId = (typeof PERSONA_IDS)[number];

export interface Persona {
  id: PersonaId;
  /** how the demo names them, e.g. 喻先生 */
  displayName: string;
  /** one line on who they are, e.g. 九龙坡区 · 新设商贸公司的法定代表人 */
  summary: string;
  verified: boolean;
}

/** How a session was started. */
export const SIGN_IN_METHODS = ['wechat', 'demo', 'sms'] as const;
export type SignInMethod = (typeof SIGN_IN_METHODS)[number];

/** What every successful sign-in answers. The token is opaque; the server keeps only its hash. */
export interface SessionGrant {
  token: string;
  /** absolute expiry, ISO 8601 */
  expiresAt: string;
  /** the session also ends after this many minutes without a request */
  idleTimeoutMinutes: number;
  me: Me;
}

export interface SmsCodeSent {
  /** the code is valid this long */
  expiresInSeconds: number;
  /** a new code can be asked for after this long */
  resendAfterSeconds: number;
  /** the masked number it went to */
  sentTo: string;
}

// ---- the citizen ----------------------------------------------------------------------------

export const REAL_NAME_STATUSES = ['unverified', 'face_pending', 'verified'] as const;
export type RealNameStatus = (typeof REAL_NAME_STATUSES)[number];

/** The signed-in citizen, masked. */
export interface Me {
  id: string;
  realName: RealNameStatus;
  /** masked name, e.g. 喻**; absent before real-name verification */
  name?: string;
  /** masked ID number, e.g. 5001**********1234 */
  idNumber?: string;
  /** masked phone, e.g. 138****5678 */
  phone?: string;
  verifiedAt?: string;
  /** companies the citizen represents (法定代表人), for 法人 items */
  companies: CompanySummary[];
  signIn: SignInMethod;
}

export interface CompanySummary {
  id: string;
  name: string;
  /** 统一社会信用代码 (GB 32100), not personal: shown in full */
  creditCode?: string;
  /** 设立中 before the business licence is issued */
  status: 'registering' | 'active';
  divisionCode: string;
}

/** Fields the citizen may reveal in full, one at a time, on their own tap. */
export const REVEALABLE_FIELDS = ['name', 'idNumber', 'phone'] as const;
export type RevealableField = (typeof REVEALABLE_FIELDS)[number];

export interface RealNameRequest {
  name: string;
  /** 18 characters, GB 11643 check digit */
  idNumber: string;
}

/** The simulated face check that completes real-name verification. */
export interface FaceCheckRequest {
  verificationId: string;
  /** what the (simulated) liveness check reported */
  liveness: 'passed' | 'failed';
}

export interface RealNameStarted {
  verificationId: string;
  status: 'face_pending';
}

// ---- certificates ---------------------------------------------------------------------------

/** 国办函〔2016〕108号: A e-sealed by the issuer; B checked by a clerk; C uploaded; D declared. */
export const TRUST_LEVELS = ['A', 'B', 'C', 'D'] as const;
export type TrustLevel = (typeof TRUST_LEVELS)[number];

export const CERTIFICATE_KINDS = [
  'id_card',
  'household_register',
  'driving_licence',
  'vehicle_licence',
  'business_licence',
  'residence_permit',
  'marriage_certificate',
  'social_security_card',
  /** any other licence or permit an approval issued (e.g. 超限运输车辆通行证) */
  'permit',
] as const;
export type CertificateKind = (typeof CERTIFICATE_KINDS)[number];

export interface CertificateField {
  label: string;
  /** masked where personal */
  value: string;
}

export interface Certificate {
  id: string;
  kind: CertificateKind;
  /** e.g. 居民身份证, 机动车行驶证 */
  name: string;
  /** masked certificate number */
  number: string;
  /** masked holder name */
  holder: string;
  issuer: string;
  issuedOn: string;
  /** absent for certificates without expiry */
  validUntil?: string;
  trustLevel: TrustLevel;
  /** the face of the card, masked */
  fields: CertificateField[];
}

// ---- data-use log ---------------------------------------------------------------------------

export const DATA_USE_ACTIONS = ['reveal', 'certificate_used', 'field_used', 'authorised', 'real_name', 'sign_in'] as const;
export type DataUseAction = (typeof DATA_USE_ACTIONS)[number];

/** One time a certificate or personal field was used or shown: which, when, for what, by whom. */
export interface DataUseRecord {
  id: string;
  at: string;
  action: DataUseAction;
  /** what was used, e.g. 居民身份证（电子证照）, 手机号 */
  subject: string;
  /** for what, e.g. 企业设立登记 申请, 你在“我的”中查看 */
  purpose: string;
  /** who did it: 本人, or the masked name of a family member applying for the citizen */
  actor: string;
  applicationId?: string;
}

// ---- addresses ------------------------------------------------------------------------------

export interface AddressInput {
  recipient: string;
  phone: string;
  /** a township (9 digits) or village/community (12 digits) of Chongqing */
  divisionCode: string;
  /** street, building, room */
  detail: string;
  isDefault?: boolean;
}

/** An address as lists show it: masked recipient and phone, the division spelled out. */
export interface Address {
  id: string;
  recipient: string;
  phone: string;
  divisionCode: string;
  /** e.g. 重庆市 九龙坡区 杨家坪街道 */
  divisionPath: string;
  /** masked after the first characters in lists */
  detail: string;
  isDefault: boolean;
}

// ---- family members (代办) ------------------------------------------------------------------

export const RELATIONS = ['spouse', 'parent', 'child', 'other'] as const;
export type Relation = (typeof RELATIONS)[number];

export interface FamilyMemberInput {
  name: string;
  idNumber: string;
  relation: Relation;
  /** the member's authorisation, confirmed by the citizen (the member is told in their own log) */
  authorised: boolean;
}

export interface FamilyMember {
  id: string;
  /** masked */
  name: string;
  /** masked */
  idNumber: string;
  relation: Relation;
  authorisedAt: string;
}

// ---- endpoint table -------------------------------------------------------------------------

export interface IdentityApi {
  'GET /session/personas': { response: Persona[] };
  /** weapp: the code of wx.login, exchanged by the server (code2Session) */
  'POST /session': { body: { code: string }; response: SessionGrant };
  'POST /session/demo': { body: { persona: PersonaId }; response: SessionGrant };
  'POST /session/sms-code': { body: { phone: string }; response: SmsCodeSent };
  'POST /session/sms': { body: { phone: string; code: string }; response: SessionGrant };
  'DELETE /session': { response: { signedOut: true } };
  'GET /me': { response: Me };
  /** deletes the account and everything the citizen created */
  'DELETE /me': { body: { confirm: '注销' }; response: { deleted: true } };
  'POST /me/reveal': { body: { field: RevealableField }; response: { field: RevealableField; value: string } };
  'POST /me/real-name': { body: RealNameRequest; response: RealNameStarted };
  'POST /me/real-name/face': { body: FaceCheckRequest; response: Me };
  'GET /me/certificates': { response: Certificate[] };
  'GET /me/certificates/:id': { params: { id: string }; response: Certificate };
  'GET /me/data-use': { query: PageQuery; response: Page<DataUseRecord> };
  'GET /me/addresses': { response: Address[] };
  'POST /me/addresses': { body: AddressInput; response: Address };
  'PUT /me/addresses/:id': { params: { id: string }; body: AddressInput; response: Address };
  'DELETE /me/addresses/:id': { params: { id: string }; response: { deleted: true } };
  'GET /me/family': { response: FamilyMember[] };
  'POST /me/family': { body: FamilyMemberInput; response: FamilyMember };
  'DELETE /me/family/:id': { params: { id: string }; response: { deleted: true } };
}
