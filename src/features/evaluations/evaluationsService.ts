import { call } from '../../core/http/client';
import type { EvaluationChange, EvaluationInput } from '../../shared/api/evaluations';

/** Typed calls of 好差评 (EvaluationsApi). */
export const evaluationsService = {
  /** Idempotent: the same key answers the same rating, never a second one. */
  rate: (applicationId: string, input: EvaluationInput, idempotencyKey: string) =>
    call('POST /applications/:id/evaluations', { params: { id: applicationId }, body: input, headers: { 'Idempotency-Key': idempotencyKey } }),
  ofCase: (applicationId: string) => call('GET /applications/:id/evaluations', { params: { id: applicationId } }),
  /** 我的评价: every rating given, newest first */
  mine: () => call('GET /evaluations'),
  evaluation: (id: string) => call('GET /evaluations/:id', { params: { id } }),
  change: (id: string, input: EvaluationChange) => call('PUT /evaluations/:id', { params: { id }, body: input }),
  confirm: (id: string) => call('POST /evaluations/:id/confirm', { params: { id } }),
  appeal: (id: string, reason: string) => call('POST /evaluations/:id/appeal', { params: { id }, body: { reason } }),
  performance: (itemId: string) => call('GET /items/:id/performance', { params: { id: itemId } }, { retries: 1 }),
};
