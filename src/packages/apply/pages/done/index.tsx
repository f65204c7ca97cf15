import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { Page } from '../../../../components/Page';
import { Pressable } from '../../../../components/Pressable';
import { applyingService } from '../../../../features/applying/applyingService';
import { BundleApplications } from '../../../../features/applying/components/BundleApplications';
import { PersonalView } from '../../../../features/identity/components/PersonalView';
import { usePersonal } from '../../../../features/identity/usePersonal';
import { SubscribeCard } from '../../../../features/messages/components/SubscribeCard';
import { ROUTES } from '../../../../routes';
import '../../../../features/applying/applying.scss';

/**
 * 提交成功: the application number to quote (large, copyable), the promised completion date,
 * what happens next, and the way back to it (办件详情, 我的办件).
 */
export default function ApplyDonePage() {
  const id = useRouter().params.id;
  const app = usePersonal(id ? () => applyingService.application(id) : null, [id]);
  const back = id ? ROUTES.applyDone(id) : ROUTES.me;
  return (
    <Page className="yk-apply-done">
      <PersonalView
        state={app}
        back={back}
        loading="正在读取办件…"
        render={(a) => (
          <>
            <View className="yk-card yk-apply-panel" data-testid="confirmation">
              <Text className="yk-apply-heading" role="heading" aria-level={1}>
                申请已提交
              </Text>
              <Text className="yk-apply-line">办件编号</Text>
              <Text className="yk-apply-number" userSelect data-testid="application-number">
                {a.number}
              </Text>
              <Pressable className="yk-button yk-button--ghost yk-button--small" testId="copy-number" onTap={() => void Taro.setClipboardData({ data: a.number })}>
                复制办件编号
              </Pressable>
            </View>
            {a.bundle && <BundleApplications bundle={a.bundle} testId="bundle" />}
            <View className="yk-card">
              <View className="yk-apply-row">
                <Text className="yk-apply-row__label">办理事项</Text>
                <Text className="yk-apply-row__value">{a.itemName}</Text>
              </View>
              <View className="yk-apply-row">
                <Text className="yk-apply-row__label">承诺办结</Text>
                <Text className="yk-apply-row__value" data-testid="promised-date">
                  {a.promisedDate} 前（按工作日计算，节假日顺延）
                </Text>
              </View>
            </View>
            <View className="yk-card" data-testid="next-steps">
              <Text className="yk-section-title" role="heading" aria-level={2}>
                接下来
              </Text>
              {a.nextSteps.map((s, n) => (
                <Text key={s} className="yk-apply-line">
                  {n + 1}. {s}
                </Text>
              ))}
            </View>
            <SubscribeCard applicationId={a.id} />
            <View className="yk-apply-actions">
              <Pressable className="yk-button yk-button--primary" role="link" testId="open-application" onTap={() => void Taro.redirectTo({ url: ROUTES.application(a.id) })}>
                查看办件详情
              </Pressable>
              <Pressable className="yk-button yk-button--ghost" role="link" onTap={() => void Taro.redirectTo({ url: ROUTES.applications })}>
                我的办件
              </Pressable>
            </View>
          </>
        )}
      />
    </Page>
  );
}
