import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { Pressable } from '../../../components/Pressable';
import type { SubscribeAnswer, TemplateKey } from '../../../shared/api/messages';
import { SUBSCRIBE_TEMPLATES, TEMPLATE_KEYS } from '../../../shared/api/messages';
import { ROUTES } from '../../../routes';
import { messagesService } from '../messagesService';
import { subscribeApi } from '../subscribe';
import '../messages.scss';

type State = { kind: 'idle' } | { kind: 'asking' } | { kind: 'answered'; accepted: TemplateKey[] } | { kind: 'failed'; text: string };

const TEMPLATE_IDS = TEMPLATE_KEYS.map((k) => SUBSCRIBE_TEMPLATES[k].id);
const titleOf = (k: TemplateKey) => SUBSCRIBE_TEMPLATES[k].title;

/**
 * 订阅办理通知 on the confirmation page. On the mini-program WeChat asks, in its own dialog, for
 * the three notices (progress, result, shipping): each accepted one brings exactly one WeChat
 * message. Whatever the answer, every notice is also in the message centre. A browser cannot
 * subscribe: the card says so and where notices arrive instead, never an empty space.
 */
export function SubscribeCard({ applicationId }: { applicationId: string }) {
  const [state, setState] = useState<State>({ kind: 'idle' });

  const subscribe = async () => {
    // WeChat's dialog opens only from a tap: the request is the first thing the tap does
    const asked = subscribeApi.request(TEMPLATE_IDS);
    setState({ kind: 'asking' });
    const outcome = await asked;
    if (outcome.kind === 'failed') {
      setState({ kind: 'failed', text: '未能打开订阅，可在微信“设置—通知”中检查是否允许接收订阅消息。办理进度仍会发到消息中心。' });
      return;
    }
    const accepted = TEMPLATE_KEYS.filter((k) => outcome.answers[SUBSCRIBE_TEMPLATES[k].id] === 'accept');
    try {
      await messagesService.subscribe({ applicationId, answers: outcome.answers as Record<string, SubscribeAnswer> });
      setState({ kind: 'answered', accepted });
    } catch {
      setState({ kind: 'failed', text: '订阅结果未能保存，请稍后重试。办理进度仍会发到消息中心。' });
    }
  };

  const openCentre = () => void Taro.navigateTo({ url: ROUTES.messages });

  return (
    <View className="yk-card yk-subscribe" data-testid="subscribe-card">
      <Text className="yk-section-title" role="heading" aria-level={2}>
        办理通知
      </Text>
      {!subscribeApi.supported ? (
        <Text className="yk-subscribe__text" data-testid="subscribe-explain">
          浏览器中不能订阅微信消息。受理、补正、办结和寄递的通知会发到“我的—消息中心”；未关注“渝快办”服务号时，办理进度和结果也会以短信告知您。
        </Text>
      ) : (
        <>
          <Text className="yk-subscribe__text">订阅后，{TEMPLATE_KEYS.map(titleOf).join('、')}会通过微信通知您；每订阅一次可收到一条。</Text>
          {state.kind !== 'answered' && (
            <Pressable className="yk-button yk-button--primary" testId="subscribe" disabled={state.kind === 'asking'} onTap={() => void subscribe()}>
              {state.kind === 'asking' ? '正在订阅…' : '订阅办理通知'}
            </Pressable>
          )}
        </>
      )}
      <View role="status" aria-live="polite">
        {state.kind === 'answered' && (
          <Text className="yk-subscribe__text" data-testid="subscribe-result">
            {state.accepted.length > 0 ? `已订阅：${state.accepted.map(titleOf).join('、')}。` : '您没有订阅微信通知。'}所有通知都会发到消息中心。
          </Text>
        )}
        {state.kind === 'failed' && <Text className="yk-subscribe__text">{state.text}</Text>}
      </View>
      <Pressable className="yk-link" role="link" testId="open-messages" onTap={openCentre}>
        打开消息中心
      </Pressable>
    </View>
  );
}
