import { Button, Text, View } from '@tarojs/components';
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
        <Button className="yk-button yk-button--ghost yk-button--small" onClick={onLocate} disabled={locating} data-testid="relocate">
          {locating ? '定位中…' : '重新定位'}
        </Button>
        <Button className="yk-button yk-button--ghost yk-button--small" onClick={onPickPlace} data-testid="change-place">
          切换地点
        </Button>
      </View>
    </View>
  );
}
