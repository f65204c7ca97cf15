/**
 * The identity endpoints (IdentityApi in src/shared/api/identity.ts): sessions, 我的, real-name,
 * certificates, the data-use log, addresses and family members.
 *
 * Status rule: a body the contract's types would refuse (wrong type, missing or unknown field,
 * a value outside an enum) is 400 `bad_request` from the zod schema; a well-typed value that is
 * not acceptable (check digit, length, unknown division, spent code …) is 422 `unprocessable`;
 * a clash with existing state (ID bound elsewhere, already verified, duplicate member) is 409
 * `conflict`. Every refusal names its field in `fields` (`_` for the request as a whole), checks
 * everything before writing, and never echoes a full phone or ID number.
 */
import { z } from 'zod';
import type { Principal, World } from '../world';
import { CERTIFICATE_KINDS, PERSONA_IDS, RELATIONS, REVEALABLE_FIELDS } from '../../src/shared/api/identity';
import type { RevealableField } from '../../src/shared/api/identity';
import { idNumberError, personNameError, phoneError } from '../../src/shared/identity/checks';
import { maskName } from '../../src/shared/identity/mask';
import { ApiError } from '../server/errors';
import { cursor, limit, str } from '../server/params';
import { rangeOf, slicePage, toApiPage } from '../server/paging';
import type { RouteTable } from '../server/route';
import { route } from '../server/route';
import type { AddressRecord, UserRecord } from './model';
import { identityCollections, newId, nextSeq } from './model';
import { PERSONA_SEEDS } from './personas';
import { endSession, checkSmsCode, sendSmsCode, sessionOf, startSession } from './sessions';
import {
  addressView,
  certificateView,
  createPhoneUser,
  dataUseOf,
  deleteUser,
  ensurePersona,
  familyView,
  findUser,
  isAddressDivision,
  meOf,
  personas,
  recordDataUse,
} from './store';
import { code2Session, wxApp } from './wechat';

export const MAX_ADDRESSES = 20;
export const MAX_FAMILY = 10;
export const VERIFICATION_TTL_MS = 10 * 60_000;

// ---- request shapes (400) -------------------------------------------------------------------

const text = (label: string) => str(`${label}必须是文字`, `请填写${label}`);
/** A strict JSON object body: an array or a bare value is refused as a whole (`_`). */
const body = <S extends z.ZodRawShape>(shape: S) => z.strictObject(shape, { error: '请求体必须是 JSON 对象' });

const wxBody = body({ code: text('登录凭证 code') });
const demoBody = body({ persona: z.enum(PERSONA_IDS, { error: '请选择一个演示账号' }) });
const phoneBody = body({ phone: text('手机号码') });
const smsBody = body({ phone: text('手机号码'), code: text('验证码') });
const deleteMeBody = body({ confirm: z.literal('注销', { error: '请输入“注销”以确认注销账号' }) });
const revealBody = body({ field: z.enum(REVEALABLE_FIELDS, { error: '只能查看姓名、身份证号码或手机号码' }) });
const realNameBody = body({ name: text('姓名'), idNumber: text('身份证号码') });
const faceBody = body({
  verificationId: text('核验编号 verificationId'),
  liveness: z.enum(['passed', 'failed'], { error: 'liveness 只能是 passed 或 failed' }),
});
const addressBody = body({
  recipient: text('收件人'),
  phone: text('手机号码'),
  divisionCode: text('所在地区'),
  detail: text('详细地址'),
  isDefault: z.boolean({ error: 'isDefault 只能是 true 或 false' }).optional(),
});
const familyBody = body({
  name: text('姓名'),
  idNumber: text('身份证号码'),
  relation: z.enum(RELATIONS, { error: '关系只能是 spouse、parent、child、other 之一' }),
  authorised: z.boolean({ error: 'authorised 只能是 true 或 false' }),
});
const pageQuery = z.object({ limit: limit.optional(), cursor: cursor.optional() });
const idParams: z.ZodType<{ id: string }> = z.object({ id: z.string() });

