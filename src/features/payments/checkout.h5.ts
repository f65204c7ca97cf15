import type { CheckoutApi } from './checkout.types';
import { openCashier } from './cashierRoute';

export type { CheckoutApi, CheckoutOutcome } from './checkout.types';

/** Browsers have no WeChat Pay here: the H5 build always pays at the mock cashier (演示环境). */
export const checkout: CheckoutApi = {
  async start(payment) {
    await openCashier(payment.id, payment.applicationId);
    return 'cashier';
  },
};
