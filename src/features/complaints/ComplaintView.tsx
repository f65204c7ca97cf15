import { Text, Textarea, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { Pressable } from '../../components/Pressable';
import { useMutation } from '../../core/hooks/useMutation';
import type { Complaint, ComplaintFeedbackInput } from '../../shared/api/complaints';
import { COMPLAINT_CATEGORY_LABELS, FEEDBACK_TEXT_MAX, FEEDBACK_TEXT_MIN } from '../../shared/api/complaints';
import { dateWords } from '../../shared/format/date';
import { beijingTime } from '../evaluations/format';
import { loadFeedbackReason, saveFeedbackReason } from './complaintDraft';
import { complaintsService } from './complaintsService';
import './complaints.scss';

export const FEEDBACK_MESSAGES = {
  reason: `请写明不满意的原因（${FEEDBACK_TEXT_MIN}–${FEEDBACK_TEXT_MAX}字）`,
} as const;

/**
 * One complaint: what was complained about, where it is (待受理 / 办理中 / 已答复 / 重新办理中 /
 * 已办结) with each step's department and times, the department's replies, and while a reply
 * waits for it the citizen's 满意 / 不满意 (a reason for 不满意, kept on the device until sent).
 */
export function ComplaintView({ initial }: { initial: Complaint }) {
  const [c, setC] = useState(initial);
  const [dissatisfied, setDissatisfied] = useState(() => loadFeedbackReason(initial.id) !== '');
  const [reason, setReason] = useState(() => loadFeedbackReason(initial.id));
  const [localError, setLocalError] = useState<string | null>(null);
  const send = useMutation((input: ComplaintFeedbackInput) => complaintsService.feedback(c.id, input));

  useEffect(() => saveFeedbackReason(c.id, reason), [c.id, reason]);

  const answer = async (input: ComplaintFeedbackInput) => {
    if (!input.satisfied) {
      const length = [...(input.reason ?? '')].length;
      if (length < FEEDBACK_TEXT_MIN || length > FEEDBACK_TEXT_MAX) {
        setLocalError(FEEDBACK_MESSAGES.reason);
        return;
      }
    }
    setLocalError(null);
    const outcome = await send.submit(input);
    if (outcome.status === 'success') {
      saveFeedbackReason(c.id, '');
      setReason('');
      setDissatisfied(false);
      setC(outcome.data);
    }
  };

  const reasonError = localError ?? send.fieldErrors.reason;
  return (
    <>
      <View className="yk-card" data-testid="complaint">
        <Text className="yk-section-title" role="heading" aria-level={1}>
          {c.itemName}
        </Text>
        <Text className="yk-complain__line">投诉编号 {c.number}</Text>
        <Text className="yk-complain__line">办件编号 {c.applicationNumber}</Text>
        <Text className="yk-complain__state" data-testid="complaint-state">
          {c.stateLabel}
          {c.outcomeLabel ? `：${c.outcomeLabel}` : ''}
        </Text>
        <Text className="yk-complain__line">投诉类型：{COMPLAINT_CATEGORY_LABELS[c.category]}</Text>
        <Text className="yk-complain__para">“{c.description}”</Text>
        <Text className="yk-complain__line">提交时间 {beijingTime(c.createdAt)}</Text>
        <Text className="yk-complain__line">办理部门：{c.department}</Text>
        {c.dueDate && c.state !== 'closed' && <Text className="yk-complain__line">答复时限：{dateWords(c.dueDate)}前</Text>}
      </View>

      <View className="yk-card">
        <Text className="yk-section-title" role="heading" aria-level={2}>
          办理过程
        </Text>
        <View role="list" aria-label="投诉办理过程" className="yk-complain__steps">
          {c.steps.map((s, i) => (
            <View key={`${s.name}-${i}`} role="listitem" className={`yk-complain__step ${s.endedAt ? '' : 'yk-complain__step--now'}`} data-testid="complaint-step">
              <Text className="yk-complain__step-name">
                {s.name}
                {s.endedAt ? '（已完成）' : '（进行中）'}
              </Text>
              <Text className="yk-complain__line">
                {s.department} · {beijingTime(s.startedAt)}
                {s.endedAt && s.endedAt !== s.startedAt ? ` 至 ${beijingTime(s.endedAt)}` : s.endedAt ? '' : ' 起'}
              </Text>
              {s.note && <Text className="yk-complain__line">{s.note}</Text>}
            </View>
          ))}
        </View>
      </View>

      {c.replies.map((r, i) => (
        <View key={r.at} className="yk-card yk-complain__reply" data-testid="complaint-reply">
          <Text className="yk-complain__step-name">
            {i === 0 ? '部门答复' : '重新办理答复'}（{beijingTime(r.at)}）
          </Text>
          <Text className="yk-complain__para">{r.text}</Text>
          <Text className="yk-complain__line">答复人：{r.handler}</Text>
          {c.feedback[i] && (
            <Text className="yk-complain__line" data-testid="complaint-feedback">
              您的评价：{c.feedback[i].satisfied ? '满意' : `不满意（${c.feedback[i].reason ?? ''}）`}
            </Text>
          )}
        </View>
      ))}

      {c.canGiveFeedback && (
        <View className="yk-card" data-testid="complaint-feedback-form">
          <Text className="yk-section-title" role="heading" aria-level={2}>
            您对答复满意吗？
          </Text>
          <Text className="yk-complain__hint yk-complain__hint--in">
            {c.replies.length > 1 ? '这是重新办理后的答复，提交评价后投诉办结。' : '不满意可以说明原因，办理部门将重新办理一次。'}
          </Text>
          {send.formError && !send.fieldErrors.reason && (
            <Text className="yk-field__error" role="alert" data-testid="feedback-error">
              {send.formError}
            </Text>
          )}
          {!dissatisfied ? (
            <View className="yk-complain__actions yk-complain__actions--in">
              <Pressable className="yk-button yk-button--primary" testId="feedback-satisfied" disabled={send.status === 'submitting'} onTap={() => void answer({ satisfied: true })}>
                满意
              </Pressable>
              <Pressable className="yk-button yk-button--ghost" testId="feedback-dissatisfied" onTap={() => setDissatisfied(true)}>
                不满意
              </Pressable>
            </View>
          ) : (
            <View className={`yk-field ${reasonError ? 'yk-field--error' : ''}`}>
              <Text className="yk-field__label">
                不满意的原因（{FEEDBACK_TEXT_MIN}–{FEEDBACK_TEXT_MAX}字）
              </Text>
              <Textarea
                className="yk-field__input yk-textbox yk-complain__text"
                value={reason}
                maxlength={FEEDBACK_TEXT_MAX}
                aria-label="不满意的原因"
                nativeProps={{ 'aria-label': '不满意的原因' }}
                data-testid="feedback-reason"
                onInput={(e) => {
                  setReason(e.detail.value);
                  setLocalError(null);
                  send.clearFieldError('reason');
                }}
              />
              {reasonError && (
                <Text className="yk-field__error" role="alert" data-testid="error-reason">
                  {reasonError}
                </Text>
              )}
              <View className="yk-complain__actions yk-complain__actions--in">
                <Pressable className="yk-button yk-button--primary" testId="feedback-send" disabled={send.status === 'submitting'} onTap={() => void answer({ satisfied: false, reason: reason.trim() })}>
                  {send.status === 'submitting' ? '正在提交…' : '提交'}
                </Pressable>
                <Pressable className="yk-button yk-button--ghost" testId="feedback-cancel" onTap={() => setDissatisfied(false)}>
                  取消
                </Pressable>
              </View>
            </View>
          )}
        </View>
      )}
    </>
  );
}
