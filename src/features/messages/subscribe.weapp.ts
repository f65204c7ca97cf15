import Taro from '@tarojs/taro';
import type { SubscribeAnswer } from '../../shared/api/messages';
import { SUBSCRIBE_ANSWERS } from '../../shared/api/messages';
import type { SubscribeApi } from './subscribe.types';

export type { SubscribeApi, SubscribeOutcome } from './subscribe.types';

const isAnswer = (v: unknown): v is SubscribeAnswer => (SUBSCRIBE_ANSWERS as readonly unknown[]).includes(v);

/** WeChat's dialog. Must run inside the tap's handler: WeChat refuses it otherwise. */
export const subscribeApi: SubscribeApi = {
  supported: true,
  async request(templateIds) {
    const tmplIds = templateIds.slice(0, 3);
    try {
      // Taro's type also demands Alipay's entityIds; WeChat takes tmplIds alone
      // the answer is keyed by template id; Taro's type unions it with the failure shape
      const res = (await Taro.requestSubscribeMessage({ tmplIds } as Taro.requestSubscribeMessage.Option)) as Taro.requestSubscribeMessage.SuccessCallbackResult;
      const answers: Record<string, SubscribeAnswer> = {};
      for (const id of tmplIds) if (isAnswer(res[id])) answers[id] = res[id];
      return { kind: 'answered', answers };
    } catch (e) {
      // errCode 20004: the citizen turned off subscriptions in settings; others: platform errors
      return { kind: 'failed', reason: (e as { errMsg?: string })?.errMsg ?? 'requestSubscribeMessage failed' };
    }
  },
};
