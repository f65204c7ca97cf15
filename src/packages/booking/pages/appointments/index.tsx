import { Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { useRef } from 'react';
import { Page } from '../../../../components/Page';
import { Pressable } from '../../../../components/Pressable';
import { APPOINTMENT_STATUS_LABELS } from '../../../../features/appointments/components/AppointmentDetail';
import { appointmentsService } from '../../../../features/appointments/appointmentsService';
import { dateLabel } from '../../../../features/appointments/dates';
import { PersonalList } from '../../../../features/identity/components/PersonalView';
import { usePersonal } from '../../../../features/identity/usePersonal';
import { ROUTES } from '../../../../routes';
import '../../../../features/appointments/appointments.scss';

/** 我的预约: every booking, the active ones first as the server orders them; each opens its code. */
export default function AppointmentsPage() {
  const list = usePersonal(() => appointmentsService.list(), []);
  // back from a cancelled booking: show its new status
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) list.retry();
    shown.current = true;
  });
  return (
    <Page className="yk-appointments">
      <PersonalList
        state={list}
        back={ROUTES.appointments}
        loading="正在加载我的预约…"
        label="我的预约"
        empty={{ title: '还没有预约', hint: '需要到大厅办理的事项，可以在办事指南或办件详情中预约。' }}
        row={(a) => (
          <View key={a.id} role="listitem">
            <Pressable className="yk-booking__option" role="link" testId="appointment-row" onTap={() => void Taro.navigateTo({ url: ROUTES.appointment(a.id) })}>
              <Text className="yk-booking__option-title">{a.itemName}</Text>
              <Text className="yk-booking__option-note">
                {dateLabel(a.date)} {a.start}-{a.end} · {APPOINTMENT_STATUS_LABELS[a.status]}
              </Text>
              <Text className="yk-booking__option-note">{a.hallName}</Text>
            </Pressable>
          </View>
        )}
      />
    </Page>
  );
}
