import { Text, View } from '@tarojs/components';
import { useEffect } from 'react';
import { Pressable } from '../../../../components/Pressable';
import type { Ready } from '../../../../features/applying/components/DraftFrame';
import { DraftTaskPage, TaskDone } from '../../../../features/applying/components/DraftTaskPage';
import { renderMaterialUpload } from '../../../../features/applying/uploadSlot';
import type { DraftMaterial, MaterialAnswer } from '../../../../shared/api/applications';

const REQUIREMENT_LABEL: Record<DraftMaterial['requirement'], string> = { required: '必交', optional: '选交', deferrable: '容缺（可后补）' };

/**
 * 申请材料: exactly the situation's checklist. A material an A/B e-certificate meets is taken
 * from the certificate, with nothing to upload; others are uploaded or chosen from earlier
 * uploads; 容缺 materials may be marked to follow after acceptance.
 */
export default function ApplyMaterialsPage() {
  return (
    <DraftTaskPage className="yk-apply-materials" task="materials">
      {(ready) => <Materials {...ready} />}
    </DraftTaskPage>
  );
}

function Materials({ draft, input, snapshot, session }: Ready) {
  useEffect(() => session.at('materials'), [session]);
  // Certificates meet their materials without the citizen doing anything.
  useEffect(() => {
    const missing = draft.checklist.filter((m) => m.certificate && !input.materials[m.materialId]);
    if (missing.length === 0) return;
    session.update((i) => ({
      ...i,
      materials: { ...i.materials, ...Object.fromEntries(missing.map((m) => [m.materialId, { kind: 'certificate', certificateId: m.certificate!.id } satisfies MaterialAnswer])) },
    }));
  }, [draft.checklist]);

  const answer = (materialId: string, a: MaterialAnswer | undefined) =>
    session.update((i) => {
      const { [materialId]: _old, ...rest } = i.materials;
      return { ...i, materials: a ? { ...rest, [materialId]: a } : rest };
    });
  const errors = { ...snapshot.saveErrors, ...snapshot.submitErrors };

  return (
    <>
      <View className="yk-card">
        <Text className="yk-apply-heading" role="heading" aria-level={1}>
          申请材料（{draft.checklist.length} 项）
        </Text>
        <Text className="yk-apply-line">按您的情形“{draft.situations.find((s) => s.id === input.situationId)?.name}”列出，不多要一份。</Text>
      </View>
      <View className="yk-card" role="list" aria-label="材料清单">
        {draft.checklist.map((m) => {
          const a = input.materials[m.materialId];
          const error = errors[`materials.${m.materialId}`];
          return (
            <View key={m.materialId} className={`yk-field ${error ? 'yk-field--error' : ''}`} role="listitem" data-testid={`material-${m.materialId}`}>
              <Text className="yk-field__label">
                {m.name} <Text className="yk-apply-optional">（{REQUIREMENT_LABEL[m.requirement]}）</Text>
              </Text>
              {m.notes && <Text className="yk-field__hint">{m.notes}</Text>}
              {m.certificate ? (
                <Text className="yk-apply-line" data-testid="material-certificate">
                  已自动获取：{m.certificate.name}（电子证照）
                </Text>
              ) : a?.kind === 'deferred' ? (
                <View>
                  <Text className="yk-apply-line">已选择后补：受理后按窗口通知补交</Text>
                  <Pressable className="yk-link" onTap={() => answer(m.materialId, undefined)}>
                    改为现在提供
                  </Pressable>
                </View>
              ) : (
                <>
                  {renderMaterialUpload(m, a?.kind === 'upload' ? a.uploadIds : [], (ids) => answer(m.materialId, ids.length ? { kind: 'upload', uploadIds: ids } : undefined))}
                  {m.requirement === 'deferrable' && (
                    <Pressable className="yk-link" testId={`defer-${m.materialId}`} onTap={() => answer(m.materialId, { kind: 'deferred' })}>
                      暂时没有，受理后补交（容缺）
                    </Pressable>
                  )}
                </>
              )}
              {error && (
                <Text className="yk-field__error" role="alert" data-testid={`error-materials.${m.materialId}`}>
                  {error}
                </Text>
              )}
            </View>
          );
        })}
      </View>
      <TaskDone draftId={draft.id} />
    </>
  );
}
