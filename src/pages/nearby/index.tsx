import { Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import { useCallback, useState } from 'react';
import { Page } from '../../components/Page';
import { Pressable } from '../../components/Pressable';
import { TabNav } from '../../components/TabNav';
import { NearbyFilters } from '../../features/halls/components/NearbyFilters';
import { NearbyResults, type ViewMode } from '../../features/halls/components/NearbyResults';
import { ElderOffer, ElderToggle } from '../../components/ElderToggle';
import { useElderMode } from '../../core/settings/elderMode';
import { ElderHomeSlot } from '../../features/elder-home/ElderHomeSlot';
import { useNearbyHalls, type NearbyFilters as Filters } from '../../features/halls/useNearbyHalls';
import { LocationPrompt } from '../../features/place/components/LocationPrompt';
import { PlaceBar } from '../../features/place/components/PlaceBar';
import { usePlace } from '../../features/place/usePlace';
import type { NearbyHall } from '../../shared/api/halls';
import { ROUTES } from '../../routes';
import './index.scss';

/** 就近办: the halls of all four levels nearest to the citizen, as a list or on a map. */
export default function NearbyPage() {
  const { place, locating, failure, locate } = usePlace();
  const [filters, setFilters] = useState<Filters>({ openNow: false });
  const [mode, setMode] = useState<ViewMode>('list');
  const [selected, setSelected] = useState<NearbyHall | null>(null);
  const nearby = useNearbyHalls(place?.point ?? null, filters);
  const elder = useElderMode();

  const openHall = useCallback((hall: NearbyHall) => {
    void Taro.navigateTo({ url: ROUTES.hallDetail(hall.id) });
  }, []);
  const pickPlace = useCallback(() => {
    void Taro.navigateTo({ url: ROUTES.pickPlace });
  }, []);

  useReachBottom(() => {
    if (mode === 'list' && nearby.hasMore) void nearby.loadMore();
  });
  usePullDownRefresh(() => {
    void nearby.refresh().finally(() => Taro.stopPullDownRefresh());
  });

  return (
    <Page className="yk-nearby" tab>
      <ElderToggle />
      <ElderOffer />
      {/* 长辈版: the elder home first (nearest hall, the most used services, a person to call);
          with no place yet its nearest-hall card is the one location prompt, so ours stays out */}
      {elder && <ElderHomeSlot place={place} locating={locating} failure={failure} onLocate={locate} onPickPlace={pickPlace} />}
      {place ? (
        <PlaceBar place={place} locating={locating} onLocate={locate} onPickPlace={pickPlace} />
      ) : (
        !elder && <LocationPrompt locating={locating} failure={failure} onLocate={locate} onPickPlace={pickPlace} />
      )}
      {place && failure && (
        <Text className="yk-nearby__notice" role="alert">
          定位失败，仍显示“{place.label}”附近的大厅。
        </Text>
      )}
      {place && (
        <>
          <NearbyFilters value={filters} onChange={setFilters} />
          <View className="yk-segmented" role="tablist" aria-label="显示方式">
            {(['list', 'map'] as const).map((m) => (
              <Pressable
                key={m}
                role="tab"
                selected={mode === m}
                className={`yk-segmented__item ${mode === m ? 'yk-segmented__item--on' : ''}`}
                testId={`mode-${m}`}
                onTap={() => setMode(m)}
              >
                <Text>{m === 'list' ? '列表' : '地图'}</Text>
              </Pressable>
            ))}
          </View>
          <NearbyResults
            nearby={nearby}
            mode={mode}
            center={place.point}
            selected={selected}
            onSelect={setSelected}
            onOpen={openHall}
            onClearFilters={() => setFilters({ openNow: false })}
            filtered={filters.level !== undefined || filters.openNow}
          />
        </>
      )}
      <TabNav current={ROUTES.nearby} />
    </Page>
  );
}
