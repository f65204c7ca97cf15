import { Text, View } from '@tarojs/components';
import type { DaySchedule } from '../../../shared/api/halls';
import { formatDayHours, weekdayLabel } from '../../../shared/format/hall';
import './WeekHours.scss';

/** The coming seven days as the hall will really keep them: holidays closed, 调休 days open. */
export function WeekHours({ week }: { week: DaySchedule[] }) {
  return (
    <View className="yk-week" role="list" aria-label="未来七天办公时间">
      {week.map((day, i) => {
        const today = i === 0;
        const closed = day.ranges.length === 0;
        return (
          <View
            key={day.date}
            role="listitem"
            className={`yk-week__row ${today ? 'yk-week__row--today' : ''}`}
            aria-current={today ? 'date' : undefined}
            data-testid="week-row"
          >
            <Text className="yk-week__day">
              {today ? '今天' : weekdayLabel(day.weekday)} {day.date.slice(5).replace('-', '/')}
            </Text>
            <Text className={`yk-week__hours ${closed ? 'yk-week__hours--closed' : ''}`}>{formatDayHours(day)}</Text>
          </View>
        );
      })}
    </View>
  );
}
