import { call } from '../../core/http/client';
import type { AppointmentInput } from '../../shared/api/applications';

/** Typed calls for appointments (预约), keyed by the contract's endpoint table. */
export const appointmentsService = {
  slots: (hallId: string, itemId: string, date: string) => call('GET /halls/:id/slots', { params: { id: hallId }, query: { itemId, date } }),
  list: () => call('GET /appointments'),
  /** Idempotent: the same key answers the same booking, never a second one. */
  book: (input: AppointmentInput, idempotencyKey: string) => call('POST /appointments', { body: input, headers: { 'Idempotency-Key': idempotencyKey } }),
  cancel: (id: string) => call('DELETE /appointments/:id', { params: { id } }),
};
