import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useRef, useState } from 'react';
import { Pressable } from '../../../components/Pressable';
import { StateView } from '../../../components/StateView';
import { useAsync } from '../../../core/hooks/useAsync';
import { useMutation } from '../../../core/hooks/useMutation';
import { ROUTES } from '../../../routes';
import type { AppointmentInput, Slot, SlotDay } from '../../../shared/api/applications';
import type { NearbyHall } from '../../../shared/api/halls';
import { formatDayHours, formatDistance, LEVEL_LABEL } from '../../../shared/format/hall';
import { catalogService } from '../../catalog/catalogService';
import { NearestItemHalls } from '../../catalog/components/NearestItemHalls';
import { newIdempotencyKey } from '../../payments/idempotencyKey';
import { appointmentsService } from '../appointmentsService';
import { dateLabel, datesBetween } from '../dates';
import '../appointments.scss';

/**
 * Every date of the booking window with its slots. The window starts at the hall's `today` and
 * ends at the server's `lastBookableDate` (7 working days), both from the server's clock.
 */
async function loadDays(hall: NearbyHall, itemId: string): Promise<SlotDay[]> {
  const first = await appointmentsService.slots(hall.id, itemId, hall.today.date);
  const later = datesBetween(hall.today.date, first.lastBookableDate).slice(1);
  const rest = await Promise.all(later.map((d) => appointmentsService.slots(hall.id, itemId, d)));
  return [first, ...rest];
}

const open = (s: Slot) => s.remaining > 0;

const HALLS_LOOK = { line: 'yk-booking__note', alert: 'yk-booking__error', actions: 'yk-booking__actions' };

/**
 * 预约: a hall that handles the item (nearest first), a working day in the window, a slot with
 * room, confirm. One Idempotency-Key per choice of hall, date and slot: a double tap or a retry
 * after a lost answer books once.
 */
