import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';

export interface StatementSection {
  title: string;
  lines: string[];
}

/**
 * A public statement page's text (隐私政策, 无障碍声明): a titled head with one note, then one
 * card per section, each line a paragraph; `children` are the actions at the foot.
 */
export function Statement({ title, note, sections, children }: { title: string; note: string; sections: StatementSection[]; children: ReactNode }) {
  return (
    <>
      <View className="yk-card">
        <Text className="yk-me-page__heading" role="heading" aria-level={1}>
          {title}
        </Text>
        <Text className="yk-me-page__note">{note}</Text>
      </View>
      {sections.map((s) => (
        <View key={s.title} className="yk-card">
          <Text className="yk-me-page__title" role="heading" aria-level={2}>
            {s.title}
          </Text>
          {s.lines.map((l) => (
            <Text key={l} className="yk-me-page__para">
              · {l}
            </Text>
          ))}
        </View>
      ))}
      <View className="yk-card">{children}</View>
    </>
  );
}
