import type { LoginApi } from './login.types';

export type { LoginApi, LoginCredential } from './login.types';

export const login: LoginApi = {
  /** A browser has no wx.login: the citizen signs in on the app's own sign-in page. */
  async obtainLoginCredential() {
    return { kind: 'interactive' };
  },
};
