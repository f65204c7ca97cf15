import Taro, { useRouter } from '@tarojs/taro';
import { Page } from '../../../../components/Page';
import { CaseListView } from '../../../../features/cases/components/CaseListView';
import { useCaseList } from '../../../../features/cases/useCaseList';
import { ROUTES } from '../../../../routes';
import { CASE_TABS, type CaseTab } from '../../../../shared/api/cases';
import '../../../../features/applying/applying.scss';

/** 我的办件: tabs by state with counts; a draft opens its task list, an application its case page. */
export default function CaseListPage() {
  const asked = useRouter().params.tab;
  const initial = CASE_TABS.includes(asked as CaseTab) ? (asked as CaseTab) : 'all';
  const { tab, setTab, counts, list } = useCaseList(initial);
  return (
    <Page className="yk-cases">
      <CaseListView
        tab={tab}
        onTab={setTab}
        counts={counts}
        list={list}
        back={ROUTES.applications}
        onOpen={(e) => void Taro.navigateTo({ url: e.kind === 'draft' ? ROUTES.applyTasks(e.id) : ROUTES.application(e.id) })}
      />
    </Page>
  );
}
