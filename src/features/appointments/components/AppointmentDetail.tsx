import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { Pressable } from '../../../components/Pressable';
import { userMessageOf } from '../../../core/http/errors';
import type { Appointment, AppointmentStatus } from '../../../shared/api/applications';
import { appointmentsService } from '../appointmentsService';
import { dateLabel } from '../dates';
import { QrCode } from './QrCode';
import '../appointments.scss';

export const APPOINTMENT_STATUS_LABELS: Record<AppointmentStatus, string> = {
  booked: '已预约',
  cancelled: '已取消',
  attended: '已到场',
  missed: '未到场',
};

/**
 * One booking as the citizen shows it at the hall: the code as text and as a QR code, where and
 * when, and 取消预约 (asked once; the server refuses once the slot has begun).
 */
export function AppointmentDetail({ appointment, onChanged }: { appointment: Appointment; onChanged: (a: Appointment) => void }) {
  const [cancelling, setCancelling] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const a = appointment;

  const cancel = async () => {
    const { confirm } = await Taro.showModal({
      title: '取消预约',
      content: `取消 ${dateLabel(a.date)} ${a.start} 在${a.hallName}的预约？取消后名额会让给其他人。`,
      confirmText: '取消预约',
      cancelText: '不取消',
    });
    if (!confirm) return;
    setCancelling(true);
    setFailure(null);
    try {
      onChanged(await appointmentsService.cancel(a.id));
    } catch (e) {
      setFailure(userMessageOf(e));
    } finally {
      setCancelling(false);
    }
  };

  return (
    <View className="yk-card yk-appointment" data-testid="appointment">
      <Text className="yk-booking__heading" role="heading" aria-level={1}>
        {a.itemName}
      </Text>
      <Text className={`yk-badge ${a.status === 'booked' ? 'yk-badge--open' : 'yk-badge--closed'}`} data-testid="appointment-status">
        {APPOINTMENT_STATUS_LABELS[a.status]}
      </Text>
      {a.status === 'booked' && (
        <View className="yk-appointment__qr">
          <QrCode text={a.code} label={`预约码二维码：${a.code}`} />
          <Text className="yk-booking__note">到大厅后向工作人员出示二维码或预约码</Text>
        </View>
      )}
      <View className="yk-appointment__row">
        <Text className="yk-appointment__key">预约码</Text>
        <Text className="yk-appointment__code" data-testid="appointment-code">
          {a.code}
        </Text>
      </View>
      <View className="yk-appointment__row">
        <Text className="yk-appointment__key">时间</Text>
        <Text>
          {dateLabel(a.date)} {a.start}-{a.end}
        </Text>
      </View>
      <View className="yk-appointment__row">
        <Text className="yk-appointment__key">大厅</Text>
        <Text>{a.hallName}</Text>
      </View>
      <View className="yk-appointment__row">
        <Text className="yk-appointment__key">地址</Text>
        <Text>{a.hallAddress}</Text>
      </View>
      <View className="yk-appointment__row">
        <Text className="yk-appointment__key">当日办公时间</Text>
        <Text>{a.hallHours}</Text>
      </View>
      {failure && (
        <Text className="yk-booking__error" role="alert">
          {failure}
        </Text>
      )}
      {a.status === 'booked' && (
        <Pressable className="yk-button yk-button--ghost" disabled={cancelling} testId="appointment-cancel" onTap={() => void cancel()}>
          {cancelling ? '正在取消…' : '取消预约'}
        </Pressable>
      )}
    </View>
  );
}
