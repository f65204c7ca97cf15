import { Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { Page } from '../../components/Page';
import { Pressable } from '../../components/Pressable';
import { StateView } from '../../components/StateView';
import { TabNav } from '../../components/TabNav';
import { useAsync } from '../../core/hooks/useAsync';
import { catalogService } from '../../features/catalog/catalogService';
import { ElderToggle } from '../../components/ElderToggle';
import { useFavourites } from '../../features/catalog/deviceLists';
import { HALL_LEVELS } from '../../shared/api/halls';
import { LEVEL_LABEL } from '../../shared/format/hall';
import { ROUTES } from '../../routes';
import './index.scss';

const go = (url: string) => void Taro.navigateTo({ url });

/**
 * 办事: the way into the catalog of ~1,200 items: search in everyday words, browse by life or
 * enterprise theme, by department or level, or start from a life event (一件事一次办).
 */
export default function ServicesPage() {
  const catalog = useAsync(() => Promise.all([catalogService.themes(), catalogService.lifeEvents()]), []);
  const { favourites, reload } = useFavourites();
  useDidShow(reload);

  return (
    <Page className="yk-services" tab>
      <ElderToggle />
      <View className="yk-services__search">
        <Pressable className="yk-services__search-box" role="link" testId="open-search" onTap={() => go(ROUTES.itemSearch())}>
          <Text>搜索事项，如“社保卡”“开公司”“sbk”</Text>
        </Pressable>
        <Pressable className="yk-link" role="link" testId="services-progress" onTap={() => go(ROUTES.progress)}>
          办件进度查询（无需登录）
        </Pressable>
      </View>

      {favourites.length > 0 && (
        <View className="yk-card">
          <Text className="yk-services__title" role="heading" aria-level={2}>
            我的收藏
          </Text>
          {favourites.slice(0, 5).map((f) => (
            <Pressable key={f.id} className="yk-services__fav" role="link" onTap={() => go(ROUTES.guide(f.id))}>
              <Text>{f.name}</Text>
              <Text className="yk-services__fav-dept">{f.department}</Text>
            </Pressable>
          ))}
        </View>
      )}

      {catalog.status === 'loading' && <StateView kind="loading" label="正在加载事项分类…" />}
      {catalog.status === 'error' && <StateView kind="error" title="事项分类加载失败" error={catalog.error} onRetry={catalog.retry} />}
      {catalog.status === 'success' && (
        <>
          <View className="yk-card">
            <Text className="yk-services__title" role="heading" aria-level={2}>
              一件事一次办
            </Text>
            <View className="yk-services__grid">
              {catalog.data[1].map((e) => (
                <Pressable key={e.id} className="yk-services__tile yk-services__tile--event" role="link" testId="life-event" onTap={() => go(ROUTES.lifeEvent(e.id))}>
                  <Text className="yk-services__tile-name">{e.name}</Text>
                  <Text className="yk-services__tile-count">{e.itemCount} 个事项一次办</Text>
                </Pressable>
              ))}
            </View>
          </View>
          {catalog.data[0].map((group) => (
            <View className="yk-card" key={group.audience}>
              <Text className="yk-services__title" role="heading" aria-level={2}>
                {group.audience === 'citizen' ? '个人办事' : '法人办事'}
              </Text>
              <View className="yk-services__grid">
                {group.themes.map((t) => (
                  <Pressable
                    key={t.name}
                    className="yk-services__tile"
                    role="link"
                    testId="theme"
                    onTap={() => go(ROUTES.itemSearch({ theme: t.name, audience: group.audience, title: t.name }))}
                  >
                    <Text className="yk-services__tile-name">{t.name}</Text>
                  </Pressable>
                ))}
              </View>
            </View>
          ))}
          {/* static, but drawn with the rest: appearing first and then pushed down is a layout shift */}
          <View className="yk-card">
            <Text className="yk-services__title" role="heading" aria-level={2}>
              按层级、部门查找
            </Text>
            <View className="yk-services__grid">
              {HALL_LEVELS.map((level) => (
                <Pressable key={level} className="yk-services__tile" role="link" onTap={() => go(ROUTES.itemSearch({ level, title: `${LEVEL_LABEL[level]}事项` }))}>
                  <Text className="yk-services__tile-name">{LEVEL_LABEL[level]}</Text>
                </Pressable>
              ))}
              <Pressable className="yk-services__tile" role="link" testId="departments" onTap={() => go(ROUTES.departments)}>
                <Text className="yk-services__tile-name">按部门</Text>
              </Pressable>
            </View>
          </View>
        </>
      )}

      <TabNav current={ROUTES.services} />
    </Page>
  );
}
