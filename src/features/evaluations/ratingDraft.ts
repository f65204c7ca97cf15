import { readStored, removeStored, writeStored } from '../../core/storage';
import type { RatingDimension, RatingLevel, RatingStage, RatingTag } from '../../shared/api/evaluations';
import { newIdempotencyKey } from '../payments/idempotencyKey';

/**
 * What the citizen has chosen and typed on the rating page, kept on the device per case and
 * stage until the server has the rating: a failed request, a closed app or a lost network loses
 * nothing. The Idempotency-Key lives with it, so sending again after a lost answer gives the same
 * rating, not a second one. Only the case's id is in the key, never personal data.
 */
export interface RatingDraft {
  level?: RatingLevel;
  dimensions: Partial<Record<RatingDimension, number>>;
  tags: RatingTag[];
  comment: string;
  key: string;
}

const storeKey = (applicationId: string, stage: RatingStage) => `yk.rating.${applicationId}.${stage}`;

const isDraft = (x: unknown): x is RatingDraft =>
  typeof x === 'object' && x !== null && typeof (x as RatingDraft).key === 'string' && Array.isArray((x as RatingDraft).tags) && typeof (x as RatingDraft).comment === 'string';

export function loadRatingDraft(applicationId: string, stage: RatingStage): RatingDraft {
  return readStored(storeKey(applicationId, stage), isDraft) ?? { dimensions: {}, tags: [], comment: '', key: newIdempotencyKey('rate') };
}

export function saveRatingDraft(applicationId: string, stage: RatingStage, draft: RatingDraft): void {
  writeStored(storeKey(applicationId, stage), draft);
}

export function clearRatingDraft(applicationId: string, stage: RatingStage): void {
  removeStored(storeKey(applicationId, stage));
}
