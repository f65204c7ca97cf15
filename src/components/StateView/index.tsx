import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { userMessageOf } from '../../core/http/errors';
import { Pressable } from '../Pressable';
import './index.scss';

/**
 * The non-success states of a screen or a list, each on purpose: loading says what is loading,
 * empty says why and what to try, error says what went wrong and offers to try again.
 */
export type StateViewProps =
  | { kind: 'loading'; label?: string }
  | { kind: 'empty'; title: string; hint?: string; action?: { label: string; onTap: () => void } }
  | { kind: 'error'; error: unknown; onRetry: () => void; title?: string };

export function StateView(props: StateViewProps): ReactNode {
  if (props.kind === 'loading') {
    return (
      <View className="yk-state yk-state--loading" role="status" aria-live="polite">
        <View className="yk-state__spinner" aria-hidden="true" />
        <Text className="yk-state__title">{props.label ?? '正在加载…'}</Text>
      </View>
    );
  }
  if (props.kind === 'empty') {
    return (
      <View className="yk-state yk-state--empty" role="status">
        <Text className="yk-state__title">{props.title}</Text>
        {props.hint && <Text className="yk-state__hint">{props.hint}</Text>}
        {props.action && (
          <Pressable className="yk-button yk-button--ghost" onTap={props.action.onTap}>
            {props.action.label}
          </Pressable>
        )}
      </View>
    );
  }
  return (
    <View className="yk-state yk-state--error" role="alert">
      <Text className="yk-state__title">{props.title ?? '加载失败'}</Text>
      <Text className="yk-state__hint">{userMessageOf(props.error)}</Text>
      <Pressable className="yk-button yk-button--primary" onTap={props.onRetry}>
        重试
      </Pressable>
    </View>
  );
}
