import { useCallback, useRef, useState } from 'react';
import { HttpError, isRequestError, userMessageOf } from '../http/errors';

/**
 * One write (a form's submit, a cancel, a payment) and what the form shows around it.
 *
 * - The server's refusal `{ error: { code, message, fields } }` arrives as an HttpError: each
 *   field's message goes to `fieldErrors[field]`, to be shown at that field, and the message
 *   to `formError`, the summary at the top. Any other failure (no network, timeout) becomes
 *   `formError` alone, with `retryable` saying whether sending again may help.
 * - The hook holds no input: the form keeps its own values, so nothing typed is lost when a
 *   submit fails. The form calls `clearFieldError(name)` when that field changes.
 * - A second submit while one is in flight is ignored (a double tap sends once).
 */
export type MutationStatus = 'idle' | 'submitting' | 'error' | 'success';

export type SubmitOutcome<R> = { status: 'success'; data: R } | { status: 'error'; error: unknown } | { status: 'ignored' };

export interface MutationState<R> {
  status: MutationStatus;
  /** the last successful answer */
  data?: R;
  /** the last failure, typed (a RequestError from the client, or whatever the write threw) */
  error?: unknown;
  /** per request field: the server's message, shown at that field */
  fieldErrors: Record<string, string>;
  /** the summary shown at the top of the form */
  formError?: string;
  /** whether sending the same input again may help */
  retryable: boolean;
}

const IDLE = { status: 'idle', fieldErrors: {}, retryable: false } as const;

export function useMutation<I, R>(write: (input: I) => Promise<R>) {
  const [state, setState] = useState<MutationState<R>>(IDLE);
  // A ref, not the state: two taps in one frame both see the state from before the first.
  const inFlight = useRef(false);
  const latestWrite = useRef(write);
  latestWrite.current = write;

  const submit = useCallback(async (input: I): Promise<SubmitOutcome<R>> => {
    if (inFlight.current) return { status: 'ignored' };
    inFlight.current = true;
    setState((s) => ({ ...s, status: 'submitting', formError: undefined, retryable: false }));
    try {
      const data = await latestWrite.current(input);
      setState({ status: 'success', data, fieldErrors: {}, retryable: false });
      return { status: 'success', data };
    } catch (error) {
      setState({
        status: 'error',
        error,
        fieldErrors: error instanceof HttpError ? { ...error.fields } : {},
        formError: summaryOf(error),
        retryable: isRequestError(error) && error.retryable,
      });
      return { status: 'error', error };
    } finally {
      inFlight.current = false;
    }
  }, []);

  const clearFieldError = useCallback((name: string) => {
    setState((s) => {
      if (!(name in s.fieldErrors)) return s;
      const { [name]: _cleared, ...rest } = s.fieldErrors;
      return { ...s, fieldErrors: rest };
    });
  }, []);

  /** Back to a clean form, e.g. after the citizen starts another application. */
  const reset = useCallback(() => setState(IDLE), []);

  return { ...state, submit, clearFieldError, reset };
}

export type Mutation<I, R> = ReturnType<typeof useMutation<I, R>>;

/** The server's own sentence where it gave one for a refused input; otherwise what the failure means. */
function summaryOf(error: unknown): string {
  if (error instanceof HttpError && Object.keys(error.fields).length > 0 && error.message) return error.message;
  return userMessageOf(error);
}
