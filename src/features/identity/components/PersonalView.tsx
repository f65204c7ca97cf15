import { Text, View } from '@tarojs/components';
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

/** A personal list (addresses, family members): its states, an empty state in words, then the rows. */
export function PersonalList<T extends { id: string }>({
  state,
  back,
  loading,
  label,
  empty,
  row,
}: {
  state: AsyncState<T[]> & { retry: () => void };
  back: string;
  loading: string;
  /** the list's name for assistive technology, e.g. 常用地址 */
  label: string;
  empty: { title: string; hint: string };
  row: (item: T) => ReactNode;
}) {
  return (
    <PersonalView
      state={state}
      back={back}
      loading={loading}
      render={(list) =>
        list.length === 0 ? (
          <StateView kind="empty" title={empty.title} hint={empty.hint} />
        ) : (
          <View className="yk-card" role="list" aria-label={label}>
            {list.map(row)}
          </View>
        )
      }
    />
  );
}

/**
 * The head card of a personal list page: the title, what the page offers (`children`), and the
 * failure of the last action (a removal refused), said in words under them.
 */
export function PersonalHead({ title, failure, children }: { title: string; failure: string | null; children?: ReactNode }) {
  return (
    <View className="yk-card">
      <Text className="yk-me-page__heading" role="heading" aria-level={1}>
        {title}
      </Text>
      {children}
      {failure && (
        <Text className="yk-field__error" role="alert">
          {failure}
        </Text>
      )}
    </View>
  );
}
