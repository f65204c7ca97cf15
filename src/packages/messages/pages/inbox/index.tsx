import { Page } from '../../../../components/Page';
import { MessageCentre } from '../../../../features/messages/components/MessageCentre';

/** 消息中心 (features/messages/components/MessageCentre). */
export default function MessagesPage() {
  return (
    <Page className="yk-messages">
      <MessageCentre />
    </Page>
  );
}
