import { useEffect, useRef, useState } from 'react';
import { useAsync } from '../../core/hooks/useAsync';
import { sessionRecovery } from '../../core/session/recovery';
import { onSessionChange, sessionToken } from '../../core/session/session';
import type { Me } from '../../shared/api/identity';
import { identityService } from './identityService';

const profileListeners = new Set<() => void>();

/**
 * The citizen's records changed on another page (real-name verified, an address saved): every
 * mounted personal screen loads again, so going back never shows the old state.
 */
export function profileChanged(): void {
  profileListeners.forEach((l) => l());
}

/** Whether someone is signed in on this device; follows sign-in and sign-out on any page. */
export function useSignedIn(): boolean {
  const [signedIn, setSignedIn] = useState(() => sessionToken() !== null);
  useEffect(() => {
    setSignedIn(sessionToken() !== null);
    return onSessionChange(setSignedIn);
  }, []);
  return signedIn;
}

/**
 * A personal read: loads, and loads again when the session changes (pages stay mounted under
 * the sign-in page, and come back to show the new citizen's data). A refused session is the
 * client's business (silent re-login on weapp, the sign-in page on H5); changes the request's
 * own recovery makes are not a reason to load twice.
 */
export function usePersonal<T>(run: (() => Promise<T>) | null, deps: readonly unknown[]) {
  const [version, setVersion] = useState(0);
  const busy = useRef(false);
  useEffect(() => {
    const bump = () => setVersion((v) => v + 1);
    profileListeners.add(bump);
    const off = onSessionChange(() => {
      if (!busy.current) bump();
    });
    return () => {
      profileListeners.delete(bump);
      off();
    };
  }, []);
  return useAsync(
    run
      ? async () => {
          busy.current = true;
          try {
            return await run();
          } finally {
            busy.current = false;
          }
        }
      : null,
    [...deps, version],
  );
}

/**
 * The signed-in citizen for 我的: null when nobody is signed in (the page shows its signed-out
 * state instead of sending anyone to a sign-in page). On weapp a silent WeChat sign-in comes
 * first, unless the citizen signed out on purpose.
 */
export function useMe() {
  return usePersonal<Me | null>(async () => ((await sessionRecovery.ensureSignedIn()) ? identityService.me() : null), []);
}
