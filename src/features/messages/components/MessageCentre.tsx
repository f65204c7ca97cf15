import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { Pressable } from '../../../components/Pressable';
import { StateView } from '../../../components/StateView';
import { UnauthorizedError } from '../../../core/http/errors';
import { useCursorList } from '../../../core/hooks/useCursorList';
import type { Message, MessageCategory, UnreadCounts } from '../../../shared/api/messages';
import { MESSAGE_CATEGORIES, MESSAGE_CATEGORY_LABELS } from '../../../shared/api/messages';
import { ROUTES } from '../../../routes';
import { SignedOut } from '../../identity/components/SignedOut';
import { formatDateTime } from '../../identity/labels';
import { useSignedIn } from '../../identity/usePersonal';
import { messagesService } from '../messagesService';
import { refreshUnread, setUnread, unreadWords } from '../unread';
import '../messages.scss';

/**
 * 消息中心: the citizen's notices newest first, filtered by category (each filter says how many
 * are unread); an unread message says 未读 in words, not only by colour or weight. Opening one
 * marks it read and opens its case.
 */
export function MessageCentre() {
  const signedIn = useSignedIn();
  const [category, setCategory] = useState<MessageCategory | undefined>(undefined);
  const [unread, setUnreadCounts] = useState<UnreadCounts | null>(null);
  // read on this screen since the last load: shown read at once, whatever the network does
  const [readHere, setReadHere] = useState<ReadonlySet<string>>(new Set());
  const [failure, setFailure] = useState<string | null>(null);
  const list = useCursorList<Message>(
    async (cursor) => {
      const page = await messagesService.list(category, cursor);
      setUnreadCounts(page.unread);
      setUnread(page.unread.total);
      return page;
    },
    `${String(signedIn)}:${category ?? 'all'}`,
  );

  const isRead = (m: Message) => m.read || readHere.has(m.id);

  const open = (m: Message) => {
    if (!isRead(m)) {
      setReadHere((s) => new Set(s).add(m.id));
      setUnreadCounts((u) => (u ? { total: Math.max(0, u.total - 1), byCategory: { ...u.byCategory, [m.category]: Math.max(0, u.byCategory[m.category] - 1) } } : u));
      messagesService.read(m.id).then(
        () => void refreshUnread(),
        () => undefined, // still unread on the server: it shows as unread next time, nothing is lost
      );
    }
    // a complaint's reply opens the complaint; every other message its case
    void Taro.navigateTo({ url: m.complaintId ? ROUTES.complaint(m.complaintId) : ROUTES.application(m.applicationId) });
  };

  const readAll = async () => {
    setFailure(null);
    try {
      const counts = await messagesService.readAll(category);
      setUnreadCounts(counts);
      setUnread(counts.total);
      setReadHere(new Set(list.items.map((m) => m.id)));
    } catch {
      setFailure('未能全部标为已读，请稍后再试');
    }
  };

  if (list.status === 'error' && list.error instanceof UnauthorizedError) return <SignedOut back={ROUTES.messages} />;
  const shownUnread = category ? unread?.byCategory[category] ?? 0 : unread?.total ?? 0;

  return (
    <>
      <View className="yk-card yk-messages__head">
        <Text className="yk-messages__title" role="heading" aria-level={1}>
          消息中心
        </Text>
        <Text className="yk-messages__summary" data-testid="unread-summary">
          {unread ? (unread.total > 0 ? `共${unread.total}条未读` : '没有未读消息') : ''}
        </Text>
        <View className="yk-messages__filters" role="group" aria-label="按分类查看">
          {[undefined, ...MESSAGE_CATEGORIES].map((c) => {
            const n = c ? unread?.byCategory[c] ?? 0 : unread?.total ?? 0;
            const name = c ? MESSAGE_CATEGORY_LABELS[c] : '全部';
            return (
              <Pressable key={c ?? 'all'} className={`yk-chip ${category === c ? 'yk-chip--on' : ''}`} pressed={category === c} testId={`filter-${c ?? 'all'}`} label={n > 0 ? `${name}，${unreadWords(n)}` : name} onTap={() => setCategory(c)}>
                <Text>{name}</Text>
                {n > 0 && <Text className="yk-messages__count">{n}</Text>}
              </Pressable>
            );
          })}
        </View>
        {shownUnread > 0 && (
          <Pressable className="yk-link" testId="read-all" onTap={() => void readAll()}>
            全部标为已读
          </Pressable>
        )}
        {failure && (
          <Text className="yk-messages__failure" role="alert">
            {failure}
          </Text>
        )}
      </View>

      {list.status === 'loading' && <StateView kind="loading" label="正在加载消息…" />}
      {list.status === 'error' && <StateView kind="error" title="消息加载失败" error={list.error} onRetry={() => void list.reload()} />}
      {list.status === 'success' && list.items.length === 0 && (
        <StateView kind="empty" title={category ? `没有${MESSAGE_CATEGORY_LABELS[category]}消息` : '还没有消息'} hint="提交申请后，受理、补正、办结和寄递的通知都会出现在这里。" />
      )}
      {list.items.length > 0 && (
        <View className="yk-card" role="list" aria-label="消息列表" data-testid="messages">
          {list.items.map((m) => {
            const read = isRead(m);
            return (
              <View key={m.id} role="listitem">
                <Pressable className={`yk-messages__row ${read ? '' : 'yk-messages__row--unread'}`} role="link" testId="message-row" onTap={() => open(m)}>
                  <View className="yk-messages__line">
                    {!read && <Text className="yk-messages__unread">未读</Text>}
                    <Text className="yk-messages__category">{MESSAGE_CATEGORY_LABELS[m.category]}</Text>
                    <Text className="yk-messages__at">{formatDateTime(m.at)}</Text>
                  </View>
                  <Text className="yk-messages__row-title">{m.title}</Text>
                  <Text className="yk-messages__body">{m.body}</Text>
                  <Text className="yk-messages__number">办件编号 {m.number} · 查看办件</Text>
                </Pressable>
              </View>
            );
          })}
          {list.hasMore && (
            <Pressable className="yk-link" disabled={list.more === 'loading'} onTap={() => void list.loadMore()}>
              {list.more === 'loading' ? '正在加载…' : list.more === 'error' ? '加载失败，点此重试' : '加载更多'}
            </Pressable>
          )}
        </View>
      )}
    </>
  );
}
