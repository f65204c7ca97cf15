import { useRouter } from '@tarojs/taro';
import { Page } from '../../../../components/Page';
import { CaseView } from '../../../../features/cases/components/CaseView';
import { useCase } from '../../../../features/cases/useCase';
import { PersonalView } from '../../../../features/identity/components/PersonalView';
import { ROUTES } from '../../../../routes';
import '../../../../features/applying/applying.scss';

/**
 * One case, opened by `?id=` (from 我的办件, the confirmation page, or a message's deep link):
 * the first screen comes from the one GET /applications/:id.
 */
export default function CasePage() {
  const id = useRouter().params.id;
  const handle = useCase(id);
  return (
    <Page className="yk-case">
      <PersonalView state={handle.state} back={id ? ROUTES.application(id) : ROUTES.applications} loading="正在读取办件…" render={(a) => <CaseView a={a} handle={handle} onChanged={handle.state.retry} />} />
    </Page>
  );
}
