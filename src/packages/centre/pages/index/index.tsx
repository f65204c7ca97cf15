import { useDidHide, useDidShow } from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { Page } from '../../../../components/Page';
import { CommandCentre } from '../../../../features/centre/components/CommandCentre';
import { screen } from '../../../../features/centre/screen';

/**
 * 办件指挥中心（演示与审阅）: outside the citizen's tabs, for reviewers and demos
 * (features/centre). Polls only while shown: hiding the page (another page on top, the app in the
 * background) stops it, showing it again starts it.
 */
export default function CommandCentrePage() {
  const [shown, setShown] = useState(true);
  useDidShow(() => setShown(true));
  useDidHide(() => setShown(false));
  // the big screen takes the whole window while it shows (H5 on a wide screen)
  useEffect(() => (shown ? screen.useWholeWidth() : undefined), [shown]);
  return (
    <Page className="yk-centre-page">
      <CommandCentre active={shown} />
    </Page>
  );
}
