import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Pressable } from '../../../components/Pressable';
import { StateView } from '../../../components/StateView';
import { useAsync } from '../../../core/hooks/useAsync';
import type { OutboxChannel, OutboxMessage } from '../../../shared/api/dev';
import { routeOfPagePath } from '../../../shared/messages/casePage';
import { formatDateTime } from '../../identity/labels';
import { messagesService } from '../messagesService';
import '../messages.scss';

const CHANNEL_LABELS: Record<OutboxChannel, string> = {
  sms: '短信',
  subscribe: '小程序订阅消息',
  official_account: '服务号模板消息',
};

/**
 * 演示：消息发件箱. What the mock would have sent, newest first (at most 50): channel, masked
 * recipient, template, the page the message opens (tap: the case opens, as it would from WeChat)
 * and every data field. For reviewers; nothing here is really sent.
 */
export function OutboxList() {
  const outbox = useAsync(() => messagesService.outbox(), []);
  return (
    <>
      <View className="yk-card yk-messages__head">
        <Text className="yk-messages__title" role="heading" aria-level={1}>
          演示：消息发件箱
        </Text>
        <Text className="yk-messages__summary">演示环境不真正发送消息。这里列出本应发出的短信、订阅消息和服务号消息（最近50条），收件人已脱敏。</Text>
        <Pressable className="yk-link" onTap={outbox.retry}>
          刷新
        </Pressable>
      </View>
      {outbox.status === 'loading' && <StateView kind="loading" label="正在读取发件箱…" />}
      {outbox.status === 'error' && <StateView kind="error" error={outbox.error} onRetry={outbox.retry} />}
      {outbox.status === 'success' && outbox.data.length === 0 && <StateView kind="empty" title="发件箱是空的" hint="提交申请或用演示控制推进办件后，这里会出现通知。" />}
      {outbox.status === 'success' && outbox.data.length > 0 && (
        <View role="list" aria-label="已发出的消息" data-testid="outbox">
          {outbox.data.map((m) => (
            <OutboxRow key={m.id} m={m} />
          ))}
        </View>
      )}
    </>
  );
}

function OutboxRow({ m }: { m: OutboxMessage }) {
  const page = m.page ?? m.miniprogram?.pagepath;
  return (
    <View className="yk-card yk-outbox" role="listitem" data-testid="outbox-row">
      <Text className="yk-messages__row-title">{CHANNEL_LABELS[m.channel]}</Text>
      <Text className="yk-outbox__line">
        {formatDateTime(m.at)} · 收件人 {m.to}
      </Text>
      {m.templateId && <Text className="yk-outbox__line">模板：{m.text}（{m.templateId}）</Text>}
      {!m.templateId && <Text className="yk-outbox__line">{m.text}</Text>}
      {m.miniprogram && <Text className="yk-outbox__line">小程序 {m.miniprogram.appid}</Text>}
      {m.data && (
        <View className="yk-outbox__data">
          {Object.entries(m.data).map(([key, { value }]) => (
            <Text key={key} className="yk-outbox__line">
              {key}：{value}
            </Text>
          ))}
        </View>
      )}
      {page && (
        <Pressable className="yk-link" role="link" testId="outbox-page" onTap={() => void Taro.navigateTo({ url: routeOfPagePath(page) })}>
          打开页面 {page}
        </Pressable>
      )}
    </View>
  );
}
