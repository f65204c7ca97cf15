import { Text, View } from '@tarojs/components';
import { useEffect } from 'react';
import { Pressable } from '../../../../components/Pressable';
import type { Ready } from '../../../../features/applying/components/DraftFrame';
import { DraftTaskPage, TaskDone } from '../../../../features/applying/components/DraftTaskPage';

/** 办理情形: the case carried over from the guide; changing it changes the checklist. */
export default function ApplySituationPage() {
  return (
    <DraftTaskPage className="yk-apply-situation" task="situation">
      {(ready) => <Situation {...ready} />}
    </DraftTaskPage>
  );
}

function Situation({ draft, input, session }: Ready) {
  useEffect(() => session.at('situation'), [session]);
  return (
    <>
      <View className="yk-card">
        <Text className="yk-apply-heading" role="heading" aria-level={1}>
          您属于哪种情形？
        </Text>
        <Text className="yk-apply-line" role="note" data-testid="situation-warning">
          注意：更换情形后，申请材料将按新情形的清单重新列出，已提供的材料可能需要重新提供。
        </Text>
        <View role="radiogroup" aria-label="办理情形">
          {draft.situations.map((s) => (
            <Pressable
              key={s.id}
              className={`yk-apply-choice ${s.id === input.situationId ? 'yk-apply-choice--on' : ''}`}
              role="radio"
              checked={s.id === input.situationId}
              testId="situation-option"
              onTap={() => session.update((i) => ({ ...i, situationId: s.id }), { immediate: true })}
            >
              <Text className="yk-apply-row__label">{s.name}</Text>
              <Text className="yk-apply-line">{s.description}</Text>
            </Pressable>
          ))}
        </View>
      </View>
      <TaskDone draftId={draft.id} />
    </>
  );
}
