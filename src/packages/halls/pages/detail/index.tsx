import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { Page } from '../../../../components/Page';
import { Pressable } from '../../../../components/Pressable';
import { ShareButton, useShare } from '../../../../components/Share';
import { StateView } from '../../../../components/StateView';
import { goToTab } from '../../../../components/TabNav';
import { notify } from '../../../../core/notify';
import { device } from '../../../../core/platform/device';
import { HallItems } from '../../../../features/catalog/components/HallItems';
import { WeekHours } from '../../../../features/halls/components/WeekHours';
import { useHallDetail } from '../../../../features/halls/useHallDetail';
import type { HallDetail } from '../../../../shared/api/halls';
import { formatDayHours, formatQueue, LEVEL_LABEL } from '../../../../shared/format/hall';
import { ROUTES } from '../../../../routes';
import './index.scss';

const WINDOWS_SHOWN = 8;

/** A hall's page, deep-linkable by id: where it is, when it is open, how busy, how to get there. */
export default function HallDetailPage() {
  const { params } = useRouter();
  const id = params.id;
  const detail = useHallDetail(id);
  const hall = detail.status === 'success' ? detail.data : undefined;

  useShare(hall ? `${hall.name}：地址、办公时间、排队情况` : '渝快办·就近办', id ? ROUTES.hallDetail(id) : ROUTES.nearby);

  if (!id) {
    return <StateView kind="empty" title="链接不完整" hint="没有指定要查看的大厅。" action={{ label: '查找附近大厅', onTap: () => goToTab(ROUTES.nearby) }} />;
  }
  return (
    <Page className="yk-hall">
      {detail.status === 'loading' && <StateView kind="loading" label="正在加载大厅信息…" />}
      {detail.status === 'error' && <StateView kind="error" title="大厅信息加载失败" error={detail.error} onRetry={detail.retry} />}
      {hall && <HallBody hall={hall} />}
    </Page>
  );
}

function HallBody({ hall }: { hall: HallDetail }) {
  const openWindows = hall.windows.filter((w) => w.open).length;
  // A city hall has dozens of windows: the first few, then all on request, keep the page light.
  const [allWindows, setAllWindows] = useState(false);
  const shownWindows = allWindows ? hall.windows : hall.windows.slice(0, WINDOWS_SHOWN);
  return (
    <>
      <View className="yk-card yk-hall__head">
        <Text className="yk-hall__name" role="heading" aria-level={1} data-testid="hall-name">
          {hall.name}
        </Text>
        <View className="yk-hall__badges">
          <Text className="yk-badge yk-badge--level">{LEVEL_LABEL[hall.level]}</Text>
          <Text className={`yk-badge ${hall.openNow ? 'yk-badge--open' : 'yk-badge--closed'}`} data-testid="hall-open">
            {hall.openNow ? '营业中' : '休息中'}
          </Text>
        </View>
        <Text className="yk-hall__line">今日 {formatDayHours(hall.today)}</Text>
        <Text className="yk-hall__line">{hall.divisionPath}</Text>
      </View>

      <View className="yk-card">
        <Text className="yk-hall__section" role="heading" aria-level={2}>
          排队情况
        </Text>
        <Text className="yk-hall__queue" data-testid="hall-queue">
          {hall.openNow ? formatQueue(hall.queue.waiting, hall.queue.estimatedWaitMinutes) : '当前不在办公时间'}
        </Text>
        <Text className="yk-hall__line">
          共 {hall.windows.length} 个窗口{hall.openNow ? `，${openWindows} 个正在办理` : ''}
        </Text>
      </View>

      <View className="yk-card">
        <Text className="yk-hall__section" role="heading" aria-level={2}>
          地址与电话
        </Text>
        <Text className="yk-hall__line" data-testid="hall-address">
          {hall.address}
        </Text>
        {hall.transit && <Text className="yk-hall__line">交通：{hall.transit}</Text>}
        <Text className="yk-hall__line">咨询电话：{hall.phone}</Text>
        <View className="yk-hall__actions">
          <Pressable className="yk-button yk-button--primary" onTap={() => void device.navigateTo(hall.location, hall.name, hall.address)} testId="navigate">
            导航前往
          </Pressable>
          <Pressable className="yk-button yk-button--ghost" onTap={() => void device.callPhone(hall.phone)} testId="call" label={`拨打电话 ${hall.phone}`}>
            拨打电话
          </Pressable>
          <Pressable
            className="yk-button yk-button--ghost"
            onTap={() => void device.copyText(hall.address).then((ok) => notify(ok ? '地址已复制' : '复制失败', ok ? 'info' : 'error'))}
          >
            复制地址
          </Pressable>
          <ShareButton className="yk-button yk-button--ghost" title={hall.name} weappText="分享给好友" testId="share" />
        </View>
      </View>

      <View className="yk-card">
        <Text className="yk-hall__section" role="heading" aria-level={2}>
          办公时间
        </Text>
        <WeekHours week={hall.week} />
        <Text className="yk-hall__hint">法定节假日休息，调休上班日正常办公。</Text>
      </View>

      <View className="yk-card">
        <Text className="yk-hall__section" role="heading" aria-level={2}>
          办事窗口（{hall.windows.length}）
        </Text>
        <View role="list">
          {shownWindows.map((w) => (
            <View key={w.id} role="listitem" className="yk-hall__window" data-testid="hall-window">
              <Text>{w.name}</Text>
              <Text className="yk-hall__window-cat">{w.category}</Text>
              <Text className={w.open && hall.openNow ? 'yk-hall__window-open' : 'yk-hall__window-closed'}>
                {w.open && hall.openNow ? '办理中' : '暂停'}
              </Text>
            </View>
          ))}
        </View>
        {shownWindows.length < hall.windows.length && (
          <Pressable className="yk-link" onTap={() => setAllWindows(true)} testId="all-windows">
            显示全部 {hall.windows.length} 个窗口
          </Pressable>
        )}
      </View>
      <View className="yk-card">
        <Text className="yk-hall__section" role="heading" aria-level={2}>
          可办事项
        </Text>
        <HallItems hallId={hall.id} />
      </View>
      {hall.parentHallId && (
        <View className="yk-card">
          <Pressable className="yk-link" role="link" onTap={() => void Taro.navigateTo({ url: ROUTES.hallDetail(hall.parentHallId as string) })}>
            查看上级政务服务中心
          </Pressable>
        </View>
      )}
    </>
  );
}
