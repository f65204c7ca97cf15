import { Text, View } from '@tarojs/components';
import { Pressable } from '../../../components/Pressable';
import { StateView } from '../../../components/StateView';
import { UnauthorizedError } from '../../../core/http/errors';
import type { CursorList } from '../../../core/hooks/useCursorList';
import { CASE_TABS, CASE_TAB_LABELS, type CaseList, type CaseListEntry, type CaseTab } from '../../../shared/api/cases';
import { SignedOut } from '../../identity/components/SignedOut';
import { timeWords } from '../labels';
import { DeadlineBadge } from './Deadline';
import '../cases.scss';

/** Why a tab is empty, and what the citizen might do. */
const EMPTY: Record<CaseTab, { title: string; hint: string }> = {
  all: { title: '还没有办件', hint: '在办事指南中点“在线办理”提交申请后，办件会显示在这里，可以随时查看进度。' },
  draft: { title: '没有草稿', hint: '在办事指南中点“在线办理”开始填写，未提交的申请会保存在这里。' },
  in_progress: { title: '没有办理中的办件', hint: '提交的申请在受理、审查期间显示在这里。' },
  supplement: { title: '没有需要补正的办件', hint: '部门要求补充材料时，会在这里提醒您。' },
  payment: { title: '没有待缴费的办件', hint: '需要缴费的办件会显示在这里。' },
  done: { title: '还没有办结的办件', hint: '办结（准予或不予）的办件显示在这里。' },
  withdrawn: { title: '没有撤回的办件', hint: '受理前撤回的申请显示在这里。' },
};

export interface CaseListViewProps {
  tab: CaseTab;
  onTab: (tab: CaseTab) => void;
  counts: CaseList['counts'] | null;
  list: CursorList<CaseListEntry>;
  onOpen: (entry: CaseListEntry) => void;
  /** the route to come back to after signing in */
  back: string;
}

/** 我的办件: tabs by state with their counts, then the chosen tab's cases, newest first. */
export function CaseListView({ tab, onTab, counts, list, onOpen, back }: CaseListViewProps) {
  const signedOut = list.status === 'error' && list.error instanceof UnauthorizedError;
  if (signedOut) return <SignedOut back={back} title="登录后查看我的办件" />;
  return (
    <>
      <View className="yk-card yk-case-tabs" role="tablist" aria-label="办件状态">
        {CASE_TABS.map((t) => (
          <Pressable key={t} className={`yk-case-tabs__tab ${t === tab ? 'yk-case-tabs__tab--on' : ''}`} role="tab" selected={t === tab} testId={`case-tab-${t}`} onTap={() => onTab(t)}>
            <Text>{CASE_TAB_LABELS[t]}</Text>
            {counts && <Text className="yk-case-tabs__count">{` ${counts[t]}`}</Text>}
          </Pressable>
        ))}
      </View>
      <View className="yk-case-panel" data-testid="case-panel">
        {(list.status === 'loading' || list.status === 'idle') && <StateView kind="loading" label={`正在加载${CASE_TAB_LABELS[tab]}的办件…`} />}
        {list.status === 'error' && <StateView kind="error" title="我的办件加载失败" error={list.error} onRetry={() => void list.reload()} />}
        {list.status === 'success' && list.items.length === 0 && <StateView kind="empty" {...EMPTY[tab]} />}
        {list.items.length > 0 && (
          <View className="yk-card">
            <View role="list" aria-label={`${CASE_TAB_LABELS[tab]}的办件`} data-testid="applications">
            {list.items.map((e) => (
              <View key={e.id} role="listitem">
                <Pressable className="yk-list-row" role="link" testId="application-row" onTap={() => onOpen(e)}>
                  <Text className="yk-list-row__title">{e.itemName}</Text>
                  {e.number && <Text className="yk-list-row__line">办件编号 {e.number}</Text>}
                  <View className="yk-case-row__status">
                    <Text className="yk-case-row__state" data-testid="case-status">
                      {e.statusLabel}
                    </Text>
                    {e.deadline && e.kind === 'application' && <DeadlineBadge deadline={e.deadline} />}
                  </View>
                  {e.currentNode && <Text className="yk-list-row__line">{e.kind === 'draft' ? e.currentNode : `当前：${e.currentNode}`}</Text>}
                  <Text className="yk-list-row__line">
                    {e.kind === 'draft' ? '保存于' : '提交于'} {timeWords(e.at)}
                  </Text>
                </Pressable>
              </View>
            ))}
            </View>
            {list.hasMore && (
              <Pressable className="yk-link yk-case-more" disabled={list.more === 'loading'} testId="load-more" onTap={() => void list.loadMore()}>
                {list.more === 'loading' ? '正在加载…' : list.more === 'error' ? '加载失败，点此重试' : '加载更多'}
              </Pressable>
            )}
          </View>
        )}
      </View>
    </>
  );
}
