import { readStored, removeStored, writeStored } from '../../core/storage';
import type { ComplaintCategory } from '../../shared/api/complaints';
import { COMPLAINT_CATEGORIES } from '../../shared/api/complaints';
import { newIdempotencyKey } from '../payments/idempotencyKey';

/**
 * What the citizen has chosen and typed for a complaint, kept on the device until the server has
 * it: a failed request, a closed app or a lost network loses nothing. One draft per case; the
 * Idempotency-Key lives with it, so sending again after a lost answer files the same complaint,
 * not a second one. The reason given with 不满意 is kept the same way, per complaint. Only ids are
 * in the storage keys, never personal data.
 */
export interface ComplaintDraft {
  category?: ComplaintCategory;
  description: string;
  key: string;
}

const draftKey = (applicationId: string) => `yk.complaint.${applicationId}`;
const reasonKey = (complaintId: string) => `yk.complaint.feedback.${complaintId}`;

const isDraft = (x: unknown): x is ComplaintDraft => {
  if (typeof x !== 'object' || x === null) return false;
  const d = x as ComplaintDraft;
  return typeof d.key === 'string' && typeof d.description === 'string' && (d.category === undefined || COMPLAINT_CATEGORIES.includes(d.category));
};
const isText = (x: unknown): x is string => typeof x === 'string';

export function loadComplaintDraft(applicationId: string): ComplaintDraft {
  return readStored(draftKey(applicationId), isDraft) ?? { description: '', key: newIdempotencyKey('complain') };
}

export function saveComplaintDraft(applicationId: string, draft: ComplaintDraft): void {
  writeStored(draftKey(applicationId), draft);
}

export function clearComplaintDraft(applicationId: string): void {
  removeStored(draftKey(applicationId));
}

export function loadFeedbackReason(complaintId: string): string {
  return readStored(reasonKey(complaintId), isText) ?? '';
}

export function saveFeedbackReason(complaintId: string, reason: string): void {
  if (reason) writeStored(reasonKey(complaintId), reason);
  else removeStored(reasonKey(complaintId));
}
