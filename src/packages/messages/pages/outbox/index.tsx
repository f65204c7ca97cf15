import { Page } from '../../../../components/Page';
import { OutboxList } from '../../../../features/messages/components/OutboxList';

/** 演示：消息发件箱, for reviewers (features/messages/components/OutboxList). */
export default function OutboxPage() {
  return (
    <Page className="yk-outbox-page">
      <OutboxList />
    </Page>
  );
}
