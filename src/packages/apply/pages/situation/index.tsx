import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useEffect } from 'react';
import { Page } from '../../../../components/Page';
import { Pressable } from '../../../../components/Pressable';
import { DraftFrame, type Ready } from '../../../../features/applying/components/DraftFrame';
import { backToTasks } from '../../../../features/applying/nav';
import { ROUTES } from '../../../../routes';

/** 办理情形: the case carried over from the guide; changing it changes the checklist. */
export default function ApplySituationPage() {
  const id = useRouter().params.id;
  return (
    <Page className="yk-apply-situation">
      <DraftFrame id={id} back={id ? ROUTES.applySituation(id) : ROUTES.services}>
        {(ready) => <Situation {...ready} />}
      </DraftFrame>
    </Page>
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
      <View className="yk-apply-actions">
        <Pressable className="yk-button yk-button--primary" testId="task-done" onTap={() => backToTasks(draft.id)}>
          保存并返回
        </Pressable>
      </View>
    </>
  );
}
