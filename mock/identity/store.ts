/**
 * The citizen's records: seeding the personas, finding and deleting users, the masked views the
 * API answers (Me, Certificate, Address, FamilyMember) and the data-use log.
 */
import type { Address, Certificate, DataUseRecord, FamilyMember, Me, Persona, PersonaId, SignInMethod } from '../../src/shared/api/identity';
import { idNumberError, phoneError } from '../../src/shared/identity/checks';
import { maskAddress, maskIdNumber, maskName, maskNumber, maskPhone } from '../../src/shared/identity/mask';
import type { World } from '../world';
import type { AddressRecord, CertificateRecord, FamilyRecord, FieldMask, UserRecord } from './model';
import { identityCollections, newId, nextSeq, sha256 } from './model';
import type { PersonaSeed } from './personas';
import { PERSONA_SEEDS, personaSeed } from './personas';
import { openidFor } from './wechat';

// ---- personas -------------------------------------------------------------------------------

export const personaUserId = (id: PersonaId): string => `u_${id}`;

/** Seeds every persona once per data folder (again after each reset). */
export function seedPersonas(world: World): void {
  const c = identityCollections(world);
  if (c.seed.has('personas')) return;
  for (const seed of PERSONA_SEEDS) seedPersona(world, seed);
  c.seed.put('personas', { seededAt: world.clock.now().toISOString() });
}

/** The persona's account; one who deleted her account is seeded afresh (demo sign-in). */
export function ensurePersona(world: World, id: PersonaId): UserRecord {
  return identityCollections(world).users.get(personaUserId(id)) ?? seedPersona(world, personaSeed(id));
}

function seedPersona(world: World, seed: PersonaSeed): UserRecord {
  const c = identityCollections(world);
  const now = world.clock.now();
  checkSeed(world, seed, now);
  const userId = personaUserId(seed.id);
  const user: UserRecord = {
    id: userId,
    personaId: seed.id,
    openid: openidFor(world, `persona:${seed.id}`),
    phone: seed.phone,
    name: seed.name,
    idNumber: seed.idNumber,
    verifiedAt: seed.verifiedAt,
    createdAt: now.toISOString(),
    companies: seed.companies.map((co) => ({
      id: `co_${seed.id}_${co.key}`,
      name: co.name,
      status: co.status,
      divisionCode: co.divisionCode,
      ...(co.creditCode ? { creditCode: co.creditCode } : {}),
    })),
    ...(seed.clerkOfHall ? { clerkOfHall: seed.clerkOfHall } : {}),
  };
  c.users.put(userId, user);
  for (const cert of seed.certificates) {
    const { key, ...rest } = cert;
    const record: CertificateRecord = { id: `cert_${seed.id}_${key}`, userId, holder: seed.name ?? '', ...rest };
    c.certificates.put(record.id, record);
  }
  if (seed.address && seed.name) {
    const address: AddressRecord = {
      id: `addr_${seed.id}_home`,
      userId,
      seq: 1,
      recipient: seed.name,
      phone: seed.phone,
      divisionCode: seed.address.divisionCode,
      detail: seed.address.detail,
      isDefault: true,
    };
    c.addresses.put(address.id, address);
  }
  return user;
}

/** Seed data is code: a wrong digit is a bug to stop at, not a citizen's mistake. */
function checkSeed(world: World, seed: PersonaSeed, now: Date): void {
  const problems = [
    seed.idNumber ? idNumberError(seed.idNumber, now) : null,
    phoneError(seed.phone),
    seed.address && !isAddressDivision(world, seed.address.divisionCode) ? `unknown division ${seed.address.divisionCode}` : null,
    seed.clerkOfHall && !world.halls.getHall(seed.clerkOfHall) ? `unknown hall ${seed.clerkOfHall}` : null,
    ...seed.companies.map((co) => (world.halls.isDivision(co.divisionCode) ? null : `unknown division ${co.divisionCode}`)),
  ].filter((p): p is string => p !== null);
  if (problems.length > 0) throw new Error(`persona ${seed.id}: ${problems.join('; ')}`);
}

export function personas(world: World): Persona[] {
  const users = identityCollections(world).users;
  return PERSONA_SEEDS.map((seed) => {
    const user = users.get(personaUserId(seed.id));
    return { id: seed.id, displayName: seed.displayName, summary: seed.summary, verified: Boolean(user ? user.verifiedAt : seed.verifiedAt) };
  });
}

// ---- users ----------------------------------------------------------------------------------

export function findUser(world: World, test: (user: UserRecord) => boolean): UserRecord | undefined {
  return identityCollections(world).users.values().find(test);
}

/** Signs in a phone no persona or user has: a new, unverified citizen. */
export function createPhoneUser(world: World, phone: string, now: Date): UserRecord {
  const user: UserRecord = { id: newId('u'), phone, createdAt: now.toISOString(), companies: [] };
  identityCollections(world).users.put(user.id, user);
  return user;
}

