import { Text, Textarea, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { Pressable } from '../../components/Pressable';
import { useMutation } from '../../core/hooks/useMutation';
import type { Complaint, ComplaintCategory } from '../../shared/api/complaints';
import { COMPLAINT_CATEGORIES, COMPLAINT_CATEGORY_LABELS, COMPLAINT_TEXT_MAX, COMPLAINT_TEXT_MIN, COMPLAINT_WORKING_DAYS } from '../../shared/api/complaints';
import type { ComplaintDraft } from './complaintDraft';
import { clearComplaintDraft, loadComplaintDraft, saveComplaintDraft } from './complaintDraft';
import { complaintsService } from './complaintsService';
import './complaints.scss';

export const COMPLAINT_FORM_MESSAGES = {
  category: '请选择投诉类型',
  description: `请写明投诉的具体情况（${COMPLAINT_TEXT_MIN}–${COMPLAINT_TEXT_MAX}字）`,
} as const;

const lengthOf = (text: string) => [...text.trim()].length;

/**
 * 投诉 about one case: what kind of problem (big choices), what happened in the citizen's words
 * with a counter, and where it goes (12345, then the handling department, an answer within 5
 * working days). Everything chosen or typed is kept on the device until the server has it.
 */
export function ComplaintForm({ applicationId, onSent }: { applicationId: string; onSent: (complaint: Complaint) => void }) {
  const [draft, setDraft] = useState<ComplaintDraft>(() => loadComplaintDraft(applicationId));
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const send = useMutation((d: ComplaintDraft) => complaintsService.submit({ applicationId, category: d.category!, description: d.description.trim() }, d.key));

  useEffect(() => saveComplaintDraft(applicationId, draft), [applicationId, draft]);

  const update = (change: Partial<ComplaintDraft>, field: keyof ComplaintDraft) => {
    setDraft((d) => ({ ...d, ...change }));
    setLocalErrors(({ [field]: _gone, ...rest }) => rest);
    send.clearFieldError(field);
  };

  const submit = async () => {
    const problems: Record<string, string> = {};
    if (!draft.category) problems.category = COMPLAINT_FORM_MESSAGES.category;
    const length = lengthOf(draft.description);
    if (length < COMPLAINT_TEXT_MIN || length > COMPLAINT_TEXT_MAX) problems.description = COMPLAINT_FORM_MESSAGES.description;
    setLocalErrors(problems);
    if (Object.keys(problems).length > 0) return;
    const outcome = await send.submit(draft);
    if (outcome.status === 'success') {
      clearComplaintDraft(applicationId);
      onSent(outcome.data);
    }
  };

  const errors: Record<string, string | undefined> = { ...send.fieldErrors, ...localErrors };
  // a refusal about the case itself (e.g. a complaint already open) has no field on this form
  const summary = Object.values(localErrors)[0] ?? errors.applicationId ?? send.formError;
  const count = [...draft.description].length;

  return (
    <View className="yk-complain" data-testid="complaint-form">
      <Text className="yk-complain__hint">投诉将提交重庆市12345政务服务便民热线，受理后转交办理部门，{COMPLAINT_WORKING_DAYS}个工作日内答复您。</Text>
      {summary && (
        <Text className="yk-field__error yk-complain__summary" role="alert" data-testid="complaint-error">
          {summary}
        </Text>
      )}

      <View className={`yk-card ${errors.category ? 'yk-complain__block--error' : ''}`}>
        <Text className="yk-section-title" id="complain-category-label">
          投诉类型
        </Text>
        <View className="yk-choices" role="radiogroup" aria-labelledby="complain-category-label">
          {COMPLAINT_CATEGORIES.map((c: ComplaintCategory) => (
            <Pressable
              key={c}
              role="radio"
              checked={draft.category === c}
              className={`yk-choice ${draft.category === c ? 'yk-choice--on' : ''}`}
              testId={`category-${c}`}
              onTap={() => update({ category: c }, 'category')}
            >
              <Text className="yk-choice__mark" aria-hidden="true">
                {draft.category === c ? '●' : '○'}
              </Text>
              {COMPLAINT_CATEGORY_LABELS[c]}
            </Pressable>
          ))}
        </View>
        {errors.category && (
          <Text className="yk-field__error" role="alert" data-testid="error-category">
            {errors.category}
          </Text>
        )}
      </View>

      <View className={`yk-card yk-field ${errors.description ? 'yk-field--error' : ''}`}>
        <Text className="yk-field__label">具体情况（{COMPLAINT_TEXT_MIN}–{COMPLAINT_TEXT_MAX}字）</Text>
        <Text className="yk-complain__hint yk-complain__hint--in">请写明时间、地点、经过和您的诉求，不必填写身份证号等个人信息。</Text>
        <Textarea
          className="yk-field__input yk-textbox yk-complain__text"
          value={draft.description}
          maxlength={COMPLAINT_TEXT_MAX}
          aria-label="投诉的具体情况"
          // H5: Taro draws its own <textarea> inside; the name must reach that element
          nativeProps={{ 'aria-label': '投诉的具体情况' }}
          data-testid="complaint-description"
          onInput={(e) => update({ description: e.detail.value }, 'description')}
        />
        <Text className="yk-counter" data-testid="description-count" aria-live="polite">
          {count}/{COMPLAINT_TEXT_MAX}字
        </Text>
        {errors.description && (
          <Text className="yk-field__error" role="alert" data-testid="error-description">
            {errors.description}
          </Text>
        )}
      </View>

      <View className="yk-complain__actions">
        <Pressable className="yk-button yk-button--primary" testId="complaint-submit" disabled={send.status === 'submitting'} onTap={() => void submit()}>
          {send.status === 'submitting' ? '正在提交…' : '提交投诉'}
        </Pressable>
      </View>
    </View>
  );
}
