import { Text, View } from '@tarojs/components';
import { Pressable } from '../../components/Pressable';
import type { DraftMaterial } from '../../shared/api/applications';
import type { FormField } from '../../shared/forms/types';
import { MaterialsPicker } from '../uploads/MaterialsPicker';
import { UploadButton } from '../uploads/UploadButton';

/**
 * The uploads feature (src/features/uploads) in the apply pages: a form's file field and a
 * material's files, uploaded now (UploadButton) or chosen from 我的材料 (MaterialsPicker).
 */
export function renderFileField(field: FormField, path: string, value: string, onUploaded: (uploadId: string) => void) {
  return (
    <View data-testid={`upload-${path}`}>
      {value && <Text className="yk-field__hint">已上传，可重新上传替换</Text>}
      <UploadButton label={`上传${field.label}`} resumeKey={`field:${path}`} testId={`upload-button-${path}`} onUploaded={(u) => onUploaded(u.id)} />
    </View>
  );
}

export function renderMaterialUpload(material: DraftMaterial, uploadIds: string[], onChange: (uploadIds: string[]) => void) {
  return (
    <View data-testid={`upload-${material.materialId}`}>
      {uploadIds.length > 0 && (
        <View className="yk-apply-row">
          <Text className="yk-apply-row__value">已提供 {uploadIds.length} 个文件</Text>
          <Pressable className="yk-link" label={`清除已提供的${material.name}`} onTap={() => onChange([])}>
            清除
          </Pressable>
        </View>
      )}
      <UploadButton
        label={`上传${material.name}`}
        resumeKey={`material:${material.materialId}`}
        testId={`upload-button-${material.materialId}`}
        onUploaded={(u) => onChange([...uploadIds, u.id])}
      />
      <MaterialsPicker selectedIds={uploadIds} testId={`picker-${material.materialId}`} onPick={(u) => onChange([...uploadIds, u.id])} />
    </View>
  );
}
