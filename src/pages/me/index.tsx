import { useDidShow } from '@tarojs/taro';
import { ElderToggle } from '../../components/ElderToggle';
import { Page } from '../../components/Page';
import { TabNav } from '../../components/TabNav';
import { useFavourites, useRecentSearches } from '../../features/catalog/deviceLists';
import { MeScreen } from '../../features/identity/components/MeScreen';
import { ROUTES } from '../../routes';

/** Tab 我的 (features/identity/components/MeScreen). */
export default function MePage() {
  const { favourites, reload } = useFavourites();
  const { recent } = useRecentSearches();
  // another page may have changed the device lists; tab pages stay mounted
  useDidShow(reload);
  return (
    <Page className="yk-me" tab>
      <ElderToggle />
      <MeScreen favourites={favourites} recent={recent} />
      <TabNav current={ROUTES.me} />
    </Page>
  );
}
