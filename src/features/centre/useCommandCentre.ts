import { useCallback, useEffect, useRef, useState } from 'react';
import type { CaseControl, CaseControlInput, CommandCentreCase, CommandCentrePage, CommandCentreQuery } from '../../shared/api/cases';
import type { ClockChange, ClockState } from '../../shared/api/dev';
import { centreService } from './centreService';
import { screen } from './screen';

/** New submissions must show within 2 s of being filed: one poll every 1.5 s, plus its round trip. */
export const POLL_MS = 1500;
/** The newest cases, as the big screen shows them. */
export const PAGE_SIZE = 50;

export type CentreFilter = Pick<CommandCentreQuery, 'level' | 'department' | 'warning'>;

export interface CommandCentreState {
  filter: CentreFilter;
  setFilter: (change: Partial<CentreFilter>) => void;
  page: CommandCentrePage | null;
  clock: ClockState | null;
  /** the first load failed (nothing to show) */
  error: unknown;
  /** a later poll failed: what is shown may be stale, the next poll tries again */
  stale: boolean;
  /** what the live region says: only when new cases arrive, never on an ordinary poll */
  announcement: string;
  /** whether polling runs now (page shown and document visible) */
  polling: boolean;
  retry: () => void;
  /** a reviewer's control; resolves with the case's new row, rejects with the server's refusal */
  act: (id: string, control: CaseControl, input: CaseControlInput) => Promise<CommandCentreCase>;
  changeClock: (change: ClockChange) => Promise<void>;
}

const keyOf = (f: CentreFilter) => `${f.level ?? ''}|${f.department ?? ''}|${f.warning ?? ''}`;

/**
 * The command centre's state: the filtered page of cases and the world clock, polled while the
 * page is shown and the document visible, with exactly one poll in flight (the next is scheduled
 * only after the answer, so a slow server is never sent a queue of polls). A filter change asks
 * at once; an answer for an older filter is dropped.
 */
export function useCommandCentre(active: boolean, pollMs: number = POLL_MS): CommandCentreState {
  const [filter, setFilterState] = useState<CentreFilter>({});
  const [page, setPage] = useState<CommandCentrePage | null>(null);
  const [clock, setClock] = useState<ClockState | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [stale, setStale] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [visible, setVisible] = useState(true);

  const running = active && visible;
  const filterRef = useRef(filter);
  filterRef.current = filter;
  const runningRef = useRef(running);
  runningRef.current = running;
  const inFlight = useRef(false);
  const askAgain = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const mounted = useRef(true);
  /** ids already shown for this filter, and the newest filing time among them */
  const seen = useRef<{ key: string; ids: Set<string>; newest: string } | null>(null);

  const takeIn = useCallback((next: CommandCentrePage, key: string) => {
    const before = seen.current;
    const newest = next.items.reduce((m, r) => (r.submittedAt > m ? r.submittedAt : m), before?.key === key ? before.newest : '');
    if (before && before.key === key) {
      // New filings only: a case that moved into this filter (a hand-over) was filed earlier.
      const fresh = next.items.filter((r) => !before.ids.has(r.id) && r.submittedAt >= before.newest);
      for (const r of next.items) before.ids.add(r.id);
      before.newest = newest;
      if (fresh.length > 0) setAnnouncement(`新收到${fresh.length}件办件：${fresh[0].itemName}${fresh.length > 1 ? '等' : ''}。当前共${next.total}件。`);
    } else {
      seen.current = { key, ids: new Set(next.items.map((r) => r.id)), newest };
    }
    setPage(next);
  }, []);

  const poll = useCallback(async (): Promise<void> => {
    clearTimeout(timer.current);
    if (inFlight.current) {
      askAgain.current = true;
      return;
    }
    inFlight.current = true;
    const asked = filterRef.current;
    const key = keyOf(asked);
    try {
      const [next, time] = await Promise.all([centreService.cases({ ...asked, limit: PAGE_SIZE }), centreService.clock()]);
      if (!mounted.current) return;
      setClock(time);
      if (key === keyOf(filterRef.current)) takeIn(next, key);
      setError(null);
      setStale(false);
    } catch (e) {
      if (!mounted.current) return;
      setError(e);
      setStale(true);
    } finally {
      inFlight.current = false;
      if (mounted.current) {
        if (askAgain.current) {
          askAgain.current = false;
          void poll();
        } else if (runningRef.current) {
          timer.current = setTimeout(() => void poll(), pollMs);
        }
      }
    }
  }, [pollMs, takeIn]);

  useEffect(() => screen.watchVisible(setVisible), []);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      clearTimeout(timer.current);
    };
  }, []);

  // Start on show and on every filter change; stop (no timer left) when hidden.
  const key = keyOf(filter);
  useEffect(() => {
    if (!running) {
      clearTimeout(timer.current);
      return;
    }
    void poll();
    return () => clearTimeout(timer.current);
  }, [running, key, poll]);

  const setFilter = useCallback((change: Partial<CentreFilter>) => setFilterState((f) => ({ ...f, ...change })), []);

  const act = useCallback(
    async (id: string, control: CaseControl, input: CaseControlInput) => {
      const row = await centreService.control(id, control, input);
      if (mounted.current) setPage((p) => (p ? { ...p, items: p.items.map((r) => (r.id === id ? row : r)) } : p));
      void poll();
      return row;
    },
    [poll],
  );

  const changeClock = useCallback(
    async (change: ClockChange) => {
      const time = await centreService.changeClock(change);
      if (mounted.current) setClock(time);
      void poll();
    },
    [poll],
  );

  return {
    filter,
    setFilter,
    page,
    clock,
    error: page ? null : error,
    stale: page !== null && stale,
    announcement,
    polling: running,
    retry: () => void poll(),
    act,
    changeClock,
  };
}
