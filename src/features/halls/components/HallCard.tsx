import { Text, View } from '@tarojs/components';
import { Pressable } from '../../../components/Pressable';
import type { NearbyHall } from '../../../shared/api/halls';
import { describeDistance, formatDayHours, formatDistance, formatQueue, LEVEL_LABEL } from '../../../shared/format/hall';
import './HallCard.scss';

export interface HallCardProps {
  hall: NearbyHall;
  onOpen: (hall: NearbyHall) => void;
}

/**
 * One hall in a list: what a citizen weighs before going: how far, open or not and until when,
 * how many people wait. Open/closed is said in words, never by colour alone.
 */
export function HallCard({ hall, onOpen }: HallCardProps) {
  const status = hall.openNow ? '营业中' : '休息中';
  // The card's spoken name is its visible text (so voice-control users can say what they see),
  // with the distance in words instead of "131m", which screen readers spell out.
  return (
    <Pressable className="yk-hall-card" testId="hall-card" role="link" onTap={() => onOpen(hall)}>
      <View className="yk-hall-card__head">
        <Text className="yk-hall-card__name">{hall.name}</Text>
        <Text className="yk-hall-card__distance" aria-hidden>
          {formatDistance(hall.distanceMeters)}
        </Text>
        <Text className="yk-visually-hidden">，距离{describeDistance(hall.distanceMeters)}</Text>
      </View>
      <View className="yk-hall-card__meta">
        <Text className="yk-badge yk-badge--level">{LEVEL_LABEL[hall.level]}</Text>
        <Text className={`yk-badge ${hall.openNow ? 'yk-badge--open' : 'yk-badge--closed'}`}>{status}</Text>
        <Text className="yk-hall-card__hours">今日 {formatDayHours(hall.today)}</Text>
      </View>
      <Text className="yk-hall-card__address">{hall.address}</Text>
      {hall.openNow && <Text className="yk-hall-card__queue">{formatQueue(hall.queue.waiting, hall.queue.estimatedWaitMinutes)}</Text>}
    </Pressable>
  );
}
