import { useEffect, useState } from 'react';

/**
 * WeChat's privacy agreement (《小程序隐私保护指引》): when the app calls an API that touches
 * personal data before the citizen agreed, WeChat holds the call and asks the app (via
 * onNeedPrivacyAuthorization) to show its own agreement; the call goes on once the citizen taps
 * an agree button (open-type="agreePrivacyAuthorization"), or fails when they decline.
 * This module holds the one pending request; the sheet (PrivacySheet) shows it from the Page root.
 */
export type PrivacyResolve = (option: { event: 'exposureAuthorization' | 'agree' | 'disagree'; buttonId?: string }) => void;

interface Pending {
  resolve: PrivacyResolve;
  /** the API or component that asked, e.g. getLocation */
  referrer: string;
}

let pending: Pending | null = null;
const listeners = new Set<(p: Pending | null) => void>();

export function askForPrivacyAgreement(resolve: PrivacyResolve, referrer: string): void {
  // A newer request replaces an unanswered one: WeChat answers the latest.
  pending = { resolve, referrer };
  listeners.forEach((l) => l(pending));
}

export function answerPrivacy(agreed: boolean, buttonId?: string): void {
  const p = pending;
  if (!p) return;
  pending = null;
  p.resolve(agreed ? { event: 'agree', buttonId } : { event: 'disagree' });
  listeners.forEach((l) => l(null));
}

export function usePendingPrivacy(): Pending | null {
  const [value, setValue] = useState(pending);
  useEffect(() => {
    listeners.add(setValue);
    setValue(pending);
    return () => {
      listeners.delete(setValue);
    };
  }, []);
  return value;
}
