import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Page } from '../../../../components/Page';
import { Pressable } from '../../../../components/Pressable';
import { StateView } from '../../../../components/StateView';
import { UnauthorizedError } from '../../../../core/http/errors';
import { useCursorList } from '../../../../core/hooks/useCursorList';
import { applyingService } from '../../../../features/applying/applyingService';
import { SignedOut } from '../../../../features/identity/components/SignedOut';
import { useSignedIn } from '../../../../features/identity/usePersonal';
import type { CaseListEntry } from '../../../../shared/api/cases';
import { ROUTES } from '../../../../routes';
import '../../../../features/applying/applying.scss';

/** 我的办件: the citizen's applications, newest first, each opening its details. */
export default function ApplicationsPage() {
  const signedIn = useSignedIn();
  const list = useCursorList<CaseListEntry>((cursor) => applyingService.applications(cursor), String(signedIn));
  return (
    <Page className="yk-applications">
      {list.status === 'loading' && <StateView kind="loading" label="正在加载我的办件…" />}
      {list.status === 'error' && (list.error instanceof UnauthorizedError ? <SignedOut back={ROUTES.applications} /> : <StateView kind="error" error={list.error} onRetry={() => void list.reload()} />)}
      {list.status === 'success' && list.items.length === 0 && <StateView kind="empty" title="还没有办件" hint="在办事指南中点“在线办理”，提交后在这里查看进度。" />}
      {list.items.length > 0 && (
        <View className="yk-card" role="list" aria-label="我的办件" data-testid="applications">
          {list.items.map((a) => (
            <Pressable key={a.id} className="yk-apply-row" role="link" testId="application-row" onTap={() => void Taro.navigateTo({ url: ROUTES.application(a.id) })}>
              <View className="yk-apply-row__value">
                <Text className="yk-apply-row__label">{a.itemName}</Text>
                <Text className="yk-apply-line">
                  {a.number} · {a.statusLabel}{a.deadline ? ` · 承诺 ${a.deadline.promisedDate} 前办结` : ''}
                </Text>
              </View>
            </Pressable>
          ))}
          {list.hasMore && (
            <Pressable className="yk-link" disabled={list.more === 'loading'} onTap={() => void list.loadMore()}>
              {list.more === 'loading' ? '正在加载…' : list.more === 'error' ? '加载失败，点此重试' : '加载更多'}
            </Pressable>
          )}
        </View>
      )}
    </Page>
  );
}
