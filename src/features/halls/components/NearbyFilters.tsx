import { Text, View } from '@tarojs/components';
import { Pressable } from '../../../components/Pressable';
import { HALL_LEVELS, type HallLevel } from '../../../shared/api/halls';
import { LEVEL_LABEL } from '../../../shared/format/hall';
import type { NearbyFilters as Filters } from '../useNearbyHalls';
import './NearbyFilters.scss';

export interface NearbyFiltersProps {
  value: Filters;
  onChange: (next: Filters) => void;
}

const OPTIONS: Array<{ level?: HallLevel; label: string }> = [
  { label: '全部' },
  ...HALL_LEVELS.map((level) => ({ level, label: LEVEL_LABEL[level] })),
];

/** Level chips and the open-now toggle: each a real toggle with its pressed state announced. */
export function NearbyFilters({ value, onChange }: NearbyFiltersProps) {
  return (
    <View className="yk-filters">
      <View className="yk-filters__levels" role="group" aria-label="按层级筛选">
        {OPTIONS.map((o) => {
          const selected = value.level === o.level;
          return (
            <Pressable
              key={o.label}
              className={`yk-chip ${selected ? 'yk-chip--on' : ''}`}
              pressed={selected}
              testId={`level-${o.level ?? 'all'}`}
              onTap={() => onChange({ ...value, level: o.level })}
            >
              <Text>{o.label}</Text>
            </Pressable>
          );
        })}
      </View>
      <Pressable
        className={`yk-chip yk-chip--toggle ${value.openNow ? 'yk-chip--on' : ''}`}
        role="switch"
        checked={value.openNow}
        testId="open-now"
        onTap={() => onChange({ ...value, openNow: !value.openNow })}
      >
        <Text>{value.openNow ? '✓ ' : ''}只看营业中</Text>
      </Pressable>
    </View>
  );
}
