/**
 * What a platform does about sessions, behind one interface: recovery.weapp.ts signs in again
 * silently (wx.login); recovery.h5.ts sends the citizen to the sign-in page and back. Both export
 * one `sessionRecovery` of this type, so `tsc` notices when the two drift apart.
 */
export interface SessionRecovery {
  /** wires the platform's answer to a 401 into the HTTP client; called once at app start */
  install(): void;
  /**
   * Before showing personal data: true when a session exists or was started silently. Never
   * navigates by itself; a page that gets false shows its signed-out state.
   */
  ensureSignedIn(): Promise<boolean>;
  /**
   * The citizen asked to sign in with the platform's own account (weapp: 微信一键登录): lifts an
   * earlier sign-out and signs in silently. false where the platform has none (H5).
   */
  signInWithPlatform(): Promise<boolean>;
  /** whether this platform signs in without the citizen (weapp) */
  readonly silent: boolean;
}
