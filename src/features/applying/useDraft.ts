import { useEffect, useState } from 'react';
import { network } from '../../core/platform/network';
import { onSessionChange } from '../../core/session/session';
import { draftSession, flushAll, type DraftSnapshot } from './draftSession';

/**
 * The open draft for a page of the apply subpackage: its snapshot (loading, error, ready), and
 * the session to change it through. Pages under each other share one session per draft id.
 */
export function useDraft(id: string | undefined) {
  const session = id ? draftSession(id) : null;
  const [snapshot, setSnapshot] = useState<DraftSnapshot | null>(session ? session.snapshot : null);

  useEffect(() => {
    if (!session) return;
    setSnapshot(session.snapshot);
    const off = session.subscribe(setSnapshot);
    void session.load();
    // After an H5 sign-in (the page stayed mounted underneath) the draft can load now.
    const offSession = onSessionChange((signedIn) => {
      if (signedIn && session.snapshot.status === 'error') void session.load(true);
    });
    return () => {
      off();
      offSession();
    };
  }, [session]);

  // A change kept on the device goes to the server as soon as the connection returns.
  useEffect(() => network.watchOnline((online) => online && flushAll()), []);

  return { snapshot, session };
}
