import { Text, Textarea, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { Pressable } from '../../components/Pressable';
import { useMutation } from '../../core/hooks/useMutation';
import type { Evaluation, RatingDimension, RatingLevel, RatingStage, RatingTag } from '../../shared/api/evaluations';
import {
  BAD_TAGS,
  COMMENT_MAX,
  DIMENSION_MAX,
  GOOD_TAGS,
  LEVEL_SCORE,
  RATING_DIMENSIONS,
  RATING_DIMENSION_LABELS,
  RATING_LEVELS,
  RATING_LEVEL_LABELS,
  RATING_STAGE_LABELS,
  isBadLevel,
} from '../../shared/api/evaluations';
import { evaluationsService } from './evaluationsService';
import { beijingTime } from './format';
import type { RatingDraft, RatingDraftScope } from './ratingDraft';
import { clearRatingDraft, draftOf, loadRatingDraft, saveRatingDraft } from './ratingDraft';
import './evaluations.scss';

export const RATING_FORM_MESSAGES = {
  level: '请选择满意程度',
  badNeedsReason: '差评请至少选择一个问题或写明原因，便于部门整改',
} as const;

const SCORES = Array.from({ length: DIMENSION_MAX }, (_, i) => i + 1);

/** Which tags fit a level: praise for good ratings, problems for bad ones, both in between. */
export function tagsFor(level: RatingLevel | undefined): readonly RatingTag[] {
  if (!level) return [];
  if (isBadLevel(level)) return BAD_TAGS;
  if (level === 'basically_satisfied') return [...GOOD_TAGS, ...BAD_TAGS];
  return GOOD_TAGS;
}

/**
 * 好差评 of one stage of a case: five levels as big choices, the five online dimensions of
 * GB/T 39734 (starting from the level, each changeable), tags that fit the level, and words with a
 * counter. Voluntary and unsteered: nothing is chosen for the citizen. Everything chosen or typed
 * is kept on the device until the server has the rating, so a failed request loses nothing.
 *
 * With `changing`, the same form changes that rating (once, within its window): it starts from
 * the rating as given, is kept on the device per rating, and is sent as PUT /evaluations/:id.
 */
export function RatingForm({ applicationId, stage, onSent, changing }: { applicationId: string; stage: RatingStage; onSent: (evaluation: Evaluation) => void; changing?: Evaluation }) {
  const scope: RatingDraftScope = changing ? { evaluationId: changing.id } : { applicationId, stage };
  const scopeId = changing ? changing.id : `${applicationId}.${stage}`;
  const [draft, setDraft] = useState<RatingDraft>(() => loadRatingDraft(scope, changing ? () => draftOf(changing) : undefined));
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const send = useMutation((d: RatingDraft) => {
    const dimensions = Object.fromEntries(RATING_DIMENSIONS.map((k) => [k, d.dimensions[k] ?? LEVEL_SCORE[d.level!]])) as Record<RatingDimension, number>;
    const comment = d.comment.trim();
    const body = { level: d.level!, dimensions, tags: d.tags, ...(comment ? { comment } : {}) };
    return changing ? evaluationsService.change(changing.id, body) : evaluationsService.rate(applicationId, { stage, ...body }, d.key);
  });

  // the scope object is new each render; scopeId names it
  useEffect(() => saveRatingDraft(scope, draft), [scopeId, draft]);

  const update = (change: Partial<RatingDraft>, field?: string) => {
    setDraft((d) => ({ ...d, ...change }));
    if (field) {
      setLocalErrors(({ [field]: _gone, ...rest }) => rest);
      send.clearFieldError(field);
    }
  };

  const chooseLevel = (level: RatingLevel) => {
    const allowed = tagsFor(level);
    update({ level, tags: draft.tags.filter((t) => allowed.includes(t)) }, 'level');
  };

  const toggleTag = (tag: RatingTag) => update({ tags: draft.tags.includes(tag) ? draft.tags.filter((t) => t !== tag) : [...draft.tags, tag] }, 'comment');

  const submit = async () => {
    const problems: Record<string, string> = {};
    if (!draft.level) problems.level = RATING_FORM_MESSAGES.level;
    else if (isBadLevel(draft.level) && draft.tags.length === 0 && !draft.comment.trim()) problems.comment = RATING_FORM_MESSAGES.badNeedsReason;
    setLocalErrors(problems);
    if (Object.keys(problems).length > 0) return;
    const outcome = await send.submit(draft);
    if (outcome.status === 'success') {
      clearRatingDraft(scope);
      onSent(outcome.data);
    }
  };

  const errors = { ...send.fieldErrors, ...localErrors };
  const summary = Object.keys(localErrors).length > 0 ? Object.values(localErrors)[0] : send.formError;
  const scoreOf = (d: RatingDimension) => draft.dimensions[d] ?? (draft.level ? LEVEL_SCORE[draft.level] : undefined);
  const commentLength = [...draft.comment].length;

  return (
    <View className="yk-rate" data-testid="rating-form">
      <Text className="yk-rate__title" role="heading" aria-level={1}>
        {changing ? `修改对${RATING_STAGE_LABELS[stage]}的评价` : `您对${RATING_STAGE_LABELS[stage]}满意吗？`}
      </Text>
      {changing ? (
        <Text className="yk-rate__hint" data-testid="change-hint">
          评价只能修改一次，提交后不能再改{changing.changeableUntil ? `，请在${beijingTime(changing.changeableUntil)}前提交` : ''}。改为差评，办理部门将在5个工作日内核实整改并答复您；差评改为非差评，未办结的整改单随即关闭。
        </Text>
      ) : (
        <Text className="yk-rate__hint">评价自愿，不评价不影响办理。差评将由办理部门在5个工作日内核实整改并答复您。</Text>
      )}
      {summary && (
        <Text className="yk-field__error yk-rate__summary" role="alert" data-testid="rating-error">
          {summary}
        </Text>
      )}

      <View className={`yk-card yk-rate__block ${errors.level ? 'yk-rate__block--error' : ''}`}>
        <Text className="yk-section-title" id="rate-level-label">
          满意程度
        </Text>
        <View className="yk-choices" role="radiogroup" aria-labelledby="rate-level-label">
          {RATING_LEVELS.map((level) => (
            <Pressable
              key={level}
              role="radio"
              checked={draft.level === level}
              className={`yk-choice yk-rate__level ${draft.level === level ? 'yk-choice--on' : ''} ${isBadLevel(level) ? 'yk-rate__level--bad' : ''}`}
              testId={`level-${level}`}
              onTap={() => chooseLevel(level)}
            >
              {/* the mark repeats the checked state for the eye; assistive technology hears aria-checked */}
              <Text className="yk-choice__mark" aria-hidden="true">
                {draft.level === level ? '●' : '○'}
              </Text>
              {RATING_LEVEL_LABELS[level]}
            </Pressable>
          ))}
        </View>
        {errors.level && (
          <Text className="yk-field__error" role="alert" data-testid="error-level">
            {errors.level}
          </Text>
        )}
      </View>

      <View className="yk-card yk-rate__block">
        <Text className="yk-section-title">分项评分（1–5分，5分最满意）</Text>
        {RATING_DIMENSIONS.map((d) => (
          <View key={d} className="yk-rate__dimension" data-testid={`dimension-${d}`}>
            <Text className="yk-rate__dimension-name" id={`rate-dim-${d}`}>
              {RATING_DIMENSION_LABELS[d]}
              {scoreOf(d) ? `：${scoreOf(d)}分` : ''}
            </Text>
            <View className="yk-rate__scores" role="radiogroup" aria-labelledby={`rate-dim-${d}`}>
              {SCORES.map((n) => (
                <Pressable
                  key={n}
                  role="radio"
                  checked={scoreOf(d) === n}
                  label={`${RATING_DIMENSION_LABELS[d]} ${n}分`}
                  className={`yk-rate__score ${scoreOf(d) === n ? 'yk-rate__score--on' : ''}`}
                  onTap={() => update({ dimensions: { ...draft.dimensions, [d]: n } }, 'dimensions')}
                >
                  {String(n)}
                </Pressable>
              ))}
            </View>
          </View>
        ))}
        {errors.dimensions && (
          <Text className="yk-field__error" role="alert">
            {errors.dimensions}
          </Text>
        )}
      </View>

      {draft.level && (
        <View className="yk-card yk-rate__block">
          <Text className="yk-section-title">{isBadLevel(draft.level) ? '遇到了哪些问题？' : '哪些方面做得好？'}（可多选）</Text>
          <View className="yk-rate__tags">
            {tagsFor(draft.level).map((tag) => (
              <Pressable key={tag} role="checkbox" checked={draft.tags.includes(tag)} className={`yk-chip ${draft.tags.includes(tag) ? 'yk-chip--on' : ''}`} onTap={() => toggleTag(tag)}>
                {tag}
              </Pressable>
            ))}
          </View>
        </View>
      )}

      <View className={`yk-card yk-rate__block yk-field ${errors.comment ? 'yk-field--error' : ''}`}>
        <Text className="yk-field__label">{draft.level && isBadLevel(draft.level) ? '请写明原因（选了问题可不填）' : '说点什么（选填）'}</Text>
        <Textarea
          className="yk-field__input yk-textbox"
          value={draft.comment}
          maxlength={COMMENT_MAX}
          aria-label="评价内容"
          // H5: Taro draws its own <textarea> inside; the name must reach that element
          nativeProps={{ 'aria-label': '评价内容' }}
          data-testid="rating-comment"
          onInput={(e) => update({ comment: e.detail.value }, 'comment')}
        />
        <Text className="yk-counter" data-testid="comment-count" aria-live="polite">
          {commentLength}/{COMMENT_MAX}字
        </Text>
        {errors.comment && (
          <Text className="yk-field__error" role="alert" data-testid="error-comment">
            {errors.comment}
          </Text>
        )}
      </View>

      <View className="yk-rate__actions">
        <Pressable className="yk-button yk-button--primary" testId="rate-submit" disabled={send.status === 'submitting'} onTap={() => void submit()}>
          {send.status === 'submitting' ? '正在提交…' : changing ? '提交修改' : '提交评价'}
        </Pressable>
      </View>
    </View>
  );
}
