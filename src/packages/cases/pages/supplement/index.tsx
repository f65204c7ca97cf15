import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { Page } from '../../../../components/Page';
import { Pressable } from '../../../../components/Pressable';
import { StateView } from '../../../../components/StateView';
import { SupplementForm } from '../../../../features/cases/components/SupplementForm';
import { casesService } from '../../../../features/cases/casesService';
import { useSupplement } from '../../../../features/cases/useSupplement';
import { PersonalView } from '../../../../features/identity/components/PersonalView';
import { usePersonal } from '../../../../features/identity/usePersonal';
import { ROUTES } from '../../../../routes';
import type { Application } from '../../../../shared/api/applications';
import type { SupplementRequest } from '../../../../shared/api/cases';
import '../../../../features/applying/applying.scss';

/** 补正: answer exactly what the clerk asked; afterwards back to the case page, which says 已补正. */
export default function SupplementPage() {
  const id = useRouter().params.id;
  const app = usePersonal(id ? () => casesService.case(id) : null, [id]);
  return (
    <Page className="yk-supplement">
      <PersonalView state={app} back={id ? ROUTES.supplement(id) : ROUTES.applications} loading="正在读取补正通知…" render={(a) => <Open a={a} />} />
    </Page>
  );
}

function Open({ a }: { a: Application }) {
  const request = a.supplement;
  if (!request || request.answeredAt || a.status !== 'supplement_requested') {
    return (
      <View className="yk-card">
        <StateView kind="empty" title={request?.answeredAt ? '已补正' : '没有待补正的材料'} hint="这件办件现在不需要补正。" />
        <Pressable className="yk-link" role="link" onTap={() => void Taro.redirectTo({ url: ROUTES.application(a.id) })}>
          <Text>查看办件</Text>
        </Pressable>
      </View>
    );
  }
  return <Answer a={a} request={request} />;
}

function Answer({ a, request }: { a: Application; request: SupplementRequest }) {
  const supplement = useSupplement(a, request);
  const back = () => {
    // back to the case page below (it reloads on caseChanged); opened directly, go to it
    if (Taro.getCurrentPages().length > 1) void Taro.navigateBack();
    else void Taro.redirectTo({ url: ROUTES.application(a.id) });
  };
  return <SupplementForm a={a} request={request} supplement={supplement} onDone={back} />;
}