/** 注销: the account and everything the citizen created or was recorded about them. */
export function deleteUser(world: World, userId: string): void {
  const c = identityCollections(world);
  const user = c.users.get(userId);
  for (const collection of [c.certificates, c.addresses, c.family, c.dataUse, c.sessions, c.verifications]) {
    for (const row of collection.values()) if (row.userId === userId) collection.delete(row.id);
  }
  if (user?.phone) c.smsCodes.delete(smsKey(user.phone));
  c.users.delete(userId);
}

/** Key of a phone's pending SMS code: a hash, so no phone number is a storage key. */
export function smsKey(phone: string): string {
  return `sms_${sha256(`sms:${phone}`)}`;
}

// ---- views ----------------------------------------------------------------------------------

export function realNameStatus(world: World, user: UserRecord, now: Date): Me['realName'] {
  if (user.verifiedAt) return 'verified';
  const pending = identityCollections(world)
    .verifications.values()
    .some((v) => v.userId === user.id && Date.parse(v.expiresAt) > now.getTime());
  return pending ? 'face_pending' : 'unverified';
}

export function meOf(world: World, user: UserRecord, signIn: SignInMethod, now: Date): Me {
  const me: Me = { id: user.id, realName: realNameStatus(world, user, now), companies: user.companies, signIn };
  if (user.verifiedAt && user.name) me.name = maskName(user.name);
  if (user.verifiedAt && user.idNumber) me.idNumber = maskIdNumber(user.idNumber);
  if (user.phone) me.phone = maskPhone(user.phone);
  if (user.verifiedAt) me.verifiedAt = user.verifiedAt;
  return me;
}

export function masked(value: string, mask: FieldMask): string {
  switch (mask) {
    case 'name':
      return maskName(value);
    case 'idNumber':
      return maskIdNumber(value);
    case 'address':
      return maskAddress(value);
    case 'number':
      return maskNumber(value);
    case 'none':
      return value;
  }
}

export function certificateView(record: CertificateRecord): Certificate {
  const view: Certificate = {
    id: record.id,
    kind: record.kind,
    name: record.name,
    number: masked(record.number, record.numberMask),
    holder: maskName(record.holder),
    issuer: record.issuer,
    issuedOn: record.issuedOn,
    trustLevel: record.trustLevel,
    fields: record.fields.map((f) => ({ label: f.label, value: masked(f.value, f.mask) })),
  };
  if (record.validUntil) view.validUntil = record.validUntil;
  return view;
}

/** A township (9 digits) or village/community (12 digits) of Chongqing's division tree. */
export function isAddressDivision(world: World, code: string): boolean {
  const node = /^\d{9}(\d{3})?$/.test(code) ? world.halls.tree.byCode.get(code) : undefined;
  return node !== undefined && (node.level === 'township' || node.level === 'village');
}

/** 重庆市 九龙坡区 杨家坪街道 兴胜路社区 */
export function divisionPath(world: World, code: string): string {
  const names: string[] = [];
  for (let node = world.halls.tree.byCode.get(code); node; node = node.parentCode ? world.halls.tree.byCode.get(node.parentCode) : undefined) {
    names.unshift(node.name);
  }
  return [world.halls.tree.city.name, ...names].join(' ');
}

export function addressView(world: World, record: AddressRecord): Address {
  return {
    id: record.id,
    recipient: maskName(record.recipient),
    phone: maskPhone(record.phone),
    divisionCode: record.divisionCode,
    divisionPath: divisionPath(world, record.divisionCode),
    detail: maskAddress(record.detail),
    isDefault: record.isDefault,
  };
}

export function familyView(record: FamilyRecord): FamilyMember {
  return {
    id: record.id,
    name: maskName(record.name),
    idNumber: maskIdNumber(record.idNumber),
    relation: record.relation,
    authorisedAt: record.authorisedAt,
  };
}

// ---- data-use log ---------------------------------------------------------------------------

export interface DataUseInput {
  action: DataUseRecord['action'];
  subject: string;
  purpose: string;
  /** 本人, or the masked name of whoever acted for the citizen */
  actor: string;
  applicationId?: string;
}

/**
 * Appends one record to a citizen's 数据使用记录. The applications slice calls it whenever a
 * certificate or personal field goes into an application (action 'certificate_used' /
 * 'field_used', with the applicationId). `at` defaults to the world clock.
 */
export function recordDataUse(world: World, userId: string, input: DataUseInput, at: Date = world.clock.now()): DataUseRecord {
  const dataUse = identityCollections(world).dataUse;
  const row = { id: newId('du'), userId, seq: nextSeq(dataUse.values()), at: at.toISOString(), ...input };
  dataUse.put(row.id, row);
  return dataUseView(row);
}

/** A citizen's log, newest first. */
export function dataUseOf(world: World, userId: string): DataUseRecord[] {
  return identityCollections(world)
    .dataUse.values()
    .filter((r) => r.userId === userId)
    .sort((a, b) => b.seq - a.seq)
    .map(dataUseView);
}

function dataUseView({ id, at, action, subject, purpose, actor, applicationId }: DataUseRecord & { seq?: number; userId?: string }): DataUseRecord {
  return applicationId ? { id, at, action, subject, purpose, actor, applicationId } : { id, at, action, subject, purpose, actor };
}
