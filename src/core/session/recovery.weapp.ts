import { setUnauthorizedHandler } from '../http/client';
import { login } from './login';
import type { SessionRecovery } from './recovery.types';
import { allowSilentSignIn } from './session';
import { createSilentSignIn } from './silentSignIn';

export type { SessionRecovery } from './recovery.types';

const silent = createSilentSignIn(async () => {
  const credential = await login.obtainLoginCredential();
  return credential.kind === 'wx_code' ? credential.code : null;
});

export const sessionRecovery: SessionRecovery = {
  install() {
    setUnauthorizedHandler(silent.onUnauthorized);
  },
  ensureSignedIn: () => silent.ensure(),
  signInWithPlatform() {
    allowSilentSignIn();
    return silent.ensure();
  },
  silent: true,
};
