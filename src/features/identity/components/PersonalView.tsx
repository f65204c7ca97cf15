import type { ReactNode } from 'react';
import { StateView } from '../../../components/StateView';
import { UnauthorizedError } from '../../../core/http/errors';
import type { AsyncState } from '../../../core/hooks/useAsync';
import { SignedOut } from './SignedOut';

/**
 * The states of a personal screen, each on purpose: loading, signed out (the session was refused
 * and could not be renewed: a way to sign in, back to this page), error with retry, and success.
 */
export function PersonalView<T>({ state, back, loading, render }: { state: AsyncState<T> & { retry: () => void }; back: string; loading: string; render: (data: T) => ReactNode }) {
  if (state.status === 'loading') return <StateView kind="loading" label={loading} />;
  if (state.status === 'error') {
    if (state.error instanceof UnauthorizedError) return <SignedOut back={back} />;
    return <StateView kind="error" error={state.error} onRetry={state.retry} />;
  }
  return <>{render(state.data)}</>;
}
