import { call } from '../../core/http/client';
import type { ComplaintFeedbackInput, ComplaintInput } from '../../shared/api/complaints';

/** Typed calls of 投诉 (ComplaintsApi). */
export const complaintsService = {
  /** Idempotent: the same key answers the same complaint, never a second one. */
  submit: (input: ComplaintInput, idempotencyKey: string) => call('POST /complaints', { body: input, headers: { 'Idempotency-Key': idempotencyKey } }),
  /** 我的投诉: newest first */
  mine: () => call('GET /complaints'),
  complaint: (id: string) => call('GET /complaints/:id', { params: { id } }),
  feedback: (id: string, input: ComplaintFeedbackInput) => call('POST /complaints/:id/feedback', { params: { id }, body: input }),
};
