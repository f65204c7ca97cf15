import { Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { Page } from '../../../../components/Page';
import { Pressable } from '../../../../components/Pressable';
import { StateView } from '../../../../components/StateView';
import { useCursorList } from '../../../../core/hooks/useCursorList';
import { UnauthorizedError } from '../../../../core/http/errors';
import { onSessionChange } from '../../../../core/session/session';
import { SignedOut } from '../../../../features/identity/components/SignedOut';
import { identityService } from '../../../../features/identity/identityService';
import { DATA_USE_LABEL, formatDateTime } from '../../../../features/identity/labels';
import { ROUTES } from '../../../../routes';
import '../../me.scss';

/** 数据使用记录: every time a certificate or personal field was used or shown — what, when, for what, by whom. */
export default function DataUsePage() {
  // a new session (signed in under this page) starts the list over
  const [sessionKey, setSessionKey] = useState(0);
  useEffect(() => onSessionChange(() => setSessionKey((k) => k + 1)), []);
  const list = useCursorList((cursor) => identityService.dataUse(cursor), `data-use-${sessionKey}`);

  return (
    <Page className="yk-data-use">
      <View className="yk-card">
        <Text className="yk-me-page__heading" role="heading" aria-level={1}>
          数据使用记录
        </Text>
        <Text className="yk-me-page__note">您的证照和个人信息每被使用或查看一次，都记在这里。</Text>
      </View>
      {(list.status === 'loading' || list.status === 'idle') && <StateView kind="loading" label="正在加载记录…" />}
      {list.status === 'error' &&
        (list.error instanceof UnauthorizedError ? <SignedOut back={ROUTES.dataUse} /> : <StateView kind="error" error={list.error} onRetry={() => void list.reload()} />)}
      {list.status === 'success' && list.items.length === 0 && <StateView kind="empty" title="还没有使用记录" hint="办事时使用证照或查看完整信息后，会在这里留下记录。" />}
      {list.status === 'success' && list.items.length > 0 && (
        <View className="yk-card" role="list" aria-label="数据使用记录">
          {list.items.map((r) => (
            <View key={r.id} role="listitem" className="yk-me-page__row" data-testid="data-use-row">
              <Text className="yk-me-page__title">
                {DATA_USE_LABEL[r.action]}：{r.subject}
              </Text>
              <Text>用途：{r.purpose}</Text>
              <Text className="yk-me-page__note">
                {formatDateTime(r.at)} · 操作人：{r.actor}
              </Text>
            </View>
          ))}
          {list.more === 'error' && (
            <Text className="yk-field__error" role="alert">
              加载更多失败，请重试
            </Text>
          )}
          {list.hasMore && (
            <Pressable className="yk-button yk-button--ghost" disabled={list.more === 'loading'} onTap={() => void list.loadMore()}>
              {list.more === 'loading' ? '正在加载…' : '加载更多'}
            </Pressable>
          )}
        </View>
      )}
    </Page>
  );
}
