/**
 * What the identity slice keeps, one journaled collection each (so a restart keeps it and
 * `world.reset()` forgets it). Keys are random ids or hashes: never a phone or ID number.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { CertificateKind, CompanySummary, DataUseAction, PersonaId, Relation, SignInMethod, TrustLevel } from '../../src/shared/api/identity';
import type { World } from '../world';

export interface UserRecord {
  id: string;
  /** seeded demo persona this account is */
  personaId?: PersonaId;
  /** WeChat openid of this mini-program, once signed in through wx.login */
  openid?: string;
  phone?: string;
  /** set by real-name verification (or seeded) */
  name?: string;
  idNumber?: string;
  verifiedAt?: string;
  createdAt: string;
  companies: CompanySummary[];
  /** hall (division code) whose window this citizen works at: 涂丽丽 handles cases next issue */
  clerkOfHall?: string;
}

export interface SessionRecord {
  /** SHA-256 of the token: the only form in which a token is kept */
  id: string;
  userId: string;
  method: SignInMethod;
  createdAt: string;
  expiresAt: string;
  /** journaled at most once a minute of world time; the exact value is kept in memory */
  lastSeenAt: string;
}

/** How a certificate field is masked when it crosses the wire. */
export type FieldMask = 'name' | 'idNumber' | 'address' | 'number' | 'none';

export interface CertificateRecord {
  id: string;
  userId: string;
  kind: CertificateKind;
  name: string;
  number: string;
  numberMask: FieldMask;
  holder: string;
  issuer: string;
  issuedOn: string;
  validUntil?: string;
  trustLevel: TrustLevel;
  fields: Array<{ label: string; value: string; mask: FieldMask }>;
}

export interface DataUseRow {
  id: string;
  userId: string;
  /** order of recording: a frozen clock gives many records the same `at` */
  seq: number;
  at: string;
  action: DataUseAction;
  subject: string;
  purpose: string;
  actor: string;
  applicationId?: string;
}

export interface AddressRecord {
  id: string;
  userId: string;
  seq: number;
  recipient: string;
  phone: string;
  divisionCode: string;
  detail: string;
  isDefault: boolean;
}

export interface FamilyRecord {
  id: string;
  userId: string;
  seq: number;
  name: string;
  idNumber: string;
  relation: Relation;
  authorisedAt: string;
}

export interface VerificationRecord {
  id: string;
  userId: string;
  name: string;
  idNumber: string;
  expiresAt: string;
}

export interface SmsCodeRecord {
  codeHash: string;
  sentAt: string;
  expiresAt: string;
  wrongTries: number;
  /** set once signed in with: a code is good for one sign-in */
  usedAt?: string;
}

/** wx.login codes the mock issued or saw exchanged (key: hash of the code). */
export interface UsedWxCode {
  expiresAt: string;
  /** set once exchanged: a code is good for one sign-in */
  usedAt?: string;
}

export interface WxAppRecord {
  appId: string;
  secret: string;
}

/** The collections of the slice, by name. */
export function identityCollections(world: World) {
  return {
    users: world.collection<UserRecord>('identity-users'),
    sessions: world.collection<SessionRecord>('identity-sessions'),
    certificates: world.collection<CertificateRecord>('identity-certificates'),
    dataUse: world.collection<DataUseRow>('identity-data-use'),
    addresses: world.collection<AddressRecord>('identity-addresses'),
    family: world.collection<FamilyRecord>('identity-family'),
    verifications: world.collection<VerificationRecord>('identity-verifications'),
    smsCodes: world.collection<SmsCodeRecord>('identity-sms-codes'),
    wxCodes: world.collection<UsedWxCode>('identity-wx-codes'),
    wxApp: world.collection<WxAppRecord>('identity-wx-app'),
    /** set once the personas are seeded, so a persona who deleted her account stays deleted */
    seed: world.collection<{ seededAt: string }>('identity-seed'),
  };
}

export type IdentityCollections = ReturnType<typeof identityCollections>;

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** A random id with a readable prefix, e.g. addr_Xk3…; never derived from personal data. */
export function newId(prefix: string): string {
  return `${prefix}_${randomBytes(12).toString('base64url')}`;
}

/** The next order number of rows in a collection (rows carry `seq`). */
export function nextSeq(rows: Array<{ seq: number }>): number {
  return rows.reduce((max, r) => Math.max(max, r.seq), 0) + 1;
}
