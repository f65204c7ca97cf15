import { useRouter } from '@tarojs/taro';
import { Page } from '../../../../components/Page';
import { StateView } from '../../../../components/StateView';
import { BookingFlow } from '../../../../features/appointments/components/BookingFlow';

/** 预约办理: a hall, a date and a slot for one item. */
export default function BookPage() {
  const { itemId, applicationId } = useRouter().params;
  return (
    <Page className="yk-book">
      {itemId ? <BookingFlow itemId={itemId} applicationId={applicationId || undefined} /> : <StateView kind="empty" title="没有指定要预约的事项" hint="请从办事指南进入预约。" />}
    </Page>
  );
}
