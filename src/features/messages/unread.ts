import { useDidShow } from '@tarojs/taro';
import { useCallback, useEffect, useState } from 'react';
import { onSessionChange, sessionToken } from '../../core/session/session';
import { messagesService } from './messagesService';

/**
 * The unread count of the message centre, for the 我的 tab badge and the entry on 我的: shared by
 * every mounted screen, fetched when a tab page shows and after the citizen reads messages.
 * Signed out it is 0 and nothing is asked. A failed fetch keeps the last count: a badge is a
 * hint, never an error on a tab page.
 */
let count = 0;
const listeners = new Set<(n: number) => void>();

function publish(n: number): void {
  count = n;
  listeners.forEach((l) => l(n));
}

let inflight: Promise<void> | null = null;

/** Asks the server again (after reading, on showing a tab page); one request at a time. */
export function refreshUnread(): Promise<void> {
  if (sessionToken() === null) {
    publish(0);
    return Promise.resolve();
  }
  inflight ??= messagesService
    .unreadCount()
    .then(
      (u) => publish(u.total),
      () => undefined, // keep the last count
    )
    .finally(() => {
      inflight = null;
    });
  return inflight;
}

/** The count the message centre just learned (it answers with every list and mark-read). */
export function setUnread(n: number): void {
  publish(n);
}

export function useUnreadCount(): number {
  const [n, setN] = useState(count);
  useEffect(() => {
    listeners.add(setN);
    const off = onSessionChange(() => void refreshUnread());
    void refreshUnread();
    return () => {
      listeners.delete(setN);
      off();
    };
  }, []);
  useDidShow(useCallback(() => void refreshUnread(), []));
  return n;
}

/** “3条未读”, or nothing to say. */
export function unreadWords(n: number): string {
  return n > 0 ? `${n > 99 ? '99+' : n}条未读` : '';
}
