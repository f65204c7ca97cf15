/**
 * What the command centre needs from the platform. screen.h5.ts and screen.weapp.ts each export
 * one `screen` of this type, so the two sides cannot drift apart without `tsc` saying so.
 */
export interface ScreenApi {
  /**
   * Reports whether the document is visible, now and on every change; returns an unsubscribe.
   * (The mini-program reports hiding through the page's own lifecycle, useDidHide.)
   */
  watchVisible(onChange: (visible: boolean) => void): () => void;
  /** Lets the page use the whole window on a wide screen (H5 reviewers); returns the undo. */
  useWholeWidth(): () => void;
}
