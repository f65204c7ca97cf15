import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { ReactNode } from 'react';
import { Pressable } from '../../../components/Pressable';
import { StateView } from '../../../components/StateView';
import type { NearbyHall } from '../../../shared/api/halls';
import { ROUTES } from '../../../routes';
import { FAILURE_MESSAGE, usePlace } from '../../place/usePlace';
import { useItemHalls } from '../useItemHalls';

/** The class names of the host's look: its lines of text, its alert, its row of buttons. */
export interface NearestHallsLook {
  line: string;
  alert: string;
  actions: string;
}

/**
 * The halls nearest the citizen's place that handle an item: without a place, asks for one (my
 * location, or pick a place); with one, loading, error with retry, none near, or `children` with
 * the halls, nearest first. `frame` wraps each of the two states in a View of its own.
 */
export function NearestItemHalls({
  itemId,
  look,
  prompt,
  emptyHint,
  frame,
  children,
}: {
  itemId: string;
  look: NearestHallsLook;
  /** asks for a place */
  prompt: string;
  /** the hint when no hall near the place handles the item */
  emptyHint: string;
  frame?: { className: string; promptTestId: string; hallsTestId: string };
  children: (halls: NearbyHall[]) => ReactNode;
}) {
  const { place, locating, failure, locate } = usePlace();
  const halls = useItemHalls(itemId, place?.point ?? null);

  if (!place) {
    return (
      <View className={frame?.className} data-testid={frame?.promptTestId}>
        <Text className={look.line}>{prompt}</Text>
        {failure && (
          <Text className={look.alert} role="alert">
            {FAILURE_MESSAGE[failure]}
          </Text>
        )}
        <View className={look.actions}>
          <Pressable className="yk-button yk-button--primary yk-button--small" disabled={locating} openType="agreePrivacyAuthorization" onTap={locate}>
            {locating ? '正在定位…' : '使用我的位置'}
          </Pressable>
          <Pressable className="yk-button yk-button--ghost yk-button--small" onTap={() => void Taro.navigateTo({ url: ROUTES.pickPlace })}>
            选择地点
          </Pressable>
        </View>
      </View>
    );
  }
  const found = (
    <>
      <Text className={look.line}>离“{place.label}”最近的可办理大厅：</Text>
      {halls.status === 'loading' && <StateView kind="loading" label="正在查找可办理的大厅…" />}
      {halls.status === 'error' && <StateView kind="error" title="大厅加载失败" error={halls.error} onRetry={() => void halls.reload()} />}
      {halls.status === 'success' && halls.items.length === 0 && <StateView kind="empty" title="附近没有可办理此事项的大厅" hint={emptyHint} />}
      {halls.status === 'success' && children(halls.items)}
    </>
  );
  return frame ? (
    <View className={frame.className} data-testid={frame.hallsTestId}>
      {found}
    </View>
  ) : (
    found
  );
}
