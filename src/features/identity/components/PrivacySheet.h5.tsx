/**
 * Browsers have no platform privacy agreement to answer: nothing to show. The 隐私政策 page is
 * linked from 我的 and from sign-in on both platforms.
 */
export function PrivacySheet() {
  return null;
}
