import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Pressable } from '../../components/Pressable';
import { goToTab } from '../../components/TabNav';
import { useAsync } from '../../core/hooks/useAsync';
import { device } from '../../core/platform/device';
import { geolocation, type LocationFailure } from '../../core/platform/location';
import type { NearbyHall } from '../../shared/api/halls';
import { formatDayHours, formatDistance } from '../../shared/format/hall';
import { ROUTES } from '../../routes';
import { hallsService } from '../halls/hallsService';
import type { Place } from '../place/placeStore';
import { FAILURE_MESSAGE } from '../place/usePlace';
import { ELDER_ENTRIES, HOTLINE } from './entries';
import './ElderHome.scss';

export interface ElderHomeProps {
  /** where the citizen is, or the place they chose; null until either */
  place: Place | null;
  locating: boolean;
  /** why the last attempt to locate failed, said in words under the buttons */
  failure: LocationFailure | null;
  onLocate: () => void;
  onPickPlace: () => void;
}

const go = (url: string) => void Taro.navigateTo({ url });

/**
 * 长辈版首页: at the top of 就近办 in 长辈版. The nearest hall with its phone and today's hours,
 * the few services older citizens use most as large entries, everything else one tap away, and
 * a person to call. Nothing moves by itself and nothing pops up.
 */
export function ElderHome({ place, locating, failure, onLocate, onPickPlace }: ElderHomeProps) {
  const point = place?.point ?? null;
  const nearest = useAsync(
    () => (point ? hallsService.nearby({ lat: point.lat, lng: point.lng, limit: 1 }).then((r) => r.items[0] ?? null) : Promise.resolve(null)),
    [point?.lat, point?.lng],
  );
  const hall: NearbyHall | null = nearest.status === 'success' ? nearest.data : null;
  const phone = hall?.phone ?? HOTLINE;

  return (
    <View className="yk-elder-home" data-testid="elder-home">
      <View className="yk-card yk-elder-home__hall" data-testid="elder-nearest">
        <Text className="yk-elder-home__title" role="heading" aria-level={2}>
          离您最近的大厅
        </Text>
        {/* With no place yet this is the page's one location prompt: 就近办 shows its own only
            outside 长辈版. Same content as LocationPrompt (why, what failed, both ways, settings). */}
        {!place && (
          <View data-testid="location-prompt">
            <Text className="yk-elder-home__text">还不知道您在哪里。请用您的位置，或选一个地点，就能找到最近的大厅。位置只用于本次查找，不会保存到服务器。</Text>
            {failure && (
              <Text className="yk-elder-home__text" role="alert">
                {FAILURE_MESSAGE[failure]}
              </Text>
            )}
            <Pressable
              className="yk-button yk-button--primary yk-elder-home__action"
              testId="elder-locate"
              disabled={locating}
              openType="agreePrivacyAuthorization"
              onTap={onLocate}
            >
              {locating ? '正在定位…' : '使用我的位置'}
            </Pressable>
            <Pressable className="yk-button yk-button--ghost yk-elder-home__action" testId="elder-pick-place" onTap={onPickPlace}>
              手动选择地点
            </Pressable>
            {failure === 'denied' && geolocation.canOpenSettings && (
              <Pressable className="yk-button yk-button--ghost yk-elder-home__action" onTap={() => void geolocation.openLocationSettings().then((ok) => ok && onLocate())}>
                去设置开启定位
              </Pressable>
            )}
          </View>
        )}
        {place && nearest.status === 'loading' && <Text className="yk-elder-home__text">正在查找“{place.label}”附近的大厅…</Text>}
        {place && nearest.status === 'error' && (
          <>
            <Text className="yk-elder-home__text" role="alert">
              没能查到附近的大厅，请检查网络后点“再试一次”，或拨打 {HOTLINE} 咨询。
            </Text>
            <Pressable className="yk-button yk-button--ghost yk-elder-home__action" onTap={nearest.retry}>
              再试一次
            </Pressable>
          </>
        )}
        {hall && (
          <>
            <Text className="yk-elder-home__hall-name" data-testid="elder-hall-name">
              {hall.name}
            </Text>
            <Text className="yk-elder-home__text">
              距离{place?.kind === 'gps' ? '您' : `“${place?.label}”`} {formatDistance(hall.distanceMeters)} · {hall.openNow ? '现在营业中' : '现在不营业'}
            </Text>
            <Text className="yk-elder-home__text" data-testid="elder-hall-hours">
              今天：{formatDayHours(hall.today)}
            </Text>
            <Pressable className="yk-button yk-button--primary yk-elder-home__action" testId="elder-call-hall" onTap={() => void device.callPhone(hall.phone)}>
              打电话 {hall.phone}
            </Pressable>
            <Pressable className="yk-button yk-button--ghost yk-elder-home__action" testId="elder-open-hall" onTap={() => go(ROUTES.hallDetail(hall.id))}>
              查看大厅地址和路线
            </Pressable>
          </>
        )}
      </View>

      <View className="yk-card">
        <Text className="yk-elder-home__title" role="heading" aria-level={2}>
          常办的事
        </Text>
        <View className="yk-elder-home__grid">
          {ELDER_ENTRIES.map((e) => (
            <Pressable key={e.key} className="yk-elder-home__entry" role="link" testId={`elder-entry-${e.key}`} onTap={() => go(e.url)}>
              <Text className="yk-elder-home__entry-title">{e.title}</Text>
              <Text className="yk-elder-home__entry-hint">{e.hint}</Text>
            </Pressable>
          ))}
          <Pressable className="yk-elder-home__entry yk-elder-home__entry--all" role="link" testId="elder-all-services" onTap={() => goToTab(ROUTES.services)}>
            <Text className="yk-elder-home__entry-title">全部服务</Text>
            <Text className="yk-elder-home__entry-hint">查找其他所有事项</Text>
          </Pressable>
        </View>
      </View>

      <View className="yk-card">
        <Text className="yk-elder-home__title" role="heading" aria-level={2}>
          找人帮忙
        </Text>
        <Text className="yk-elder-home__text">
          {hall ? `打给最近的大厅，工作人员会告诉您怎么办。` : `拨打 ${HOTLINE} 政务服务便民热线，有人工接听。`}
        </Text>
        <Pressable className="yk-button yk-button--primary yk-elder-home__action" testId="elder-call-person" onTap={() => void device.callPhone(phone)}>
          打电话找人工 {phone}
        </Pressable>
        {hall && (
          <Pressable className="yk-button yk-button--ghost yk-elder-home__action" testId="elder-call-hotline" onTap={() => void device.callPhone(HOTLINE)}>
            拨打 {HOTLINE} 热线
          </Pressable>
        )}
        <Pressable className="yk-link" role="link" testId="elder-accessibility" onTap={() => go(ROUTES.accessibility)}>
          无障碍声明
        </Pressable>
      </View>

      {/* the normal list follows only once there is a place to list halls around */}
      {place && (
        <Text className="yk-elder-home__title yk-elder-home__list-title" role="heading" aria-level={2}>
          附近的大厅
        </Text>
      )}
    </View>
  );
}
