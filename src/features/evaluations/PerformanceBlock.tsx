import { Text, View } from '@tarojs/components';
import { useAsync } from '../../core/hooks/useAsync';
import { RATING_LEVELS, RATING_LEVEL_LABELS } from '../../shared/api/evaluations';
import { evaluationsService } from './evaluationsService';
import { percent } from './format';
import './evaluations.scss';

/**
 * 办理情况 on a guide: the item's published figures with their period and sample size, in counts
 * before shares, the rating spread level by level, and what became of the bad ratings. Mounted
 * after the guide has rendered (its own request), so it never holds the first screen; a failure
 * says so in one line and leaves the guide alone.
 */
export function PerformanceBlock({ itemId }: { itemId: string }) {
  const figures = useAsync(() => evaluationsService.performance(itemId), [itemId]);
  return (
    <View className="yk-card yk-perf" data-testid="performance">
      <Text className="yk-section-title" role="heading" aria-level={2}>
        办理情况
      </Text>
      {figures.status === 'loading' && <Text className="yk-perf__line">正在读取办理情况…</Text>}
      {figures.status === 'error' && <Text className="yk-perf__line">办理情况暂时无法显示。</Text>}
      {figures.status === 'success' &&
        (() => {
          const p = figures.data;
          const bad = p.ratings.bad;
          return (
            <>
              <Text className="yk-perf__line" data-testid="performance-period">
                统计期 {p.period.from} 至 {p.period.to}，共办结 {p.cases} 件
              </Text>
              <Text className="yk-perf__figure" data-testid="performance-on-time">
                按时办结 {p.onTime} 件（{percent(p.onTime, p.cases)}）
              </Text>
              <Text className="yk-perf__line">
                平均用时 {p.averageWorkingDays} 个工作日，承诺 {p.promisedDays} 个工作日
              </Text>
              <Text className="yk-perf__figure">收到评价 {p.ratings.total} 条</Text>
              <View className="yk-perf__levels" role="list" aria-label="评价分布">
                {RATING_LEVELS.map((l) => (
                  <Text key={l} role="listitem" className="yk-perf__level">
                    {RATING_LEVEL_LABELS[l]} {p.ratings.levels[l]}
                  </Text>
                ))}
              </View>
              <Text className="yk-perf__line" data-testid="performance-bad">
                差评 {bad.total} 条，已整改 {bad.rectified} 条（群众认可 {bad.confirmed} 条），整改中 {bad.inProgress} 条
                {bad.appealUpheld > 0 ? `；另有 ${bad.appealUpheld} 条经部门申诉核实为误评，不计入` : ''}
              </Text>
              <Text className="yk-perf__note">演示数据：由模拟的历史办件生成。</Text>
            </>
          );
        })()}
    </View>
  );
}
