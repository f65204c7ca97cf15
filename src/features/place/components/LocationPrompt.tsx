import { Text, View } from '@tarojs/components';
import { Pressable } from '../../../components/Pressable';
import { geolocation, type LocationFailure } from '../../../core/platform/location';
import { FAILURE_MESSAGE } from '../usePlace';
import './LocationPrompt.scss';

export interface LocationPromptProps {
  locating: boolean;
  failure: LocationFailure | null;
  onLocate: () => void;
  onPickPlace: () => void;
}

/**
 * Says why the app wants the position before the system asks, so the citizen can decide;
 * choosing a place by hand is always offered as an equal alternative, never hidden.
 * On weapp the locate button also accepts the privacy agreement (WeChat requires it first).
 */
export function LocationPrompt({ locating, failure, onLocate, onPickPlace }: LocationPromptProps) {
  return (
    <View className="yk-card yk-location-prompt" data-testid="location-prompt">
      <Text className="yk-location-prompt__title" role="heading" aria-level={2}>
        查找离您最近的办事大厅
      </Text>
      <Text className="yk-location-prompt__why">
        使用您的位置，按距离列出市、区县、乡镇(街道)、村(社区)四级政务服务大厅。位置只用于本次查找，不会保存到服务器。
      </Text>
      {failure && (
        <Text className="yk-location-prompt__failure" role="alert">
          {FAILURE_MESSAGE[failure]}
        </Text>
      )}
      <View className="yk-location-prompt__actions">
        <Pressable className="yk-button yk-button--primary" disabled={locating} openType="agreePrivacyAuthorization" onTap={onLocate} testId="use-location">
          {locating ? '正在定位…' : '使用我的位置'}
        </Pressable>
        <Pressable className="yk-button yk-button--ghost" onTap={onPickPlace} testId="pick-place">
          手动选择地点
        </Pressable>
        {failure === 'denied' && geolocation.canOpenSettings && (
          <Pressable className="yk-button yk-button--ghost" onTap={() => void geolocation.openLocationSettings().then((ok) => ok && onLocate())}>
            去设置开启定位
          </Pressable>
        )}
      </View>
    </View>
  );
}
