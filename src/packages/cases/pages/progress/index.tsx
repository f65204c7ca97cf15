import { Page } from '../../../../components/Page';
import { ProgressView } from '../../../../features/cases/components/ProgressView';
import { useProgress } from '../../../../features/cases/useProgress';
import '../../../../features/applying/applying.scss';

/** 进度查询 for anyone: no sign-in; the name stays in the page's state, never in its URL. */
export default function ProgressPage() {
  const progress = useProgress();
  return (
    <Page className="yk-progress">
      <ProgressView p={progress} />
    </Page>
  );
}
