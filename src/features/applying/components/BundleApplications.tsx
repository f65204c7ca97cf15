import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Pressable } from '../../../components/Pressable';
import { ROUTES } from '../../../routes';
import type { Application } from '../../../shared/api/applications';

/**
 * The applications one life-event form filed (一件事一次办), each opening its own case: on the
 * confirmation all of them, on a case page the others (`except` that case).
 */
export function BundleApplications({ bundle, except, testId }: { bundle: NonNullable<Application['bundle']>; except?: string; testId: string }) {
  const shown = bundle.applications.filter((m) => m.id !== except);
  return (
    <View className="yk-card" data-testid={testId}>
      <Text className="yk-section-title" role="heading" aria-level={2}>
        {except ? `同一“${bundle.lifeEventName}”申请的其他事项` : `${bundle.lifeEventName}：同时提交了 ${bundle.applications.length} 个事项`}
      </Text>
      {!except && <Text className="yk-apply-line">每个事项有自己的办件编号，由各部门分别办理，可分别查看进度。</Text>}
      {shown.map((m) => (
        <Pressable key={m.id} className="yk-apply-row" role="link" testId={`${testId}-application`} onTap={() => void Taro.navigateTo({ url: ROUTES.application(m.id) })}>
          <View className="yk-apply-row__value">
            <Text className="yk-apply-row__label">{m.itemName}</Text>
            <Text className="yk-apply-line">办件编号 {m.number}</Text>
          </View>
        </Pressable>
      ))}
    </View>
  );
}
