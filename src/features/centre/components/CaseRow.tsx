import { Text, Textarea, View } from '@tarojs/components';
import { useState } from 'react';
import { Pressable } from '../../../components/Pressable';
import { userMessageOf } from '../../../core/http/errors';
import type { CaseControl, CaseControlInput, CommandCentreCase } from '../../../shared/api/cases';
import { CONTROL_WORDS, LEVEL_WORDS, deadlineTone, deadlineWords } from '../labels';

/** Controls that need words or a choice first open a small form; the others act on one tap. */
type Panel = 'supplement' | 'refuse' | null;

/**
 * One case on the big screen: number, item and (masked) applicant; where it is (level,
 * department, node); its state and deadline in words and colour; and the controls that apply now.
 * A refusal from the server (409: the case moved on meanwhile) is shown in its own words.
 */
export function CaseRow({ row, act }: { row: CommandCentreCase; act: (id: string, control: CaseControl, input: CaseControlInput) => Promise<CommandCentreCase> }) {
  const [panel, setPanel] = useState<Panel>(null);
  const [reason, setReason] = useState('');
  const [picked, setPicked] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const tone = deadlineTone(row.deadline.state);

  const send = async (control: CaseControl, input: CaseControlInput = {}) => {
    if (busy) return;
    setBusy(true);
    setFailure(null);
    try {
      await act(row.id, control, input);
      setPanel(null);
      setReason('');
      setPicked([]);
    } catch (e) {
      setFailure(userMessageOf(e));
    } finally {
      setBusy(false);
    }
  };

  const tap = (control: CaseControl) => {
    if (control === 'supplement' || control === 'refuse') {
      setFailure(null);
      setPanel(panel === control ? null : control);
      return;
    }
    void send(control);
  };

  const toggle = (id: string) => setPicked((p) => (p.includes(id) ? p.filter((x) => x !== id) : [...p, id]));
  const words = reason.trim() ? { reason: reason.trim() } : {};

  return (
    <View className={`yk-centre-row yk-centre-row--${tone}`} role="listitem" data-testid="centre-row">
      <View className="yk-centre-cell yk-centre-cell--case">
        <Text className="yk-centre-row__item" data-testid="row-item">
          {row.itemName}
        </Text>
        <Text className="yk-centre-row__note">
          {row.number} · {row.applicantName}
        </Text>
      </View>
      <View className="yk-centre-cell">
        <Text className="yk-centre-cell__key">层级：</Text>
        <Text data-testid="row-level">{LEVEL_WORDS[row.level]}</Text>
      </View>
      <View className="yk-centre-cell yk-centre-cell--wide">
        <Text className="yk-centre-cell__key">部门：</Text>
        <Text data-testid="row-department">{row.department}</Text>
        <Text className="yk-centre-row__note">{row.currentNode}</Text>
      </View>
      <View className="yk-centre-cell">
        <Text className="yk-centre-cell__key">状态：</Text>
        <Text data-testid="row-status">{row.statusLabel}</Text>
        {row.complaint && (
          <Text className="yk-centre-row__complaint" data-testid="row-complaint">
            投诉 {row.complaint.number}：{row.complaint.stateLabel}
          </Text>
        )}
      </View>
      <View className="yk-centre-cell">
        <Text className="yk-centre-cell__key">时限：</Text>
        <Text className={`yk-centre-deadline yk-centre-deadline--${tone}`} data-testid="row-deadline">
          {deadlineWords(row.deadline)}
        </Text>
      </View>
      <View className="yk-centre-cell yk-centre-cell--controls">
        {row.controls.length === 0 ? (
          <Text className="yk-centre-row__note">无可用操作</Text>
        ) : (
          <View className="yk-centre__chips" role="group" aria-label={`${row.number} 的操作`}>
            {row.controls.map((c) => (
              <Pressable
                key={c}
                className={`yk-button yk-button--small ${c === 'refuse' ? 'yk-button--ghost' : 'yk-button--primary'}`}
                disabled={busy}
                pressed={c === 'supplement' || c === 'refuse' ? panel === c : undefined}
                testId={`control-${c}`}
                onTap={() => tap(c)}
              >
                {CONTROL_WORDS[c]}
              </Pressable>
            ))}
          </View>
        )}
        {panel === 'supplement' && (
          <View className="yk-centre-panel" data-testid="supplement-panel">
            <Text className="yk-centre__label">请选择需要补正的材料（不选则由系统按材料情况指定）</Text>
            <View className="yk-centre-panel__materials">
              {row.materials.map((m) => (
                <Pressable key={m.materialId} className={`yk-chip ${picked.includes(m.materialId) ? 'yk-chip--on' : ''}`} role="checkbox" checked={picked.includes(m.materialId)} onTap={() => toggle(m.materialId)}>
                  {m.name}
                </Pressable>
              ))}
            </View>
            <Textarea className="yk-centre-panel__reason" value={reason} maxlength={200} aria-label="补正原因（可不填）" placeholder="补正原因（可不填）" onInput={(e) => setReason(e.detail.value)} />
            <Pressable className="yk-button yk-button--primary yk-button--small" disabled={busy} testId="send-supplement" onTap={() => void send('supplement', { ...words, ...(picked.length ? { materialIds: picked } : {}) })}>
              {busy ? '正在发送…' : '发送补正通知'}
            </Pressable>
          </View>
        )}
        {panel === 'refuse' && (
          <View className="yk-centre-panel" data-testid="refuse-panel">
            <Textarea className="yk-centre-panel__reason" value={reason} maxlength={200} aria-label="不予的理由" placeholder="不予的理由（将写入决定书）" onInput={(e) => setReason(e.detail.value)} />
            <Pressable className="yk-button yk-button--ghost yk-button--small" disabled={busy} testId="send-refuse" onTap={() => void send('refuse', words)}>
              {busy ? '正在提交…' : '确认不予'}
            </Pressable>
          </View>
        )}
        {failure && (
          <Text className="yk-centre__error" role="alert" data-testid="row-error">
            {failure}
          </Text>
        )}
      </View>
    </View>
  );
}
