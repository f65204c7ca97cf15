import { Text, View } from '@tarojs/components';
import { StateView } from '../../../components/StateView';
import { useCommandCentre } from '../useCommandCentre';
import { CaseRow } from './CaseRow';
import { CentreFilters } from './CentreFilters';
import { ClockPanel } from './ClockPanel';
import '../centre.scss';

/**
 * 办件指挥中心 (演示与审阅): every case of every level on one screen, as the article's big
 * screen shows them the moment they are filed, with red and yellow warnings, filters, the
 * reviewers' controls and the demo clock. `active`: the page is shown (polling stops when not).
 */
export function CommandCentre({ active, pollMs }: { active: boolean; pollMs?: number }) {
  const centre = useCommandCentre(active, pollMs);
  const { page } = centre;
  return (
    <View className="yk-centre">
      <Text className="yk-centre__demo">演示环境：此页供审阅和演示使用，操作直接作用于模拟服务器上的办件。</Text>
      {/* Polite and only changed when new cases arrive: a screen reader is not told every poll. */}
      <View className="yk-visually-hidden" role="status" aria-live="polite" data-testid="centre-announcer">
        {centre.announcement}
      </View>
      <ClockPanel clock={centre.clock} onChange={centre.changeClock} />
      <CentreFilters filter={centre.filter} page={page} onChange={centre.setFilter} />
      {centre.stale && (
        <Text className="yk-centre__error yk-centre__stale" role="alert">
          连接中断，正在重试；显示的可能不是最新情况
        </Text>
      )}
      {!page && !centre.error && <StateView kind="loading" label="正在加载办件…" />}
      {!page && centre.error !== null && <StateView kind="error" title="办件加载失败" error={centre.error} onRetry={centre.retry} />}
      {page && (
        <View className="yk-card yk-centre-list">
          <Text className="yk-centre__title" role="heading" aria-level={2} data-testid="centre-total">
            {`共${page.total}件${page.total > page.items.length ? `，显示最新${page.items.length}件` : ''}`}
          </Text>
          {page.items.length === 0 ? (
            <StateView kind="empty" title="没有符合条件的办件" hint="换一个层级或部门，或在“我的”中提交一件申请。" />
          ) : (
            <>
              <View className="yk-centre-head" aria-hidden="true">
                <Text>办件</Text>
                <Text>层级</Text>
                <Text>部门与当前节点</Text>
                <Text>状态</Text>
                <Text>时限</Text>
                <Text>操作</Text>
              </View>
              <View role="list" aria-label="办件" data-testid="centre-rows">
                {page.items.map((row) => (
                  <CaseRow key={row.id} row={row} act={centre.act} />
                ))}
              </View>
            </>
          )}
        </View>
      )}
    </View>
  );
}