export function BookingFlow({ itemId, applicationId }: { itemId: string; applicationId?: string }) {
  const guide = useAsync(() => catalogService.guide(itemId), [itemId]);
  const [hall, setHall] = useState<NearbyHall | null>(null);
  const days = useAsync(hall ? () => loadDays(hall, itemId) : null, [hall?.id, itemId]);
  const [date, setDate] = useState<string | null>(null);
  const [slot, setSlot] = useState<Slot | null>(null);
  const key = useRef<{ choice: string; key: string } | null>(null);

  const booking = useMutation((input: AppointmentInput) => {
    const choice = `${input.hallId}|${input.date}|${input.start}`;
    if (key.current?.choice !== choice) key.current = { choice, key: newIdempotencyKey('book') };
    return appointmentsService.book(input, key.current.key);
  });

  const chooseHall = (h: NearbyHall) => {
    setHall(h);
    setDate(null);
    setSlot(null);
    booking.reset();
  };
  const chooseDate = (d: string) => {
    setDate(d);
    setSlot(null);
    booking.reset();
  };

  const confirm = async () => {
    if (!hall || !date || !slot) return;
    const outcome = await booking.submit({ hallId: hall.id, itemId, date, start: slot.start, ...(applicationId ? { applicationId } : {}) });
    if (outcome.status === 'success') void Taro.redirectTo({ url: ROUTES.appointment(outcome.data.id) });
  };

  const bookableDays = days.status === 'success' ? days.data.filter((d) => d.slots.some(open)) : [];
  const day = bookableDays.find((d) => d.date === date);

  return (
    <View className="yk-booking">
      <View className="yk-card">
        <Text className="yk-booking__heading" role="heading" aria-level={1}>
          预约到大厅办理
        </Text>
        {guide.status === 'success' && (
          <Text className="yk-booking__item" data-testid="booking-item">
            {guide.data.name}
          </Text>
        )}
        {guide.status === 'success' && guide.data.channels.visits > 0 && <Text className="yk-booking__note">需到现场 {guide.data.channels.visits} 次：{guide.data.channels.visitsReason}</Text>}
      </View>

      <View className="yk-card" data-testid="booking-halls">
        <Text className="yk-section-title" role="heading" aria-level={2}>
          1. 选择大厅
        </Text>
        <NearestItemHalls itemId={itemId} look={HALLS_LOOK} prompt="告诉我们您在哪里，按距离列出能办理此事项的大厅。" emptyHint="换个地点试试。">
          {(halls) => (
            <View role="radiogroup" aria-label="大厅">
              {halls.map((h) => (
                <Pressable key={h.id} className={`yk-booking__option ${hall?.id === h.id ? 'yk-booking__option--on' : ''}`} role="radio" checked={hall?.id === h.id} testId="booking-hall" onTap={() => chooseHall(h)}>
                  <Text className="yk-booking__option-title">{h.name}</Text>
                  <Text className="yk-booking__option-note">
                    {LEVEL_LABEL[h.level]} · {formatDistance(h.distanceMeters)} · 今日 {formatDayHours(h.today)}
                  </Text>
                  <Text className="yk-booking__option-note">{h.address}</Text>
                </Pressable>
              ))}
            </View>
          )}
        </NearestItemHalls>
      </View>

      {hall && (
        <View className="yk-card" data-testid="booking-dates">
          <Text className="yk-section-title" role="heading" aria-level={2}>
            2. 选择日期
          </Text>
          {days.status === 'loading' && <StateView kind="loading" label="正在查询可预约日期…" />}
          {days.status === 'error' && <StateView kind="error" title="可预约日期加载失败" error={days.error} onRetry={days.retry} />}
          {days.status === 'success' && bookableDays.length === 0 && <StateView kind="empty" title="近 7 个工作日都已约满" hint="请换一个大厅，或过几天再来预约。" />}
          {days.status === 'success' && bookableDays.length > 0 && (
            <>
              <Text className="yk-booking__note">可预约今天起 7 个工作日内，节假日和休息日不开放。</Text>
              <View className="yk-booking__chips" role="radiogroup" aria-label="日期">
                {bookableDays.map((d) => (
                  <Pressable key={d.date} className={`yk-chip ${date === d.date ? 'yk-chip--on' : ''}`} role="radio" checked={date === d.date} testId="booking-date" onTap={() => chooseDate(d.date)}>
                    {dateLabel(d.date)}
                  </Pressable>
                ))}
              </View>
            </>
          )}
        </View>
      )}

      {hall && day && (
        <View className="yk-card" data-testid="booking-slots">
          <Text className="yk-section-title" role="heading" aria-level={2}>
            3. 选择时段
          </Text>
          <View className="yk-booking__chips" role="radiogroup" aria-label="时段">
            {day.slots.filter(open).map((s) => (
              <Pressable key={s.start} className={`yk-chip yk-booking__slot ${slot?.start === s.start ? 'yk-chip--on' : ''}`} role="radio" checked={slot?.start === s.start} testId="booking-slot" onTap={() => setSlot(s)}>
                {s.start}-{s.end}（余 {s.remaining}）
              </Pressable>
            ))}
          </View>
        </View>
      )}

      {hall && day && slot && (
        <View className="yk-card" data-testid="booking-confirm">
          <Text className="yk-section-title" role="heading" aria-level={2}>
            4. 确认预约
          </Text>
          <Text className="yk-booking__summary">
            {hall.name}，{dateLabel(day.date)} {slot.start}-{slot.end}
          </Text>
          <Text className="yk-booking__note">{hall.address}</Text>
          {booking.formError && (
            <View className="yk-booking__error" role="alert">
              <Text>{booking.formError}</Text>
              <Pressable className="yk-link" role="link" onTap={() => void Taro.navigateTo({ url: ROUTES.appointments })}>
                查看我的预约
              </Pressable>
            </View>
          )}
          <Pressable className="yk-button yk-button--primary" disabled={booking.status === 'submitting'} testId="booking-submit" onTap={() => void confirm()}>
            {booking.status === 'submitting' ? '正在预约…' : '确认预约'}
          </Pressable>
        </View>
      )}
    </View>
  );
}
