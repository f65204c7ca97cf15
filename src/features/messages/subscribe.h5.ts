import type { SubscribeApi } from './subscribe.types';

export type { SubscribeApi, SubscribeOutcome } from './subscribe.types';

/** Browsers have no WeChat subscribe messages: notices reach the message centre and, for results, SMS. */
export const subscribeApi: SubscribeApi = {
  supported: false,
  async request() {
    return { kind: 'failed', reason: 'not supported on H5' };
  },
};
