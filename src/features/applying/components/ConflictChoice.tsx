import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { Pressable } from '../../../components/Pressable';
import type { DraftInput } from '../../../shared/api/applications';
import { answerRows, type AnswerContext } from '../answers';
import type { DraftChoice } from '../draftSession';

/**
 * Two versions of one draft, side by side where they differ, and the citizen's choice. Shown
 * when another device saved in between (409) or when this device holds newer changes than the
 * server at reopen; nothing is overwritten until the citizen picks.
 */
export function ConflictChoice({ choice, ctx, onChoose }: { choice: DraftChoice; ctx?: AnswerContext; onChoose: (use: 'mine' | 'theirs') => Promise<void> | void }) {
  const [busy, setBusy] = useState(false);
  const mine = answerRows(choice.theirs, choice.mine, ctx);
  const theirs = answerRows(choice.theirs, choice.theirs as DraftInput, ctx);
  const theirsByKey = new Map(theirs.map((r) => [r.key, r.value]));
  const mineKeys = new Set(mine.map((r) => r.key));
  const differences = [
    ...mine.filter((r) => theirsByKey.get(r.key) !== r.value).map((r) => ({ label: r.label, mine: r.value, theirs: theirsByKey.get(r.key) ?? '无' })),
    ...theirs.filter((r) => !mineKeys.has(r.key)).map((r) => ({ label: r.label, mine: '无', theirs: r.value })),
  ];
  const conflict = choice.kind === 'conflict';
  const choose = async (use: 'mine' | 'theirs') => {
    setBusy(true);
    try {
      await onChoose(use);
    } finally {
      setBusy(false);
    }
  };
  return (
    <View className="yk-card yk-apply-conflict" role="alert" data-testid="draft-conflict">
      <Text className="yk-section-title" role="heading" aria-level={2}>
        {conflict ? '另一台设备修改了此草稿' : '本机有尚未同步的修改'}
      </Text>
      <Text className="yk-field__hint">
        {conflict
          ? '您在本机的修改和另一台设备保存的内容不一致。请选择保留哪一份，另一份将被替换。'
          : '上次在本机填写的内容还没有保存到服务器。请选择继续使用本机的内容，或使用服务器上的版本。'}
      </Text>
      {differences.length === 0 ? (
        <Text className="yk-field__hint">两份内容的填写项相同，只是保存时间不同。</Text>
      ) : (
        <View className="yk-apply-diff" role="list">
          {differences.map((d) => (
            <View key={d.label} className="yk-apply-diff__row" role="listitem" data-testid="conflict-row">
              <Text className="yk-apply-diff__label">{d.label}</Text>
              <Text className="yk-apply-diff__value">本机：{d.mine}</Text>
              <Text className="yk-apply-diff__value">{conflict ? '另一台设备' : '服务器'}：{d.theirs}</Text>
            </View>
          ))}
        </View>
      )}
      <View className="yk-apply-actions">
        <Pressable className="yk-button yk-button--primary" disabled={busy} testId="use-mine" onTap={() => void choose('mine')}>
          使用本机的内容
        </Pressable>
        <Pressable className="yk-button yk-button--ghost" disabled={busy} testId="use-theirs" onTap={() => void choose('theirs')}>
          {conflict ? '使用另一台设备的内容' : '使用服务器上的版本'}
        </Pressable>
      </View>
    </View>
  );
}
