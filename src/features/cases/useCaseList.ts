import { useCallback, useEffect, useState } from 'react';
import { useCursorList } from '../../core/hooks/useCursorList';
import type { CaseList, CaseListEntry, CaseTab } from '../../shared/api/cases';
import { useSignedIn } from '../identity/usePersonal';
import { casesService } from './casesService';
import { onCaseChanged } from './events';

/**
 * 我的办件: the chosen tab's cases page by page, and how many each tab holds. A new tab (or a
 * new citizen signing in) starts the list over; the counts come with every first page.
 */
export function useCaseList(initialTab: CaseTab = 'all', fetchTab: (tab: CaseTab, cursor?: string) => Promise<CaseList> = casesService.list) {
  const signedIn = useSignedIn();
  const [tab, setTab] = useState<CaseTab>(initialTab);
  const [counts, setCounts] = useState<CaseList['counts'] | null>(null);
  const fetchPage = useCallback(
    async (cursor?: string) => {
      const page = await fetchTab(tab, cursor);
      if (!cursor) setCounts(page.counts);
      return page;
    },
    [tab, fetchTab],
  );
  const list = useCursorList<CaseListEntry>(fetchPage, `${signedIn}:${tab}`);
  // a case answered or withdrawn on another page may have moved to another tab
  const { reload } = list;
  useEffect(() => onCaseChanged(() => void reload()), [reload]);
  return { tab, setTab, counts, list };
}
