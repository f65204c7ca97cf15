import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Pressable } from '../../../components/Pressable';
import { StateView } from '../../../components/StateView';
import { HallCard } from '../../halls/components/HallCard';
import { usePlace, FAILURE_MESSAGE } from '../../place/usePlace';
import { useItemHalls } from '../useItemHalls';
import { ROUTES } from '../../../routes';

/**
 * "Which hall near me can do this, and is it open now?" — the guide's tie to 就近办. Uses the
 * place the citizen already chose on the nearby tab; asks for one only when there is none.
 */
export function ItemHallsNearby({ itemId }: { itemId: string }) {
  const { place, locating, failure, locate } = usePlace();
  const halls = useItemHalls(itemId, place?.point ?? null);
  const openHall = (id: string) => void Taro.navigateTo({ url: ROUTES.hallDetail(id) });

  if (!place) {
    return (
      <View className="yk-item-halls" data-testid="item-halls-prompt">
        <Text className="yk-guide__line">告诉我们您在哪里，列出离您最近、能办理此事项的大厅。</Text>
        {failure && (
          <Text className="yk-guide__line" role="alert">
            {FAILURE_MESSAGE[failure]}
          </Text>
        )}
        <View className="yk-guide__actions">
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
  return (
    <View className="yk-item-halls" data-testid="item-halls">
      <Text className="yk-guide__line">离“{place.label}”最近的可办理大厅：</Text>
      {halls.status === 'loading' && <StateView kind="loading" label="正在查找可办理的大厅…" />}
      {halls.status === 'error' && <StateView kind="error" title="大厅加载失败" error={halls.error} onRetry={() => void halls.reload()} />}
      {halls.status === 'success' && halls.items.length === 0 && <StateView kind="empty" title="附近没有可办理此事项的大厅" hint="可以在网上申请，或换个地点查找。" />}
      {halls.status === 'success' && halls.items.map((h) => <HallCard key={h.id} hall={h} onOpen={() => openHall(h.id)} />)}
    </View>
  );
}
