import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { Page } from '../../../../components/Page';
import { Pressable } from '../../../../components/Pressable';
import { StateView } from '../../../../components/StateView';
import { ComplaintForm } from '../../../../features/complaints/ComplaintForm';
import { casesService } from '../../../../features/cases/casesService';
import { PersonalView } from '../../../../features/identity/components/PersonalView';
import { usePersonal } from '../../../../features/identity/usePersonal';
import type { Application } from '../../../../shared/api/applications';
import { isOpenComplaint } from '../../../../shared/api/complaints';
import { ROUTES } from '../../../../routes';
import '../../../../features/complaints/complaints.scss';

/**
 * 投诉 about one case: the case named at the top, then the form; a case with a complaint still
 * being handled shows where that one is instead (one open complaint per case).
 */
export default function NewComplaintPage() {
  const applicationId = useRouter().params.applicationId;
  const state = usePersonal(applicationId ? () => casesService.case(applicationId) : null, [applicationId]);
  if (!applicationId) return <StateView kind="empty" title="链接不完整" hint="没有指定要投诉的办件。" />;
  return (
    <Page className="yk-complain-page">
      <PersonalView state={state} back={ROUTES.complain(applicationId)} loading="正在读取办件…" render={(a) => <ForCase a={a} />} />
    </Page>
  );
}

function ForCase({ a }: { a: Application }) {
  return (
    <>
      <View className="yk-card" data-testid="complaint-case">
        <Text className="yk-section-title" role="heading" aria-level={1}>
          投诉：{a.itemName}
        </Text>
        <Text className="yk-complain__line">办件编号 {a.number}</Text>
        <Text className="yk-complain__line">办理部门 {a.department}</Text>
      </View>
      {a.complaint && isOpenComplaint(a.complaint.state) ? (
        <View className="yk-card" data-testid="complaint-open">
          <Text className="yk-complain__para">
            这件办件已有投诉正在办理（{a.complaint.stateLabel}），办结后如仍有问题可以再次投诉。
          </Text>
          <Pressable className="yk-button yk-button--ghost" role="link" testId="complaint-open-link" onTap={() => void Taro.redirectTo({ url: ROUTES.complaint(a.complaint!.id) })}>
            查看投诉进度
          </Pressable>
        </View>
      ) : (
        <ComplaintForm applicationId={a.id} onSent={(c) => void Taro.redirectTo({ url: ROUTES.complaint(c.id) })} />
      )}
    </>
  );
}
