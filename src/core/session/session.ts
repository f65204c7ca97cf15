import { readStored, removeStored, writeStored } from '../storage';

/**
 * The citizen's session: the bearer token the server issued at sign-in, kept in memory and on
 * the device so a relaunch stays signed in. The token is a credential: it is never logged,
 * never put in a URL, and leaves the device only in the Authorization header (core/http/client).
 * The key carries its own version: a later session shape gets a new key, and the old entry is
 * simply never read again.
 */
const KEY = 'session.v1';

interface StoredSession {
  token: string;
}

const isStoredSession = (x: unknown): x is StoredSession =>
  !!x && typeof x === 'object' && typeof (x as StoredSession).token === 'string' && (x as StoredSession).token.length > 0;

/** undefined: not read from the device yet in this run; null: signed out */
let token: string | null | undefined;

/**
 * Set when the citizen signs out on purpose, so the weapp does not sign them in again silently
 * behind their back; cleared by the next sign-in. Not personal: a flag only.
 */
const SIGNED_OUT_KEY = 'session.signedOut.v1';
const isTrue = (x: unknown): x is true => x === true;

const listeners = new Set<(signedIn: boolean) => void>();

/** Screens that show personal data follow sign-in and sign-out (pages stay mounted under others). */
export function onSessionChange(listener: (signedIn: boolean) => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

function notify(): void {
  const signedIn = token !== null && token !== undefined;
  listeners.forEach((l) => l(signedIn));
}

/** The bearer token, or null when nobody is signed in. */
export function sessionToken(): string | null {
  if (token === undefined) token = readStored(KEY, isStoredSession)?.token ?? null;
  return token;
}

/** Starts a session with the token the sign-in answered. */
export function startSession(next: string): void {
  const changed = token !== next;
  token = next;
  // When storage fails the session still lasts this run; the citizen signs in again next launch.
  writeStored<StoredSession>(KEY, { token: next });
  removeStored(SIGNED_OUT_KEY);
  if (changed) notify();
}

/**
 * Ends the session. With `onlyIf`, only when that token is still the current one: a 401 to a
 * request sent with an old token must not end a session that a newer sign-in already started.
 */
export function endSession(onlyIf?: string | null): void {
  if (onlyIf !== undefined && sessionToken() !== onlyIf) return;
  const changed = token !== null;
  token = null;
  removeStored(KEY);
  if (changed) notify();
}

/** The citizen signed out (or deleted the account) on purpose: no silent sign-in until they sign in again. */
export function signOutLocally(): void {
  writeStored(SIGNED_OUT_KEY, true);
  endSession();
}

/** The citizen asked to sign in again with the platform's account (weapp: 微信一键登录). */
export function allowSilentSignIn(): void {
  removeStored(SIGNED_OUT_KEY);
}

/** Whether the citizen signed out on purpose since their last sign-in. */
export function signedOutByCitizen(): boolean {
  return readStored(SIGNED_OUT_KEY, isTrue) === true;
}
