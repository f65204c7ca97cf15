import { call, type UnauthorizedHandler } from '../http/client';
import { sessionToken, signedOutByCitizen, startSession } from './session';

/**
 * The weapp's way back into a session without asking the citizen anything: a wx.login code
 * exchanged by the server (POST /session, code2Session on the server side) for a new token.
 *
 * Single flight: however many requests are refused at once (a page loading three lists when the
 * session has timed out), ONE login runs and every refused request waits for it, then is sent
 * again once. A request refused after that login already finished just goes again with the new
 * token. Platform-neutral, so the unit layer drives it with a fake code source and transport.
 */
export interface SilentSignIn {
  /** the client's answer to a 401 (setUnauthorizedHandler) */
  onUnauthorized: UnauthorizedHandler;
  /** signs in now if nobody is (and the citizen did not sign out on purpose); true when signed in */
  ensure(): Promise<boolean>;
}

export function createSilentSignIn(obtainCode: () => Promise<string | null>): SilentSignIn {
  let inFlight: Promise<boolean> | null = null;

  const signIn = (): Promise<boolean> => {
    inFlight ??= (async () => {
      const code = await obtainCode();
      if (!code) return false;
      const grant = await call('POST /session', { body: { code } }, { recoverSession: false });
      startSession(grant.token);
      return true;
    })().finally(() => {
      inFlight = null;
    });
    return inFlight;
  };

  return {
    async onUnauthorized(sentWith) {
      // Signing in again would override the citizen's own decision to sign out.
      if (signedOutByCitizen()) return false;
      const current = sessionToken();
      if (current !== null && current !== sentWith) return true;
      return signIn();
    },
    async ensure() {
      if (sessionToken() !== null) return true;
      if (signedOutByCitizen()) return false;
      return signIn();
    },
  };
}
