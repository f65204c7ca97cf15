import { Text, View } from '@tarojs/components';
import { Pressable } from '../../../components/Pressable';
import { device } from '../../../core/platform/device';
import type { Material } from '../../../shared/api/catalog';
import { FORM_LABEL, MEDIUM_LABEL, REQUIREMENT_LABEL, SOURCE_LABEL } from '../labels';
import './MaterialChecklist.scss';

/**
 * The materials for the chosen situation, each with everything needed to prepare it: form,
 * copies, whether it can follow later (容缺), and whether the platform fetches it itself.
 */
export function MaterialChecklist({ materials }: { materials: Material[] }) {
  return (
    <View role="list" aria-label="申请材料清单" data-testid="checklist">
      {materials.map((m, i) => (
        <View key={m.id} role="listitem" className="yk-material" data-testid="material">
          <View className="yk-material__head">
            <Text className="yk-material__name">
              {i + 1}. {m.name}
            </Text>
            <Text className={`yk-material__req yk-material__req--${m.requirement}`}>{REQUIREMENT_LABEL[m.requirement]}</Text>
          </View>
          <Text className="yk-material__line">
            {FORM_LABEL[m.form]} · {MEDIUM_LABEL[m.medium]} · {m.copies} 份
          </Text>
          <Text className={`yk-material__line ${m.source === 'shared_certificate' ? 'yk-material__line--shared' : ''}`}>
            {SOURCE_LABEL[m.source]}
            {m.issuer ? `（${m.issuer}）` : ''}
          </Text>
          {m.notes && <Text className="yk-material__line">{m.notes}</Text>}
          {(m.blankFormUrl || m.sampleUrl) && (
            <View className="yk-material__links">
              {m.blankFormUrl && (
                <Pressable className="yk-link" role="link" onTap={() => void device.openDocumentLink(m.blankFormUrl as string, `${m.name}（空白表格）`)}>
                  空白表格
                </Pressable>
              )}
              {m.sampleUrl && (
                <Pressable className="yk-link" role="link" onTap={() => void device.openDocumentLink(m.sampleUrl as string, `${m.name}（示例样表）`)}>
                  示例样表
                </Pressable>
              )}
            </View>
          )}
        </View>
      ))}
    </View>
  );
}
