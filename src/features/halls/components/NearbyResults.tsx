import { Text, View } from '@tarojs/components';
import { Pressable } from '../../../components/Pressable';
import { StateView } from '../../../components/StateView';
import { userMessageOf } from '../../../core/http/errors';
import type { GeoPoint, NearbyHall } from '../../../shared/api/halls';
import type { useNearbyHalls } from '../useNearbyHalls';
import { HallCard } from './HallCard';
import { HallMap } from './HallMap';
import './NearbyResults.scss';

export type ViewMode = 'list' | 'map';

/**
 * The result area of the nearby screen, in each of its states on purpose: loading, error with
 * retry, empty (saying whether filters caused it), the list with paging at its foot, or the map.
 */
export interface NearbyResultsProps {
  nearby: ReturnType<typeof useNearbyHalls>;
  mode: ViewMode;
  center: GeoPoint;
  selected: NearbyHall | null;
  onSelect: (h: NearbyHall) => void;
  onOpen: (h: NearbyHall) => void;
  onClearFilters: () => void;
  filtered: boolean;
}

export function NearbyResults({ nearby, mode, center, selected, onSelect, onOpen, onClearFilters, filtered }: NearbyResultsProps) {
  if (nearby.status === 'idle' || nearby.status === 'loading') return <StateView kind="loading" label="正在查找附近的大厅…" />;
  if (nearby.status === 'error') return <StateView kind="error" title="附近大厅加载失败" error={nearby.error} onRetry={() => void nearby.reload()} />;
  if (nearby.items.length === 0) {
    return (
      <StateView
        kind="empty"
        title={filtered ? '附近没有符合条件的大厅' : '附近没有找到大厅'}
        hint={filtered ? '可以放宽层级或营业时间条件再看看。' : '可以切换到其他地点再查找。'}
        action={filtered ? { label: '清除筛选', onTap: onClearFilters } : undefined}
      />
    );
  }
  if (mode === 'map') {
    const shown = selected && nearby.items.some((h) => h.id === selected.id) ? selected : nearby.items[0];
    return (
      <View data-testid="map-view">
        <HallMap center={center} halls={nearby.items} selectedId={shown.id} onSelect={onSelect} />
        <HallCard hall={shown} onOpen={onOpen} />
      </View>
    );
  }
  return (
    <View className="yk-results" data-testid="hall-list" aria-busy={nearby.refreshing}>
      {nearby.refreshError !== undefined && (
        <Text className="yk-results__notice" role="alert">
          刷新失败：{userMessageOf(nearby.refreshError)}
        </Text>
      )}
      {nearby.items.map((hall) => (
        <HallCard key={hall.id} hall={hall} onOpen={onOpen} />
      ))}
      <View className="yk-results__foot">
        {nearby.more === 'loading' && <Text role="status">正在加载更多…</Text>}
        {nearby.more === 'error' && (
          <View className="yk-results__more-error" role="alert">
            <Text>{userMessageOf(nearby.moreError)}</Text>
            <Pressable className="yk-link" onTap={() => void nearby.loadMore()}>
              重试
            </Pressable>
          </View>
        )}
        {nearby.more === 'idle' && nearby.hasMore && (
          <Pressable className="yk-link" onTap={() => void nearby.loadMore()} testId="load-more">
            加载更多
          </Pressable>
        )}
        {!nearby.hasMore && <Text>已显示全部</Text>}
      </View>
    </View>
  );
}