// ---- refusals (422, 409) --------------------------------------------------------------------

/** 422 naming every field whose check failed; the first message is the summary. */
function refuseFields(checks: Record<string, string | null>): void {
  const fields: Record<string, string> = {};
  for (const [field, message] of Object.entries(checks)) if (message) fields[field] = message;
  const first = Object.values(fields)[0];
  if (first) throw new ApiError(422, 'unprocessable', first, fields);
}

const unprocessable = (field: string, message: string) => new ApiError(422, 'unprocessable', message, { [field]: message });
const conflict = (field: string, message: string) => new ApiError(409, 'conflict', message, { [field]: message });
/** Another citizen's record does not exist for this one: 404 naming the id, never 403. */
const missing = (message: string) => new ApiError(404, 'not_found', message, { id: message });

const WX_MESSAGES: Record<40029 | 40125 | 40163, string> = {
  40029: '登录凭证无效或已过期，请重新登录',
  40125: '小程序登录配置有误，请稍后再试',
  40163: '登录凭证已使用，请重新登录',
};

const REVEAL_LABELS: Record<RevealableField, string> = { name: '姓名', idNumber: '身份证号码', phone: '手机号码' };

/** The simulated population register (公安人口库): the personas' name and ID pairs. */
function registerMismatch(name: string, idNumber: string): boolean {
  const entry = PERSONA_SEEDS.find((p) => p.idNumber === idNumber);
  return entry !== undefined && entry.name !== name;
}

const REGISTER_MISMATCH = '姓名与身份证号码不一致，请核对后重新填写';

function userOf(world: World, principal: Principal): UserRecord {
  const user = identityCollections(world).users.get(principal.userId);
  if (!user) throw new ApiError(401, 'unauthorized', '请先登录后再办理');
  return user;
}

function normaliseId(raw: string): string {
  return raw.trim().toUpperCase();
}

// ---- routes ---------------------------------------------------------------------------------

export function identityRoutes(table: RouteTable): void {
  sessionRoutes(table);
  meRoutes(table);
  addressRoutes(table);
  familyRoutes(table);
}

function sessionRoutes(table: RouteTable): void {
  route(table, 'GET /session/personas', {}, ({ world }) => personas(world));

  route(table, 'POST /session', { body: wxBody }, ({ body, world, now }) => {
    // What the backend does with the code: code2Session with the AppSecret only it holds.
    const app = wxApp(world);
    const result = code2Session(world, app.appId, app.secret, body.code.trim(), now);
    if (!result.ok) throw unprocessable('code', WX_MESSAGES[result.errcode]);
    const user = ensurePersona(world, result.persona);
    recordDataUse(world, user.id, { action: 'sign_in', subject: '微信账号标识', purpose: '微信登录', actor: '本人' }, now);
    return startSession(world, user, 'wechat', now);
  });

  route(table, 'POST /session/demo', { body: demoBody }, ({ body, world, now }) => {
    const user = ensurePersona(world, body.persona);
    recordDataUse(world, user.id, { action: 'sign_in', subject: '演示账号', purpose: '演示账号登录', actor: '本人' }, now);
    return startSession(world, user, 'demo', now);
  });

  route(table, 'POST /session/sms-code', { body: phoneBody }, ({ body, world, now, res }) => {
    const phone = body.phone.trim();
    refuseFields({ phone: phoneError(phone) });
    return sendSmsCode(world, phone, now, (seconds) => res.setHeader('Retry-After', String(seconds)));
  });

  route(table, 'POST /session/sms', { body: smsBody }, ({ body, world, now }) => {
    const phone = body.phone.trim();
    const code = body.code.trim();
    refuseFields({ phone: phoneError(phone), code: /^\d{6}$/.test(code) ? null : '验证码应为6位数字' });
    checkSmsCode(world, phone, code, now);
    const persona = PERSONA_SEEDS.find((p) => p.phone === phone);
    const user = findUser(world, (u) => u.phone === phone) ?? (persona ? ensurePersona(world, persona.id) : createPhoneUser(world, phone, now));
    recordDataUse(world, user.id, { action: 'sign_in', subject: '手机号', purpose: '短信验证码登录', actor: '本人' }, now);
    return startSession(world, user, 'sms', now);
  });

  route(table, 'DELETE /session', { auth: true }, ({ principal, world }) => {
    if (principal.sessionId) endSession(world, principal.sessionId);
    return { signedOut: true as const };
  });
}

