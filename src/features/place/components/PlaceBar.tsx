import { Text, View } from '@tarojs/components';
import { Pressable } from '../../../components/Pressable';
import type { Place } from '../placeStore';
import './PlaceBar.scss';

export interface PlaceBarProps {
  place: Place;
  locating: boolean;
  onLocate: () => void;
  onPickPlace: () => void;
}

/** Which place the list is about, and the two ways to change it. */
export function PlaceBar({ place, locating, onLocate, onPickPlace }: PlaceBarProps) {
  return (
    <View className="yk-place-bar">
      <View className="yk-place-bar__where">
        <Text className="yk-place-bar__caption">{place.kind === 'gps' ? '定位' : '地点'}</Text>
        <Text className="yk-place-bar__label" data-testid="place-label">
          {place.label}
        </Text>
      </View>
      <View className="yk-place-bar__actions">
        <Pressable className="yk-button yk-button--ghost yk-button--small" onTap={onLocate} disabled={locating} testId="relocate">
          {locating ? '定位中…' : '重新定位'}
        </Pressable>
        <Pressable className="yk-button yk-button--ghost yk-button--small" onTap={onPickPlace} testId="change-place">
          切换地点
        </Pressable>
      </View>
    </View>
  );
}
