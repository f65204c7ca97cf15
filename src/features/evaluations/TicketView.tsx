import { Text, Textarea, View } from '@tarojs/components';
import { useState } from 'react';
import { Pressable } from '../../components/Pressable';
import { useMutation } from '../../core/hooks/useMutation';
import type { Evaluation, RectificationTicket } from '../../shared/api/evaluations';
import { dateWords } from '../../shared/format/date';
import { evaluationsService } from './evaluationsService';
import { beijingTime } from './format';

/**
 * The rectification ticket of a bad rating: where it stands, its steps 核实 / 整改 / 回访 with
 * their times, the department's reply, a department's appeal and its outcome, and during 回访 the
 * citizen's answer: confirm, or appeal with a reason (kept on screen when sending fails).
 */
export function TicketView({ evaluationId, ticket, onChanged }: { evaluationId: string; ticket: RectificationTicket; onChanged: (e: Evaluation) => void }) {
  const [appealing, setAppealing] = useState(false);
  const [reason, setReason] = useState('');
  const confirm = useMutation(() => evaluationsService.confirm(evaluationId));
  const appeal = useMutation((r: string) => evaluationsService.appeal(evaluationId, r));

  const done = (outcome: { status: string; data?: Evaluation }) => {
    if (outcome.status === 'success' && outcome.data) onChanged(outcome.data);
  };

  return (
    <View className="yk-card yk-ticket" data-testid="ticket">
      <Text className="yk-section-title" role="heading" aria-level={2}>
        整改单
      </Text>
      <Text className="yk-ticket__state" data-testid="ticket-state">
        {ticket.stateLabel}
        {ticket.outcomeLabel ? `：${ticket.outcomeLabel}` : ''}
      </Text>
      <Text className="yk-ticket__line">办理部门：{ticket.department}</Text>
      <Text className="yk-ticket__line">整改时限：{dateWords(ticket.dueDate)}前（5个工作日）</Text>

      <View role="list" aria-label="整改进度" className="yk-ticket__steps">
        {ticket.steps.map((s, i) => (
          <View key={`${s.kind}-${i}`} role="listitem" className={`yk-ticket__step ${s.endedAt ? '' : 'yk-ticket__step--now'}`} data-testid="ticket-step">
            <Text className="yk-ticket__step-name">
              {s.name}
              {s.endedAt ? '（已完成）' : '（进行中）'}
            </Text>
            <Text className="yk-ticket__line">
              {s.department} · {beijingTime(s.startedAt)}
              {s.endedAt ? ` 至 ${beijingTime(s.endedAt)}` : ' 起'}
            </Text>
            {s.note && <Text className="yk-ticket__line">{s.note}</Text>}
          </View>
        ))}
      </View>

      {ticket.departmentAppeal && (
        <View className="yk-ticket__reply" data-testid="ticket-department-appeal">
          <Text className="yk-ticket__step-name">部门申诉</Text>
          <Text className="yk-ticket__line">理由：{ticket.departmentAppeal.reason}</Text>
          <Text className="yk-ticket__line">{ticket.departmentAppeal.outcomeText ?? '政务服务管理办公室审核中'}</Text>
        </View>
      )}

      {ticket.reply && (
        <View className="yk-ticket__reply" data-testid="ticket-reply">
          <Text className="yk-ticket__step-name">部门答复（{beijingTime(ticket.reply.at)}）</Text>
          <Text className="yk-ticket__para">{ticket.reply.text}</Text>
          <Text className="yk-ticket__line">答复人：{ticket.reply.handler}</Text>
        </View>
      )}

      {ticket.citizen?.action === 'appeal' && <Text className="yk-ticket__line">您的申诉：{ticket.citizen.reason}</Text>}

      {(confirm.formError || appeal.formError) && (
        <Text className="yk-field__error" role="alert" data-testid="ticket-error">
          {confirm.formError ?? appeal.formError}
        </Text>
      )}

      {ticket.canConfirm && !appealing && (
        <View className="yk-ticket__actions">
          <Pressable className="yk-button yk-button--primary" testId="ticket-confirm" disabled={confirm.status === 'submitting'} onTap={() => void confirm.submit(undefined).then(done)}>
            认可整改结果
          </Pressable>
          <Pressable className="yk-button yk-button--ghost" testId="ticket-appeal-open" onTap={() => setAppealing(true)}>
            不认可，我要申诉
          </Pressable>
        </View>
      )}

      {ticket.canAppeal && appealing && (
        <View className={`yk-field ${appeal.fieldErrors.reason ? 'yk-field--error' : ''}`}>
          <Text className="yk-field__label">申诉理由（5–200字）</Text>
          <Textarea className="yk-field__input yk-textbox" value={reason} maxlength={200} aria-label="申诉理由" nativeProps={{ 'aria-label': '申诉理由' }} data-testid="ticket-appeal-reason" onInput={(e) => setReason(e.detail.value)} />
          {appeal.fieldErrors.reason && (
            <Text className="yk-field__error" role="alert">
              {appeal.fieldErrors.reason}
            </Text>
          )}
          <View className="yk-ticket__actions">
            <Pressable className="yk-button yk-button--primary" testId="ticket-appeal-send" disabled={appeal.status === 'submitting'} onTap={() => void appeal.submit(reason).then(done)}>
              提交申诉
            </Pressable>
            <Pressable className="yk-button yk-button--ghost" onTap={() => setAppealing(false)}>
              取消
            </Pressable>
          </View>
        </View>
      )}
    </View>
  );
}
