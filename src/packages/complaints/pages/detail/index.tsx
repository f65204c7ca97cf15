import { useRouter } from '@tarojs/taro';
import { Page } from '../../../../components/Page';
import { StateView } from '../../../../components/StateView';
import { ComplaintView } from '../../../../features/complaints/ComplaintView';
import { complaintsService } from '../../../../features/complaints/complaintsService';
import { PersonalView } from '../../../../features/identity/components/PersonalView';
import { usePersonal } from '../../../../features/identity/usePersonal';
import { ROUTES } from '../../../../routes';
import '../../../../features/complaints/complaints.scss';

/** 投诉详情: one complaint, its steps and replies, and the citizen's say on a reply (also a message's deep link). */
export default function ComplaintPage() {
  const id = useRouter().params.id;
  const state = usePersonal(id ? () => complaintsService.complaint(id) : null, [id]);
  if (!id) return <StateView kind="empty" title="链接不完整" hint="没有指定要查看的投诉。" />;
  return (
    <Page className="yk-complaint">
      <PersonalView state={state} back={ROUTES.complaint(id)} loading="正在读取投诉…" render={(c) => <ComplaintView initial={c} />} />
    </Page>
  );
}
