import { call } from '../../core/http/client';

/** Typed calls for fees and payments (ApplicationsApi, DevApi). */
export const paymentsService = {
  /** Idempotent: the same key answers the same payment, never a second charge. */
  pay: (applicationId: string, idempotencyKey: string) =>
    call('POST /applications/:id/payments', { params: { id: applicationId }, headers: { 'Idempotency-Key': idempotencyKey } }),
  payment: (id: string) => call('GET /payments/:id', { params: { id } }, { retries: 1 }),
  application: (id: string) => call('GET /applications/:id', { params: { id } }),
  /** dev only: the mock cashier plays WeChat Pay's notification to the server */
  notify: (id: string, result: 'success' | 'fail') => call('POST /dev/payments/:id/notify', { params: { id }, body: { result } }),
};
