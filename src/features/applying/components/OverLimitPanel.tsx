import { Text, View } from '@tarojs/components';
import type { FormValues } from '../../../shared/forms/types';
import { overLimitFromValues } from '../../../shared/forms/over-limit';

/**
 * 超限运输: as the citizen types the vehicle's numbers, whether it is over the limit, why, and
 * which permit class (and so how many working days the decision takes) follows. Said in words
 * in a live region, so a screen reader hears the result change.
 */
export function OverLimitPanel({ values }: { values: FormValues }) {
  const result = overLimitFromValues(values);
  return (
    <View className="yk-card" data-testid="over-limit" aria-live="polite">
      <Text className="yk-section-title" role="heading" aria-level={2}>
        超限认定
      </Text>
      {!result ? (
        <Text className="yk-apply-line">填写轴数、车货总质量和长宽高后，这里会显示是否超限及许可类别。</Text>
      ) : result.over ? (
        <>
          <Text className="yk-apply-line" data-testid="over-limit-class">
            属于超限运输（{result.class}），公路管理机构自受理之日起{result.decisionDays}个工作日内作出决定。
          </Text>
          {result.reasons.map((r) => (
            <Text key={r} className="yk-apply-line">
              · {r}
            </Text>
          ))}
        </>
      ) : (
        <Text className="yk-apply-line" data-testid="over-limit-class">
          按所填数据未超过限定标准，无需办理超限运输许可。
        </Text>
      )}
    </View>
  );
}
