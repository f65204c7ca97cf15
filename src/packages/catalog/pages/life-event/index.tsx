import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useEffect } from 'react';
import { Page } from '../../../../components/Page';
import { Pressable } from '../../../../components/Pressable';
import { StateView } from '../../../../components/StateView';
import { useAsync } from '../../../../core/hooks/useAsync';
import { catalogService } from '../../../../features/catalog/catalogService';
import { ItemRow } from '../../../../features/catalog/components/ItemRow';
import { MaterialChecklist } from '../../../../features/catalog/components/MaterialChecklist';
import { ROUTES } from '../../../../routes';
import '../guide/index.scss';

/** 一件事一次办: the items of one life event, and every material they need, listed once. */
export default function LifeEventPage() {
  const { params } = useRouter();
  const id = params.id;
  const event = useAsync(id ? () => catalogService.lifeEvent(id) : null, [id]);

  useEffect(() => {
    if (event.status === 'success') void Taro.setNavigationBarTitle({ title: event.data.name });
  }, [event.status, event.data]);

  if (!id) return <StateView kind="empty" title="链接不完整" hint="没有指定要查看的“一件事”。" />;
  return (
    <Page className="yk-guide">
      {event.status === 'loading' && <StateView kind="loading" label="正在加载…" />}
      {event.status === 'error' && <StateView kind="error" title="加载失败" error={event.error} onRetry={event.retry} />}
      {event.status === 'success' && (
        <>
          <View className="yk-card yk-guide__head">
            <Text className="yk-guide__name" role="heading" aria-level={1} data-testid="life-event-name">
              {event.data.name}
            </Text>
            <Text className="yk-guide__line">{event.data.description}</Text>
            <Text className="yk-guide__line">
              共 {event.data.items.length} 个事项，合计承诺 {event.data.totalPromisedDays} 个工作日内办结；材料只需提交一次。
            </Text>
            <View className="yk-guide__apply" data-testid="apply-life-event">
              <Text className="yk-guide__hint">填写一张表，同时申请以上 {event.data.items.length} 个事项，每个事项各有办件编号、分别办理。</Text>
              <Pressable className="yk-button yk-button--primary" testId="apply-life-event-button" onTap={() => void Taro.navigateTo({ url: ROUTES.applyLifeEvent(event.data.id) })}>
                一次申请
              </Pressable>
            </View>
          </View>
          <View className="yk-card">
            <Text className="yk-section-title" role="heading" aria-level={2}>
              包含的事项
            </Text>
          </View>
          {event.data.items.map((item) => (
            <ItemRow key={item.id} item={item} onOpen={(i) => void Taro.navigateTo({ url: ROUTES.guide(i.id) })} />
          ))}
          <View className="yk-card">
            <Text className="yk-section-title" role="heading" aria-level={2}>
              合并后的材料清单（{event.data.materials.length} 项）
            </Text>
            <MaterialChecklist materials={event.data.materials} />
          </View>
        </>
      )}
    </Page>
  );
}
