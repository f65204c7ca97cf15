import { Text, View } from '@tarojs/components';
import { Pressable } from '../../../components/Pressable';
import type { ItemSummary } from '../../../shared/api/catalog';
import { LEVEL_LABEL } from '../../../shared/format/hall';
import { coverageText, itemBadges, ITEM_TYPE_LABEL, timeLimitText } from '../labels';
import { Highlighted } from './Highlighted';
import './ItemRow.scss';

/** One service item in a list: its name (matches marked), who handles it, how fast, how. */
export function ItemRow({ item, onOpen }: { item: ItemSummary; onOpen: (item: ItemSummary) => void }) {
  const badges = itemBadges(item);
  const coverage = coverageText(item);
  return (
    <Pressable className="yk-item-row" role="link" testId="item-row" onTap={() => onOpen(item)}>
      <Highlighted className="yk-item-row__name" text={item.name} ranges={item.highlight} />
      <Text className="yk-item-row__dept">
        {item.department} · {LEVEL_LABEL[item.level]} · {ITEM_TYPE_LABEL[item.type]}
      </Text>
      <View className="yk-item-row__meta">
        <Text className="yk-item-row__time">{timeLimitText(item)}</Text>
        {coverage && <Text className="yk-item-row__time">{coverage}</Text>}
        {badges.map((b) => (
          <Text key={b} className="yk-badge yk-badge--open">
            {b}
          </Text>
        ))}
      </View>
    </Pressable>
  );
}
