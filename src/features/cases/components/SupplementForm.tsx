import { Text, View } from '@tarojs/components';
import { Pressable } from '../../../components/Pressable';
import { StateView } from '../../../components/StateView';
import type { Application } from '../../../shared/api/applications';
import type { SupplementRequest } from '../../../shared/api/cases';
import { TrustBadge } from '../../identity/components/TrustBadge';
import { MaterialsPicker } from '../../uploads/MaterialsPicker';
import { UploadButton } from '../../uploads/UploadButton';
import { dateWords } from '../../../shared/format/date';
import { timeWords } from '../labels';
import { type SupplementAnswer, useSupplement } from '../useSupplement';
import '../cases.scss';

type Supplement = ReturnType<typeof useSupplement>;

/**
 * 补正: the clerk's reason and exactly the asked materials, nothing else entered again. Each is
 * met by an e-certificate from 我的证照 or by files (uploaded now, or from 我的材料). A refused
 * material says why at the material, in Chinese.
 */
export function SupplementForm({ a, request, supplement, onDone }: { a: Application; request: SupplementRequest; supplement: Supplement; onDone: () => void }) {
  const { answers, answer, missing, mutation } = supplement;
  const send = async () => {
    const outcome = await supplement.submit();
    if (outcome.status === 'success') onDone();
  };
  return (
    <>
      <View className="yk-card" data-testid="supplement-request">
        <Text className="yk-apply-heading" role="heading" aria-level={1}>
          补正材料
        </Text>
        <Text className="yk-apply-line">
          {a.itemName} · 办件编号 {a.number}
        </Text>
        <Text className="yk-case-subtitle" role="heading" aria-level={2}>
          部门的补正意见
        </Text>
        <Text className="yk-supplement__reason" data-testid="supplement-reason">
          {request.reason}
        </Text>
        <Text className="yk-apply-line">
          {timeWords(request.requestedAt)} 通知，请在{dateWords(request.dueDate)}前补正。补正期间办理时限暂停计算。
        </Text>
      </View>
      {mutation.formError && (
        <View className="yk-card" role="alert" data-testid="supplement-error">
          <Text className="yk-field__error">{mutation.formError}</Text>
          {mutation.retryable && <Text className="yk-apply-line">已选的材料都还在，请检查网络后再提交。</Text>}
        </View>
      )}
      <View className="yk-card" role="list" aria-label="需要补正的材料">
        {request.materials.map((m) => (
          <MaterialAnswerField
            key={m.materialId}
            material={m}
            value={answers[m.materialId]}
            error={mutation.fieldErrors[`materials.${m.materialId}`]}
            certificates={supplement.certificates}
            onAnswer={(x) => answer(m.materialId, x)}
          />
        ))}
      </View>
      <View className="yk-card">
        {missing.length > 0 && <Text className="yk-apply-line">还有 {missing.length} 项材料未提供。</Text>}
        <Pressable className="yk-button yk-button--primary" testId="supplement-submit" disabled={mutation.status === 'submitting'} onTap={() => void send()}>
          {mutation.status === 'submitting' ? '正在提交…' : '提交补正材料'}
        </Pressable>
      </View>
    </>
  );
}

function MaterialAnswerField({
  material,
  value,
  error,
  certificates,
  onAnswer,
}: {
  material: SupplementRequest['materials'][number];
  value?: SupplementAnswer;
  error?: string;
  certificates: Supplement['certificates'];
  onAnswer: (a: SupplementAnswer | undefined) => void;
}) {
  const uploads = value?.kind === 'upload' ? value.uploadIds : [];
  return (
    <View className={`yk-field ${error ? 'yk-field--error' : ''}`} role="listitem" data-testid={`material-${material.materialId}`}>
      <Text className="yk-field__label" role="heading" aria-level={2}>
        {material.name}
      </Text>
      {material.note && <Text className="yk-field__hint">{material.note}</Text>}
      {error && (
        <Text className="yk-field__error" role="alert" data-testid={`error-materials.${material.materialId}`}>
          {error}
        </Text>
      )}
      <Text className="yk-case-subtitle">用我的电子证照</Text>
      {certificates.status === 'loading' && <StateView kind="loading" label="正在加载我的证照…" />}
      {certificates.status === 'error' && <StateView kind="error" title="我的证照加载失败" error={certificates.error} onRetry={certificates.retry} />}
      {certificates.status === 'success' &&
        (() => {
          // only the e-certificates the asked material names (the server's own rule)
          const fitting = certificates.data.filter((c) => material.certificateKinds.includes(c.kind));
          if (fitting.length === 0) {
            return (
              <Text className="yk-apply-line" data-testid={`no-certificate-${material.materialId}`}>
                {material.certificateKinds.length === 0 ? '这份材料没有对应的电子证照，请上传文件。' : '我的证照里还没有这份材料对应的电子证照，请上传文件。'}
              </Text>
            );
          }
          return (
            <View role="list" aria-label={`可用于${material.name}的电子证照`}>
              {fitting.map((c) => {
                const chosen = value?.kind === 'certificate' && value.certificateId === c.id;
                return (
                  <View key={c.id} role="listitem" className="yk-supplement__cert">
                    <View className="yk-supplement__cert-name">
                      <Text>
                        {c.name} <TrustBadge level={c.trustLevel} />
                      </Text>
                      <Text className="yk-apply-line">{c.number}</Text>
                    </View>
                    <Pressable
                      className={`yk-button yk-button--small ${chosen ? 'yk-button--primary' : 'yk-button--ghost'}`}
                      pressed={chosen}
                      testId={`use-certificate-${c.id}`}
                      onTap={() => onAnswer(chosen ? undefined : { kind: 'certificate', certificateId: c.id })}
                    >
                      {chosen ? `已选用${c.name}` : `选用${c.name}`}
                    </Pressable>
                  </View>
                );
              })}
            </View>
          );
        })()}
      <Text className="yk-case-subtitle">或上传文件</Text>
      {uploads.length > 0 && (
        <View className="yk-apply-row">
          <Text className="yk-apply-row__value" data-testid={`uploaded-${material.materialId}`}>
            已提供 {uploads.length} 个文件
          </Text>
          <Pressable className="yk-link" onTap={() => onAnswer(undefined)}>
            清除已提供的文件
          </Pressable>
        </View>
      )}
      <UploadButton
        label={`上传${material.name}`}
        resumeKey={`supplement:${material.materialId}`}
        testId={`upload-button-${material.materialId}`}
        onUploaded={(u) => onAnswer({ kind: 'upload', uploadIds: [...uploads, u.id] })}
      />
      <MaterialsPicker selectedIds={uploads} testId={`picker-${material.materialId}`} onPick={(u) => onAnswer({ kind: 'upload', uploadIds: [...uploads, u.id] })} />
    </View>
  );
}
