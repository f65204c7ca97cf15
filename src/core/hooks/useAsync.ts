import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * One request's lifecycle for screens that show a single resource: loading, error with retry,
 * success. A newer run always wins; an answer to an older one is dropped.
 */
export type AsyncState<T> =
  | { status: 'loading'; data?: undefined; error?: undefined }
  | { status: 'error'; data?: undefined; error: unknown }
  | { status: 'success'; data: T; error?: undefined };

export function useAsync<T>(run: (() => Promise<T>) | null, deps: readonly unknown[]): AsyncState<T> & { retry: () => void } {
  const [state, setState] = useState<AsyncState<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const seq = useRef(0);

  useEffect(() => {
    if (!run) return;
    const mine = ++seq.current;
    setState({ status: 'loading' });
    run().then(
      (data) => {
        if (mine === seq.current) setState({ status: 'success', data });
      },
      (error: unknown) => {
        if (mine === seq.current) setState({ status: 'error', error });
      },
    );
    // the caller names what the request depends on (`deps`), as with useEffect itself
  }, [...deps, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, retry };
}