function meRoutes(table: RouteTable): void {
  route(table, 'GET /me', { auth: true }, ({ principal, world, now }) => {
    return meOf(world, userOf(world, principal), sessionOf(world, principal)?.method ?? 'wechat', now);
  });

  route(table, 'DELETE /me', { auth: true, body: deleteMeBody }, ({ principal, world }) => {
    deleteUser(world, userOf(world, principal).id);
    return { deleted: true as const };
  });

  route(table, 'POST /me/reveal', { auth: true, body: revealBody }, ({ principal, body, world, now }) => {
    const user = userOf(world, principal);
    const value = body.field === 'phone' ? user.phone : user.verifiedAt ? user[body.field] : undefined;
    if (!value) throw unprocessable('field', body.field === 'phone' ? '你还没有绑定手机号码' : '完成实名认证后才有此信息');
    recordDataUse(world, user.id, { action: 'reveal', subject: REVEAL_LABELS[body.field], purpose: '你在“我的”中查看', actor: '本人' }, now);
    return { field: body.field, value };
  });

  route(table, 'POST /me/real-name', { auth: true, body: realNameBody }, ({ principal, body, world, now }) => {
    const user = userOf(world, principal);
    if (user.verifiedAt) throw conflict('_', '你已完成实名认证');
    const name = body.name.trim();
    const idNumber = normaliseId(body.idNumber);
    refuseFields({ name: personNameError(name), idNumber: idNumberError(idNumber, now) });
    if (registerMismatch(name, idNumber)) refuseFields({ name: REGISTER_MISMATCH, idNumber: REGISTER_MISMATCH });
    if (findUser(world, (u) => u.id !== user.id && u.idNumber === idNumber)) {
      throw conflict('idNumber', '该身份证号码已绑定其他账号，请使用该账号登录');
    }
    const verifications = identityCollections(world).verifications;
    // One pending check per citizen: a new submission replaces the old one.
    for (const old of verifications.values()) if (old.userId === user.id) verifications.delete(old.id);
    const id = newId('rn');
    verifications.put(id, { id, userId: user.id, name, idNumber, expiresAt: new Date(now.getTime() + VERIFICATION_TTL_MS).toISOString() });
    return { verificationId: id, status: 'face_pending' as const };
  });

  route(table, 'POST /me/real-name/face', { auth: true, body: faceBody }, ({ principal, body, world, now }) => {
    const user = userOf(world, principal);
    if (user.verifiedAt) throw conflict('_', '你已完成实名认证');
    const c = identityCollections(world);
    const pending = c.verifications.get(body.verificationId);
    if (!pending || pending.userId !== user.id) {
      const message = '没有待完成的实名认证，请重新填写姓名和身份证号码';
      throw new ApiError(404, 'not_found', message, { verificationId: message });
    }
    if (now.getTime() >= Date.parse(pending.expiresAt)) {
      c.verifications.delete(pending.id);
      throw unprocessable('verificationId', '人脸核验已超时（10分钟），请重新提交实名信息');
    }
    if (body.liveness === 'failed') throw unprocessable('liveness', '人脸核验未通过，请在光线充足的地方正对屏幕，摘下帽子和眼镜后重试');
    if (findUser(world, (u) => u.id !== user.id && u.idNumber === pending.idNumber)) {
      throw conflict('idNumber', '该身份证号码已绑定其他账号，请使用该账号登录');
    }
    const verified: UserRecord = { ...user, name: pending.name, idNumber: pending.idNumber, verifiedAt: now.toISOString() };
    c.users.put(user.id, verified);
    c.verifications.delete(pending.id);
    recordDataUse(world, user.id, { action: 'real_name', subject: '姓名、身份证号码、人脸图像', purpose: '实名认证', actor: '本人' }, now);
    return meOf(world, verified, sessionOf(world, principal)?.method ?? 'wechat', now);
  });

  route(table, 'GET /me/certificates', { auth: true }, ({ principal, world }) => {
    return identityCollections(world)
      .certificates.values()
      .filter((cert) => cert.userId === principal.userId)
      .sort((a, b) => CERTIFICATE_KINDS.indexOf(a.kind) - CERTIFICATE_KINDS.indexOf(b.kind))
      .map(certificateView);
  });

  route(table, 'GET /me/certificates/:id', { auth: true, params: idParams }, ({ principal, params, world }) => {
    const cert = identityCollections(world).certificates.get(params.id);
    if (!cert || cert.userId !== principal.userId) throw missing('未找到该证照');
    return certificateView(cert);
  });

  route(table, 'GET /me/data-use', { auth: true, query: pageQuery }, ({ principal, query, world }) => {
    return toApiPage(slicePage(dataUseOf(world, principal.userId), rangeOf(query), (r) => r));
  });
}

