/**
 * Sessions: the mock's own opaque tokens (32 random bytes, base64url), kept only as their
 * SHA-256. Absolute expiry 7 days, idle timeout 120 minutes, both on the world clock, so tests
 * move the clock instead of waiting. Last-seen is exact in memory and journaled at most once a
 * minute of world time per session (a restart may shorten an idle session by under a minute).
 * Also the SMS codes of phone sign-in.
 */
import { randomBytes, randomInt } from 'node:crypto';
import type { Request } from 'express';
import type { SessionGrant, SignInMethod, SmsCodeSent } from '../../src/shared/api/identity';
import { maskPhone } from '../../src/shared/identity/mask';
import { ApiError } from '../server/errors';
import { appendToOutbox } from '../server/outbox';
import type { Principal, World } from '../world';
import type { SessionRecord, UserRecord } from './model';
import { identityCollections, sha256 } from './model';
import { meOf, smsKey } from './store';

export const SESSION_TTL_MS = 7 * 24 * 60 * 60_000;
export const IDLE_TIMEOUT_MINUTES = 120;
const IDLE_TIMEOUT_MS = IDLE_TIMEOUT_MINUTES * 60_000;
const LAST_SEEN_WRITE_MS = 60_000;

/** In-memory state of one world: exact last-seen per session. */
const lastSeenByWorld = new WeakMap<World, Map<string, number>>();

function lastSeenOf(world: World): Map<string, number> {
  let map = lastSeenByWorld.get(world);
  if (!map) {
    map = new Map();
    lastSeenByWorld.set(world, map);
  }
  return map;
}

export function forgetSessionMemory(world: World): void {
  lastSeenOf(world).clear();
}

export function startSession(world: World, user: UserRecord, method: SignInMethod, now: Date): SessionGrant {
  const token = randomBytes(32).toString('base64url');
  const record: SessionRecord = {
    id: sha256(token),
    userId: user.id,
    method,
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + SESSION_TTL_MS).toISOString(),
    lastSeenAt: now.toISOString(),
  };
  identityCollections(world).sessions.put(record.id, record);
  lastSeenOf(world).set(record.id, now.getTime());
  return { token, expiresAt: record.expiresAt, idleTimeoutMinutes: IDLE_TIMEOUT_MINUTES, me: meOf(world, user, method, now) };
}

const BEARER = /^Bearer ([A-Za-z0-9_-]{43})$/;

/** `world.authenticate`: the session of `Authorization: Bearer <token>`, if it is alive. */
export function authenticateSession(world: World, req: Request): Principal | undefined {
  const match = BEARER.exec(req.get('authorization') ?? '');
  if (!match) return undefined;
  const c = identityCollections(world);
  const id = sha256(match[1]);
  const session = c.sessions.get(id);
  if (!session) return undefined;
  const now = world.clock.now().getTime();
  const seen = lastSeenOf(world);
  const lastSeen = seen.get(id) ?? Date.parse(session.lastSeenAt);
  if (now >= Date.parse(session.expiresAt) || now - lastSeen > IDLE_TIMEOUT_MS || !c.users.has(session.userId)) {
    endSession(world, id);
    return undefined;
  }
  seen.set(id, now);
  if (now - Date.parse(session.lastSeenAt) >= LAST_SEEN_WRITE_MS) c.sessions.put(id, { ...session, lastSeenAt: new Date(now).toISOString() });
  return { userId: session.userId, sessionId: id };
}

export function sessionOf(world: World, principal: Principal): SessionRecord | undefined {
  return principal.sessionId ? identityCollections(world).sessions.get(principal.sessionId) : undefined;
}

export function endSession(world: World, sessionId: string): void {
  identityCollections(world).sessions.delete(sessionId);
  lastSeenOf(world).delete(sessionId);
}

// ---- SMS codes ------------------------------------------------------------------------------

export const SMS_CODE_TTL_SECONDS = 5 * 60;
export const SMS_RESEND_SECONDS = 60;
export const SMS_MAX_WRONG = 5;

/** Sends (into the dev outbox) a 6-digit code; 429 within 60 s of the last one. */
export function sendSmsCode(world: World, phone: string, now: Date, setRetryAfter: (seconds: number) => void): SmsCodeSent {
  const codes = identityCollections(world).smsCodes;
  const key = smsKey(phone);
  const last = codes.get(key);
  if (last) {
    const wait = Math.ceil((Date.parse(last.sentAt) + SMS_RESEND_SECONDS * 1000 - now.getTime()) / 1000);
    if (wait > 0) {
      setRetryAfter(wait);
      const message = `验证码已发送，请在${wait}秒后重新获取`;
      throw new ApiError(429, 'rate_limited', message, { phone: message });
    }
  }
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  codes.put(key, {
    codeHash: sha256(`${key}:${code}`),
    sentAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + SMS_CODE_TTL_SECONDS * 1000).toISOString(),
    wrongTries: 0,
  });
  appendToOutbox(
    world,
    { channel: 'sms', to: maskPhone(phone), text: `【渝快办】您的登录验证码为${code}，${SMS_CODE_TTL_SECONDS / 60}分钟内有效。如非本人操作，请忽略本短信。` },
    now,
  );
  return { expiresInSeconds: SMS_CODE_TTL_SECONDS, resendAfterSeconds: SMS_RESEND_SECONDS, sentTo: maskPhone(phone) };
}

/** Checks a code (one use; 5 wrong tries spend it) or throws 422 naming `code`. */
export function checkSmsCode(world: World, phone: string, code: string, now: Date): void {
  const codes = identityCollections(world).smsCodes;
  const key = smsKey(phone);
  const pending = codes.get(key);
  const refuse = (message: string) => new ApiError(422, 'unprocessable', message, { code: message });
  if (!pending) throw refuse('请先获取验证码');
  if (pending.usedAt) throw refuse('验证码已使用，请重新获取');
  if (pending.wrongTries >= SMS_MAX_WRONG) throw refuse('验证码错误次数过多，已失效，请重新获取');
  if (now.getTime() >= Date.parse(pending.expiresAt)) throw refuse('验证码已过期，请重新获取');
  if (sha256(`${key}:${code}`) !== pending.codeHash) {
    const wrongTries = pending.wrongTries + 1;
    codes.put(key, { ...pending, wrongTries });
    throw refuse(wrongTries >= SMS_MAX_WRONG ? '验证码错误次数过多，已失效，请重新获取' : `验证码不正确，还可以再试${SMS_MAX_WRONG - wrongTries}次`);
  }
  // Spent, but the send time stays: the 60-second resend limit still holds.
  codes.put(key, { ...pending, usedAt: now.toISOString() });
}
