import { Text, View } from '@tarojs/components';
import { useMemo, useState } from 'react';
import { Pressable } from '../../../components/Pressable';
import type { Guide } from '../../../shared/api/catalog';
import { MaterialChecklist } from './MaterialChecklist';

/**
 * 一次告知: "which situation is yours?" — the citizen picks their case and sees exactly the
 * materials it needs, nothing from the other cases. A single situation is picked for them.
 */
export function SituationChecklist({ guide, onChoose }: { guide: Pick<Guide, 'situations' | 'materials'>; onChoose?: (situationId: string) => void }) {
  const [situationId, setSituationId] = useState<string | undefined>(guide.situations.length === 1 ? guide.situations[0].id : undefined);
  const situation = guide.situations.find((s) => s.id === situationId);
  const checklist = useMemo(() => {
    if (!situation) return [];
    const byId = new Map(guide.materials.map((m) => [m.id, m]));
    return situation.materialIds.flatMap((mid) => byId.get(mid) ?? []);
  }, [guide.materials, situation]);

  return (
    <>
      <Text className="yk-section-title" role="heading" aria-level={2}>
        您属于哪种情形？
      </Text>
      <View className="yk-guide__situations" role="radiogroup" aria-label="选择办理情形">
        {guide.situations.map((s) => (
          <Pressable
            key={s.id}
            className={`yk-guide__situation ${s.id === situationId ? 'yk-guide__situation--on' : ''}`}
            role="radio"
            checked={s.id === situationId}
            testId="situation"
            onTap={() => {
              setSituationId(s.id);
              onChoose?.(s.id);
            }}
          >
            <Text className="yk-guide__situation-name">{s.name}</Text>
            <Text className="yk-guide__situation-desc">{s.description}</Text>
          </Pressable>
        ))}
      </View>
      {situation ? (
        <>
          <Text className="yk-section-title" role="heading" aria-level={3}>
            您需要准备的材料（{checklist.length} 项）
          </Text>
          <MaterialChecklist materials={checklist} />
        </>
      ) : (
        <Text className="yk-guide__hint">选择您的情形，只列出您需要的材料。</Text>
      )}
    </>
  );
}