// ---- addresses ------------------------------------------------------------------------------

interface AddressInput {
  recipient: string;
  phone: string;
  divisionCode: string;
  detail: string;
}

function checkedAddress(world: World, body: AddressInput): AddressInput {
  const input = { recipient: body.recipient.trim(), phone: body.phone.trim(), divisionCode: body.divisionCode.trim(), detail: body.detail.trim() };
  const detailLength = [...input.detail].length;
  refuseFields({
    recipient: personNameError(input.recipient),
    phone: phoneError(input.phone),
    divisionCode: isAddressDivision(world, input.divisionCode) ? null : '请选择重庆市的乡镇（街道）或村（社区）',
    detail: detailLength < 5 || detailLength > 100 ? '详细地址应为5至100个字，写明街道、门牌号、楼栋和房号' : null,
  });
  return input;
}

function addressesOf(world: World, userId: string): AddressRecord[] {
  return identityCollections(world)
    .addresses.values()
    .filter((a) => a.userId === userId)
    .sort((a, b) => Number(b.isDefault) - Number(a.isDefault) || a.seq - b.seq);
}

function ownAddress(world: World, userId: string, id: string): AddressRecord {
  const address = identityCollections(world).addresses.get(id);
  if (!address || address.userId !== userId) throw missing('未找到该地址');
  return address;
}

/** The one default: making `keep` default unsets every other. */
function unsetOtherDefaults(world: World, userId: string, keep: string): void {
  const addresses = identityCollections(world).addresses;
  for (const a of addresses.values()) if (a.userId === userId && a.id !== keep && a.isDefault) addresses.put(a.id, { ...a, isDefault: false });
}

