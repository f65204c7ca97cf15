import { Text, View } from '@tarojs/components';
import { useOnline } from '../../core/hooks/useOnline';
import './index.scss';

/** Tells the citizen at once that the phone is offline, before a request fails on them. */
export function OfflineBanner() {
  const online = useOnline();
  if (online) return null;
  return (
    <View className="yk-offline" role="alert">
      <Text>网络已断开，显示的可能不是最新信息。恢复网络后可下拉刷新。</Text>
    </View>
  );
}
