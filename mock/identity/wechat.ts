/**
 * The WeChat side of sign-in, simulated: the mini-program's AppID/AppSecret (generated once per
 * data folder, or MOCK_WX_SECRET), openids, and code2Session, which the backend calls with its
 * secret to exchange a one-time wx.login code. The secret never leaves mock/: the app only ever
 * holds the code and, afterwards, the mock's own session token.
 *
 * Codes: `persona:<personaId>:<nonce>` stands for that persona's WeChat user (tests, the weapp
 * harness); any other code is the one "DevTools user", whose account is the persona named by
 * MOCK_WEAPP_PERSONA (default yu), so a reviewer in WeChat DevTools lands on a useful account.
 * A code is exchanged once (WeChat's 40163). The mock cannot see when DevTools' wx.login issued
 * a code, so the 5-minute validity is enforced for codes it issues itself (`issueWxCode`).
 */
import { createHash, randomBytes } from 'node:crypto';
import { PERSONA_IDS } from '../../src/shared/api/identity';
import type { PersonaId } from '../../src/shared/api/identity';
import type { World } from '../world';
import { identityCollections, sha256 } from './model';

export const WX_CODE_TTL_MS = 5 * 60_000;
const APP_KEY = 'app';

export function wxApp(world: World): { appId: string; secret: string } {
  const apps = identityCollections(world).wxApp;
  let app = apps.get(APP_KEY);
  if (!app) {
    app = { appId: `wx${randomBytes(8).toString('hex')}`, secret: randomBytes(16).toString('hex') };
    apps.put(APP_KEY, app);
  }
  const envSecret = process.env.MOCK_WX_SECRET?.trim();
  return envSecret ? { appId: app.appId, secret: envSecret } : app;
}

/** A WeChat user's openid under this mini-program: stable per AppID and user, 28 characters. */
export function openidFor(world: World, wxUser: string): string {
  return `o${createHash('sha256').update(`${wxApp(world).appId}:${wxUser}`).digest('base64url').slice(0, 27)}`;
}

/** The persona the DevTools user is, from MOCK_WEAPP_PERSONA. */
export function devToolsPersona(): PersonaId {
  const wanted = process.env.MOCK_WEAPP_PERSONA?.trim();
  return PERSONA_IDS.find((id) => id === wanted) ?? 'yu';
}

export type Code2SessionResult =
  | { ok: true; openid: string; sessionKey: string; persona: PersonaId; devTools: boolean }
  | { ok: false; errcode: 40029 | 40125 | 40163; errmsg: string };

const PERSONA_CODE = /^persona:([a-z]+):[A-Za-z0-9_-]{1,64}$/;
const ANY_CODE = /^[A-Za-z0-9:_-]{8,128}$/;

/**
 * WeChat's code2Session (auth.code2Session), as the backend would call it with appid + secret.
 * Exchanging marks the code used, so a replay answers 40163.
 */
export function code2Session(world: World, appId: string, secret: string, code: string, now: Date): Code2SessionResult {
  const app = wxApp(world);
  if (appId !== app.appId || secret !== app.secret) return { ok: false, errcode: 40125, errmsg: 'invalid appsecret' };
  const persona = PERSONA_CODE.exec(code);
  if (!ANY_CODE.test(code) || (persona && !PERSONA_IDS.some((id) => id === persona[1]))) return { ok: false, errcode: 40029, errmsg: 'invalid code' };
  const codes = identityCollections(world).wxCodes;
  const key = `wx_${sha256(`wx:${code}`)}`;
  const known = codes.get(key);
  if (known?.usedAt) return { ok: false, errcode: 40163, errmsg: 'code been used' };
  if (known && now.getTime() >= Date.parse(known.expiresAt)) return { ok: false, errcode: 40029, errmsg: 'invalid code' };
  codes.put(key, { ...(known ?? {}), expiresAt: known?.expiresAt ?? new Date(now.getTime() + WX_CODE_TTL_MS).toISOString(), usedAt: now.toISOString() });
  const personaId = PERSONA_IDS.find((id) => id === persona?.[1]);
  const wxUser = personaId ? `persona:${personaId}` : 'devtools';
  return {
    ok: true,
    openid: openidFor(world, wxUser),
    sessionKey: randomBytes(16).toString('base64'),
    persona: personaId ?? devToolsPersona(),
    devTools: personaId === undefined,
  };
}

/** What wx.login would hand the mini-program: a fresh code, valid 5 minutes of world time. */
export function issueWxCode(world: World, persona: PersonaId | undefined, now: Date): { code: string; expiresAt: string } {
  const nonce = randomBytes(12).toString('base64url');
  const code = persona ? `persona:${persona}:${nonce}` : `wxcode_${nonce}`;
  const expiresAt = new Date(now.getTime() + WX_CODE_TTL_MS).toISOString();
  identityCollections(world).wxCodes.put(`wx_${sha256(`wx:${code}`)}`, { expiresAt });
  return { code, expiresAt };
}
