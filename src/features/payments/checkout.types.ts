import type { Payment } from '../../shared/api/applications';

/**
 * How the citizen pays a payment the server made. Whatever this answers, the outcome is read
 * from the server afterwards (GET /payments/:id): WeChat Pay notifies the server, and the
 * client's callback is never proof of payment.
 *
 * - `returned`: the platform's payment sheet closed (it may or may not have paid);
 * - `cancelled`: the citizen closed it without paying;
 * - `cashier`: the mock cashier page was opened; it reports back with `PAYMENT_RETURNED`.
 */
export type CheckoutOutcome = 'returned' | 'cancelled' | 'cashier';

export interface CheckoutApi {
  start(payment: Payment): Promise<CheckoutOutcome>;
}
