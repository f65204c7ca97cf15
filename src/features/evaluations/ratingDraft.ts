import { readStored, removeStored, writeStored } from '../../core/storage';
import type { Evaluation, RatingDimension, RatingLevel, RatingStage, RatingTag } from '../../shared/api/evaluations';
import { LEVEL_SCORE, RATING_DIMENSIONS } from '../../shared/api/evaluations';
import { newIdempotencyKey } from '../payments/idempotencyKey';

/**
 * What the citizen has chosen and typed on the rating page, kept on the device until the server
 * has it: a failed request, a closed app or a lost network loses nothing. A first rating is kept
 * per case and stage, a change per rating. The Idempotency-Key lives with a first rating, so
 * sending again after a lost answer gives the same rating, not a second one. Only ids are in the
 * storage key, never personal data.
 */
export interface RatingDraft {
  level?: RatingLevel;
  dimensions: Partial<Record<RatingDimension, number>>;
  tags: RatingTag[];
  comment: string;
  key: string;
}

/** Whose draft: a first rating of a case's stage, or the change of one rating. */
export type RatingDraftScope = { applicationId: string; stage: RatingStage } | { evaluationId: string };

const storeKey = (scope: RatingDraftScope) => ('evaluationId' in scope ? `yk.rating.change.${scope.evaluationId}` : `yk.rating.${scope.applicationId}.${scope.stage}`);

const isDraft = (x: unknown): x is RatingDraft =>
  typeof x === 'object' && x !== null && typeof (x as RatingDraft).key === 'string' && Array.isArray((x as RatingDraft).tags) && typeof (x as RatingDraft).comment === 'string';

/**
 * A change starts from the rating as given. Scores equal to what the level means are left to
 * follow the level (as on a new rating), so choosing another level moves them too; scores the
 * citizen set apart from the level stay.
 */
export function draftOf(e: Evaluation): RatingDraft {
  const dimensions = Object.fromEntries(RATING_DIMENSIONS.filter((d) => e.dimensions[d] !== LEVEL_SCORE[e.level]).map((d) => [d, e.dimensions[d]]));
  return { level: e.level, dimensions, tags: [...e.tags], comment: e.comment ?? '', key: newIdempotencyKey('rate') };
}

export function loadRatingDraft(scope: RatingDraftScope, start?: () => RatingDraft): RatingDraft {
  return readStored(storeKey(scope), isDraft) ?? start?.() ?? { dimensions: {}, tags: [], comment: '', key: newIdempotencyKey('rate') };
}

export function saveRatingDraft(scope: RatingDraftScope, draft: RatingDraft): void {
  writeStored(storeKey(scope), draft);
}

export function clearRatingDraft(scope: RatingDraftScope): void {
  removeStored(storeKey(scope));
}