function addressRoutes(table: RouteTable): void {
  route(table, 'GET /me/addresses', { auth: true }, ({ principal, world }) => addressesOf(world, principal.userId).map((a) => addressView(world, a)));

  route(table, 'POST /me/addresses', { auth: true, body: addressBody }, ({ principal, body, world }) => {
    const input = checkedAddress(world, body);
    const existing = addressesOf(world, principal.userId);
    if (existing.length >= MAX_ADDRESSES) throw unprocessable('_', `最多保存${MAX_ADDRESSES}个地址，请先删除不用的地址`);
    const addresses = identityCollections(world).addresses;
    const record: AddressRecord = {
      id: newId('addr'),
      userId: principal.userId,
      seq: nextSeq(addresses.values()),
      ...input,
      // The first address is the default whatever was asked.
      isDefault: existing.length === 0 || body.isDefault === true,
    };
    addresses.put(record.id, record);
    if (record.isDefault) unsetOtherDefaults(world, principal.userId, record.id);
    return addressView(world, record);
  });

  route(table, 'PUT /me/addresses/:id', { auth: true, params: idParams, body: addressBody }, ({ principal, params, body, world }) => {
    const current = ownAddress(world, principal.userId, params.id);
    const input = checkedAddress(world, body);
    const record: AddressRecord = { ...current, ...input, isDefault: body.isDefault ?? current.isDefault };
    identityCollections(world).addresses.put(record.id, record);
    if (record.isDefault) unsetOtherDefaults(world, principal.userId, record.id);
    return addressView(world, record);
  });

  route(table, 'DELETE /me/addresses/:id', { auth: true, params: idParams }, ({ principal, params, world }) => {
    const address = ownAddress(world, principal.userId, params.id);
    const addresses = identityCollections(world).addresses;
    addresses.delete(address.id);
    // The default goes: the oldest remaining address takes its place.
    const next = address.isDefault ? addressesOf(world, principal.userId)[0] : undefined;
    if (next) addresses.put(next.id, { ...next, isDefault: true });
    return { deleted: true as const };
  });
}

// ---- family members (代办) ------------------------------------------------------------------

function familyRoutes(table: RouteTable): void {
  route(table, 'GET /me/family', { auth: true }, ({ principal, world }) => {
    return identityCollections(world)
      .family.values()
      .filter((m) => m.userId === principal.userId)
      .sort((a, b) => a.seq - b.seq)
      .map(familyView);
  });

  route(table, 'POST /me/family', { auth: true, body: familyBody }, ({ principal, body, world, now }) => {
    const user = userOf(world, principal);
    if (!user.verifiedAt || !user.name) throw unprocessable('_', '请先完成实名认证，再添加可代办的家庭成员');
    const name = body.name.trim();
    const idNumber = normaliseId(body.idNumber);
    refuseFields({
      name: personNameError(name),
      idNumber: idNumberError(idNumber, now) ?? (idNumber === user.idNumber ? '不能添加本人为家庭成员' : null),
      authorised: body.authorised ? null : '须取得家庭成员本人授权',
    });
    if (registerMismatch(name, idNumber)) refuseFields({ name: REGISTER_MISMATCH, idNumber: REGISTER_MISMATCH });
    const family = identityCollections(world).family;
    const mine = family.values().filter((m) => m.userId === user.id);
    if (mine.some((m) => m.idNumber === idNumber)) throw conflict('idNumber', '该家庭成员已添加');
    if (mine.length >= MAX_FAMILY) throw unprocessable('_', `最多添加${MAX_FAMILY}位家庭成员`);
    const record = { id: newId('fam'), userId: user.id, seq: nextSeq(family.values()), name, idNumber, relation: body.relation, authorisedAt: now.toISOString() };
    family.put(record.id, record);
    // A member with an account of their own sees the authorisation in their own log.
    const member = findUser(world, (u) => u.id !== user.id && u.idNumber === idNumber && Boolean(u.verifiedAt));
    if (member) {
      const grantee = maskName(user.name);
      recordDataUse(world, member.id, { action: 'authorised', subject: '代办授权', purpose: `${grantee} 获得你的授权，可为你代办`, actor: grantee }, now);
    }
    return familyView(record);
  });

  route(table, 'DELETE /me/family/:id', { auth: true, params: idParams }, ({ principal, params, world }) => {
    const family = identityCollections(world).family;
    const member = family.get(params.id);
    if (!member || member.userId !== principal.userId) throw missing('未找到该家庭成员');
    family.delete(member.id);
    return { deleted: true as const };
  });
}
