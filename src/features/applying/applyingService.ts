import { call } from '../../core/http/client';
import type { CreateDraftInput, DraftInput } from '../../shared/api/applications';

/** Typed calls for applying online (ApplicationsApi): drafts, submission, the citizen's applications. */
export const applyingService = {
  createDraft: (input: CreateDraftInput) => call('POST /drafts', { body: input }),
  drafts: () => call('GET /drafts'),
  draft: (id: string) => call('GET /drafts/:id', { params: { id } }),
  /** `version`: the server version the input was based on; a stale one answers 409 */
  saveDraft: (id: string, version: number, input: DraftInput) =>
    call('PUT /drafts/:id', { params: { id }, headers: { 'If-Match': String(version) }, body: input }),
  deleteDraft: (id: string) => call('DELETE /drafts/:id', { params: { id } }),
  /** the same key answers the first result again: a retry never files a second application */
  submit: (draftId: string, idempotencyKey: string) =>
    call('POST /applications', { headers: { 'Idempotency-Key': idempotencyKey }, body: { draftId } }),
  application: (id: string) => call('GET /applications/:id', { params: { id } }),
};
