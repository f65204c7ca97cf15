import { Input, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useMemo, useState } from 'react';
import { Page } from '../../../../components/Page';
import { Pressable } from '../../../../components/Pressable';
import { goToTab } from '../../../../components/TabNav';
import { StateView } from '../../../../components/StateView';
import { geolocation } from '../../../../core/platform/location';
import { setPlace } from '../../../../features/place/placeStore';
import { useDivisions } from '../../../../features/place/useDivisions';
import type { Division } from '../../../../shared/api/halls';
import { ROUTES } from '../../../../routes';
import './index.scss';

const LEVEL_NAME = { district: '区县', township: '乡镇(街道)', village: '村(社区)' } as const;

/**
 * Choosing a place by hand, for a citizen who will not or cannot share their position:
 * district → township/street → village/community, with a filter box at every step.
 */
export default function PickPlacePage() {
  const [path, setPath] = useState<Division[]>([]);
  const [filter, setFilter] = useState('');
  const parent = path[path.length - 1];
  const divisions = useDivisions(parent?.code);

  const shown = useMemo(() => {
    const items = divisions.status === 'success' ? divisions.data.items : [];
    const q = filter.trim();
    return q ? items.filter((d) => d.name.includes(q)) : items;
  }, [divisions, filter]);

  const choose = (division: Division, trail: Division[]) => {
    setPlace({
      kind: 'division',
      label: [...trail, division].map((d) => d.name).join(' '),
      point: division.location,
      divisionCode: division.code,
    });
    Taro.navigateBack().catch(() => goToTab(ROUTES.nearby));
  };

  const open = (division: Division) => {
    if (division.childCount > 0) {
      setPath([...path, division]);
      setFilter('');
    } else {
      choose(division, path);
    }
  };

  const chooseMapPoint = async () => {
    const picked = await geolocation.chooseOnMap();
    if (!picked) return;
    setPlace({ kind: 'map', label: picked.name, point: { lat: picked.lat, lng: picked.lng } });
    Taro.navigateBack().catch(() => goToTab(ROUTES.nearby));
  };

  const nextLevel = parent ? (parent.level === 'district' ? 'township' : 'village') : 'district';

  return (
    <Page className="yk-pick">
      <View className="yk-pick__crumbs" role="navigation" aria-label="已选地点">
        <Pressable className="yk-pick__crumb" onTap={() => setPath([])}>
          重庆市
        </Pressable>
        {path.map((d, i) => (
          <Pressable key={d.code} className="yk-pick__crumb" onTap={() => setPath(path.slice(0, i + 1))}>
            {' › '}
            {d.name}
          </Pressable>
        ))}
      </View>
      {geolocation.canChooseOnMap && !parent && (
        <Pressable className="yk-pick__row yk-pick__row--action" onTap={() => void chooseMapPoint()}>
          <Text>在地图上选点</Text>
        </Pressable>
      )}
      {parent && (
        <Pressable className="yk-pick__row yk-pick__row--action" onTap={() => choose(parent, path.slice(0, -1))} testId="choose-parent">
          <Text>就选“{parent.name}”</Text>
        </Pressable>
      )}
      <View className="yk-pick__search">
        <Input
          className="yk-pick__input"
          maxlength={50}
          value={filter}
          placeholder={`输入${LEVEL_NAME[nextLevel]}名称筛选`}
          aria-label={`筛选${LEVEL_NAME[nextLevel]}`}
          onInput={(e) => setFilter(e.detail.value)}
          data-testid="division-filter"
        />
      </View>
      {divisions.status === 'loading' && <StateView kind="loading" label={`正在加载${LEVEL_NAME[nextLevel]}…`} />}
      {divisions.status === 'error' && <StateView kind="error" error={divisions.error} onRetry={divisions.retry} />}
      {divisions.status === 'success' && shown.length === 0 && (
        <StateView kind="empty" title={filter ? `没有名称包含“${filter}”的${LEVEL_NAME[nextLevel]}` : `这里没有下级地点`} action={filter ? { label: '清除筛选', onTap: () => setFilter('') } : undefined} />
      )}
      <View role="list" aria-label={`${LEVEL_NAME[nextLevel]}列表`}>
        {shown.map((d) => (
          <View key={d.code} role="listitem">
            <Pressable className="yk-pick__row" onTap={() => open(d)} testId="division-row">
              <Text>{d.name}</Text>
              <Text className="yk-pick__more" aria-hidden="true">
                {d.childCount > 0 ? '›' : ''}
              </Text>
            </Pressable>
          </View>
        ))}
      </View>
    </Page>
  );
}
