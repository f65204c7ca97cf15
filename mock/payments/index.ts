/**
 * The payments slice: fee notices (缴款通知书), WeChat Pay payments signed by the mock, refunds.
 * For the applications slice: `feeQuoteFor` (a draft's `fee`), `issueFeeNotice` (at submission),
 * `feeNoticeOf` (Application.fee), `isFeeSettled`, `onFeePaid` (move the application on) and
 * `refundFee` (after a refusal).
 */
export type { FeeApplicationRef, FeePaidEvent, RefundOutcome } from './fees';
export { FEE_DEADLINE_DAYS, feeNoticeOf, feeQuoteFor, isFeeSettled, issueFeeNotice, onFeePaid, refundFee } from './fees';
export { isValidFeeCode } from './fee-code';
export { merchantPublicKey, paySignMessage, verifyPaySign } from './merchant';
export { paymentDevRoutes, paymentRoutes } from './routes';
