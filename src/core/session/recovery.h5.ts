import Taro from '@tarojs/taro';
import { setUnauthorizedHandler } from '../http/client';
import { ROUTES } from '../../routes';
import type { SessionRecovery } from './recovery.types';
import { returnTargetOf } from './returnTarget';
import { sessionToken } from './session';

export type { SessionRecovery } from './recovery.types';

/** The route the citizen is on, as the hash router shows it (ids only ever travel in URLs). */
function currentRoute(): string {
  return window.location.hash.replace(/^#/, '') || ROUTES.nearby;
}

let opening = false;

/**
 * A browser has no silent credential: the citizen signs in on the sign-in page, opened ON TOP of
 * the page they were on (navigateTo, never reLaunch), so that page stays mounted with everything
 * typed into it; after sign-in the sign-in page goes back to it. Concurrent 401s open it once.
 */
function openSignIn(): Promise<boolean> {
  const here = currentRoute();
  if (opening || here.split('?')[0] === ROUTES.signIn().split('?')[0]) return Promise.resolve(false);
  opening = true;
  return Taro.navigateTo({ url: ROUTES.signIn(returnTargetOf(here)) })
    .catch(() => undefined)
    .then(() => {
      opening = false;
      return false;
    });
}

export const sessionRecovery: SessionRecovery = {
  install() {
    setUnauthorizedHandler(() => openSignIn());
  },
  async ensureSignedIn() {
    return sessionToken() !== null;
  },
  signInWithPlatform: async () => false,
  silent: false,
};
