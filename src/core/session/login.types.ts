/**
 * What the platform can offer towards a sign-in, before the app asks the server for a session.
 * - `wx_code`: WeChat's one-time login code (wx.login), exchanged by the server for the
 *   citizen's identity without the citizen typing anything.
 * - `interactive`: the platform has no silent credential (a browser); the app must show its
 *   sign-in page and let the citizen sign in there.
 */
export type LoginCredential = { kind: 'wx_code'; code: string } | { kind: 'interactive' };

/**
 * login.weapp.ts and login.h5.ts each export one `login` of this type, so the two sides cannot
 * drift apart without `tsc` saying so.
 */
export interface LoginApi {
  /**
   * Rejects with a NetworkError when the platform's own login service cannot be reached
   * (wx.login needs WeChat's servers); never prompts the citizen by itself.
   */
  obtainLoginCredential(): Promise<LoginCredential>;
}
