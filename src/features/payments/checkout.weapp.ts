import Taro from '@tarojs/taro';
import type { CheckoutApi } from './checkout.types';
import { openCashier } from './cashierRoute';

export type { CheckoutApi, CheckoutOutcome } from './checkout.types';

/**
 * WeChat Pay's own sheet only where the server really signs with a merchant key: a build made
 * with TARO_APP_WECHAT_PAY=real. Every other build talks to the mock, whose signature WeChat
 * would refuse, so it opens the mock cashier page instead.
 */
const REAL_WECHAT_PAY = process.env.TARO_APP_WECHAT_PAY === 'real';

export const checkout: CheckoutApi = {
  async start(payment) {
    if (!REAL_WECHAT_PAY) {
      await openCashier(payment.id, payment.applicationId);
      return 'cashier';
    }
    try {
      await Taro.requestPayment({ ...payment.requestPayment });
      return 'returned';
    } catch (e) {
      return /cancel/i.test((e as { errMsg?: string })?.errMsg ?? '') ? 'cancelled' : 'returned';
    }
  },
};
