import Taro from '@tarojs/taro';
import { ROUTES } from '../../routes';

/** Taro's event the cashier page sends when it goes back: the payment's id. */
export const PAYMENT_RETURNED = 'yk:payment-returned';

export function openCashier(paymentId: string, applicationId: string): Promise<unknown> {
  return Taro.navigateTo({ url: ROUTES.cashier(paymentId, applicationId) });
}

export function announcePaymentReturned(paymentId: string): void {
  Taro.eventCenter.trigger(PAYMENT_RETURNED, paymentId);
}
