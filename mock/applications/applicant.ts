/**
 * Who an application is for, worked out from the draft's ApplicantChoice and the identity
 * slice: the citizen (本人), a company they represent (法人 items), or a family member (代办).
 * Gives the applicant's full identity (server side only), the masked values the draft shows
 * (`prefilled`), the A/B e-certificates that meet materials, and what is wrong with the choice.
 */
import type { ApplicantChoice } from '../../src/shared/api/applications';
import type { Guide } from '../../src/shared/api/catalog';
import type { CompanySummary } from '../../src/shared/api/identity';
import type { PrefillSource } from '../../src/shared/forms/types';
import { maskAddress, maskIdNumber, maskName, maskNumber, maskPhone } from '../../src/shared/identity/mask';
import type { CertificateRecord, FamilyRecord, UserRecord } from '../identity/model';
import { identityCollections } from '../identity/model';
import { divisionPath } from '../identity/store';
import type { World } from '../world';
import type { ApplicantSnapshot } from './model';

export const MESSAGES = {
  realName: '请先完成实名认证',
  companyItem: '该事项不能以企业身份申请，请选择本人或家人',
  company: '请选择你担任法定代表人的企业',
  family: '请选择已授权你代办的家人',
  familyRealName: '该家人尚未完成实名认证，不能代办',
} as const;

export interface ApplicantContext {
  user: UserRecord;
  choice: ApplicantChoice;
  /** why this choice cannot be submitted now, if it cannot */
  problem?: string;
  company?: CompanySummary;
  member?: FamilyRecord;
  /** the member's own account (found by ID number), if they have one */
  memberUser?: UserRecord;
  /** full values of the prefill sources: server side only */
  full: Partial<Record<PrefillSource, string>>;
  /** the same, masked, for the draft */
  masked: Partial<Record<PrefillSource, string>>;
  /** the applicant's e-certificates usable without upload (trust A or B) */
  certificates: CertificateRecord[];
}

function defaultAddress(world: World, userId: string): { full: string; masked: string } | undefined {
  const rows = identityCollections(world).addresses.values().filter((a) => a.userId === userId);
  const address = rows.find((a) => a.isDefault) ?? rows[0];
  if (!address) return undefined;
  const path = divisionPath(world, address.divisionCode);
  return { full: `${path} ${address.detail}`, masked: `${path} ${maskAddress(address.detail)}` };
}

function usableCertificates(world: World, userId: string | undefined): CertificateRecord[] {
  if (!userId) return [];
  return identityCollections(world)
    .certificates.values()
    .filter((c) => c.userId === userId && (c.trustLevel === 'A' || c.trustLevel === 'B'));
}

/** The applicant of a draft or submission, with what is wrong with the choice. */
export function applicantContext(world: World, user: UserRecord, choice: ApplicantChoice, guide: Guide): ApplicantContext {
  const ids = identityCollections(world);
  const ctx: ApplicantContext = { user, choice, full: {}, masked: {}, certificates: [] };
  const set = (source: PrefillSource, full: string | undefined, masked: string | undefined) => {
    if (full === undefined || masked === undefined) return;
    ctx.full[source] = full;
    ctx.masked[source] = masked;
  };
  if (!user.verifiedAt) ctx.problem = MESSAGES.realName;

  let person: { userId?: string; name?: string; idNumber?: string } = { userId: user.id, name: user.verifiedAt ? user.name : undefined, idNumber: user.verifiedAt ? user.idNumber : undefined };
  if (choice.kind === 'company') {
    ctx.company = user.companies.find((c) => c.id === choice.companyId);
    if (!guide.audience.includes('enterprise')) ctx.problem ??= MESSAGES.companyItem;
    else if (!ctx.company) ctx.problem ??= MESSAGES.company;
  } else if (choice.kind === 'family') {
    const member = choice.familyMemberId ? ids.family.get(choice.familyMemberId) : undefined;
    if (!member || member.userId !== user.id) {
      ctx.problem ??= MESSAGES.family;
      person = {};
    } else {
      ctx.member = member;
      ctx.memberUser = ids.users.values().find((u) => u.idNumber === member.idNumber && u.id !== user.id);
      person = { userId: ctx.memberUser?.id, name: member.name, idNumber: member.idNumber };
    }
  }

  set('applicant.name', person.name, person.name && maskName(person.name));
  set('applicant.idNumber', person.idNumber, person.idNumber && maskIdNumber(person.idNumber));
  const phone = ctx.memberUser?.phone ?? user.phone;
  set('applicant.phone', phone, phone && maskPhone(phone));
  const address = person.userId ? defaultAddress(world, person.userId) : undefined;
  set('applicant.address', address?.full, address?.masked);
  const company = ctx.company ?? (choice.kind === 'self' ? user.companies[0] : undefined);
  set('company.name', company?.name, company?.name);

  ctx.certificates = choice.kind === 'family' ? usableCertificates(world, ctx.memberUser?.id) : user.verifiedAt ? usableCertificates(world, user.id) : [];
  const vehicle = ctx.certificates.find((c) => c.kind === 'vehicle_licence');
  set('vehicle.plate', vehicle?.number, vehicle && maskNumber(vehicle.number));
  return ctx;
}

/** What the application record keeps of the applicant (full values, never sent). */
export function applicantSnapshot(ctx: ApplicantContext): ApplicantSnapshot {
  const snapshot: ApplicantSnapshot = { kind: ctx.choice.kind, name: ctx.full['applicant.name'] ?? '' };
  if (ctx.full['applicant.idNumber']) snapshot.idNumber = ctx.full['applicant.idNumber'];
  if (ctx.full['applicant.phone']) snapshot.phone = ctx.full['applicant.phone'];
  if (ctx.company) {
    snapshot.companyId = ctx.company.id;
    snapshot.companyName = ctx.company.name;
    if (ctx.company.creditCode) snapshot.creditCode = ctx.company.creditCode;
  }
  if (ctx.member) snapshot.familyMemberId = ctx.member.id;
  if (ctx.memberUser) snapshot.memberUserId = ctx.memberUser.id;
  return snapshot;
}

/** The name an application shows: the company's, or the person's masked. */
export function applicantDisplayName(snapshot: ApplicantSnapshot): string {
  return snapshot.kind === 'company' && snapshot.companyName ? snapshot.companyName : maskName(snapshot.name);
}

/** How the data-use log names a prefill source. */
export const PREFILL_SUBJECTS: Record<PrefillSource, string | undefined> = {
  'applicant.name': '姓名',
  'applicant.idNumber': '身份证号码',
  'applicant.phone': '手机号码',
  'applicant.address': '地址',
  // not personal: a company's name is public
  'company.name': undefined,
  'vehicle.plate': '机动车号牌号码',
};
