import { Text, View } from '@tarojs/components';
import { Pressable } from '../../../components/Pressable';
import type { CommandCentrePage } from '../../../shared/api/cases';
import { HALL_LEVELS } from '../../../shared/api/halls';
import { LEVEL_WORDS } from '../labels';
import type { CentreFilter } from '../useCommandCentre';

/**
 * The red and yellow warning counts (over the level and department chosen; a tap shows only
 * those cases, a second tap all again) and the level and department filters, as toggle buttons.
 */
export function CentreFilters({ filter, page, onChange }: { filter: CentreFilter; page: CommandCentrePage | null; onChange: (change: Partial<CentreFilter>) => void }) {
  const warnings = page?.warnings ?? { overdue: 0, atRisk: 0 };
  const departments = page?.departments ?? [];
  return (
    <View className="yk-card yk-centre-filters">
      <View className="yk-centre-warnings" role="group" aria-label="预警">
        <Pressable
          className={`yk-centre-warning yk-centre-warning--red ${filter.warning === 'overdue' ? 'yk-centre-warning--on' : ''}`}
          pressed={filter.warning === 'overdue'}
          testId="warning-overdue"
          onTap={() => onChange({ warning: filter.warning === 'overdue' ? undefined : 'overdue' })}
        >
          <Text className="yk-centre-warning__count">{warnings.overdue}</Text>
          <Text>件已超期（红色预警）</Text>
        </Pressable>
        <Pressable
          className={`yk-centre-warning yk-centre-warning--yellow ${filter.warning === 'at_risk' ? 'yk-centre-warning--on' : ''}`}
          pressed={filter.warning === 'at_risk'}
          testId="warning-at-risk"
          onTap={() => onChange({ warning: filter.warning === 'at_risk' ? undefined : 'at_risk' })}
        >
          <Text className="yk-centre-warning__count">{warnings.atRisk}</Text>
          <Text>件即将到期（黄色预警）</Text>
        </Pressable>
        {/* 投诉问责: a count to watch, each complaint is on its case's row */}
        <View className="yk-centre-warning yk-centre-warning--complaints" data-testid="open-complaints">
          <Text className="yk-centre-warning__count">{page?.openComplaints ?? 0}</Text>
          <Text>件投诉办理中</Text>
        </View>
      </View>
      <Text className="yk-centre__label">
        层级
      </Text>
      <View className="yk-centre__chips" role="group" aria-label="按层级筛选">
        <Pressable className={`yk-chip ${!filter.level ? 'yk-chip--on' : ''}`} pressed={!filter.level} testId="level-all" onTap={() => onChange({ level: undefined })}>
          全部层级
        </Pressable>
        {HALL_LEVELS.map((level) => (
          <Pressable key={level} className={`yk-chip ${filter.level === level ? 'yk-chip--on' : ''}`} pressed={filter.level === level} testId={`level-${level}`} onTap={() => onChange({ level })}>
            {LEVEL_WORDS[level]}
          </Pressable>
        ))}
      </View>
      <Text className="yk-centre__label">部门</Text>
      <View className="yk-centre__chips" role="group" aria-label="按部门筛选" data-testid="department-filter">
        <Pressable className={`yk-chip ${!filter.department ? 'yk-chip--on' : ''}`} pressed={!filter.department} onTap={() => onChange({ department: undefined })}>
          全部部门
        </Pressable>
        {departments.map((d) => (
          <Pressable key={d} className={`yk-chip ${filter.department === d ? 'yk-chip--on' : ''}`} pressed={filter.department === d} onTap={() => onChange({ department: d })}>
            {d}
          </Pressable>
        ))}
      </View>
    </View>
  );
}
