/**
 * What the payments slice keeps, one journaled collection each (a restart keeps it,
 * `world.reset()` forgets it). Fee notices are keyed by application id (one notice per
 * application); payments by their id; idempotency keys by a hash of user and key.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { PaymentStatus, RequestPaymentParams } from '../../src/shared/api/applications';
import type { World } from '../world';

/** Stored states of a notice; `paying` and `expired` are worked out when it is shown. */
export type FeeNoticeState = 'unpaid' | 'paid' | 'refunded' | 'void';

export interface FeeNoticeRecord {
  applicationId: string;
  userId: string;
  itemId: string;
  items: Array<{ name: string; amountFen: number }>;
  totalFen: number;
  /** 缴款码, see fee-code.ts */
  code: string;
  issuedAt: string;
  /** `YYYY-MM-DD`: payable until the end of this Beijing day */
  deadline: string;
  state: FeeNoticeState;
  paidAt?: string;
  /** the payment that settled it */
  paymentId?: string;
  refundedAt?: string;
  refundReason?: string;
  /** the application ended before anything was paid: the notice can no longer be paid */
  voidedAt?: string;
}

export interface PaymentRecord {
  id: string;
  userId: string;
  applicationId: string;
  amountFen: number;
  status: PaymentStatus;
  createdAt: string;
  /** WeChat's prepay_id is good for 2 hours; after that a new payment is made */
  expiresAt: string;
  paidAt?: string;
  failedAt?: string;
  closedAt?: string;
  refundedAt?: string;
  requestPayment: RequestPaymentParams;
}

export interface IdempotencyRecord {
  userId: string;
  applicationId: string;
  paymentId: string;
}

/** The simulated merchant (商户号) and its API v3 signing key, generated once per data folder. */
export interface MerchantRecord {
  mchId: string;
  privateKeyPem: string;
  publicKeyPem: string;
}

export function paymentCollections(world: World) {
  return {
    notices: world.collection<FeeNoticeRecord>('payments-fee-notices'),
    payments: world.collection<PaymentRecord>('payments-payments'),
    keys: world.collection<IdempotencyRecord>('payments-idempotency'),
    merchant: world.collection<MerchantRecord>('payments-merchant'),
  };
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function newId(prefix: string): string {
  return `${prefix}_${randomBytes(12).toString('base64url')}`;
}
