import { useRouter } from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { Page } from '../../../../components/Page';
import { StateView } from '../../../../components/StateView';
import { AppointmentDetail } from '../../../../features/appointments/components/AppointmentDetail';
import { appointmentsService } from '../../../../features/appointments/appointmentsService';
import { PersonalView } from '../../../../features/identity/components/PersonalView';
import { usePersonal } from '../../../../features/identity/usePersonal';
import { ROUTES } from '../../../../routes';
import type { Appointment } from '../../../../shared/api/applications';

/** One booking: its code as a QR code, where and when, and 取消预约. */
export default function AppointmentPage() {
  const { id = '' } = useRouter().params;
  const list = usePersonal(() => appointmentsService.list(), [id]);
  const [changed, setChanged] = useState<Appointment | null>(null);
  useEffect(() => setChanged(null), [id]);
  return (
    <Page className="yk-appointment-page">
      <PersonalView
        state={list}
        back={ROUTES.appointment(id)}
        loading="正在加载预约…"
        render={(all) => {
          const found = changed ?? all.find((a) => a.id === id);
          return found ? <AppointmentDetail appointment={found} onChanged={setChanged} /> : <StateView kind="empty" title="没有找到这个预约" hint="可以在“我的预约”中查看全部预约。" />;
        }}
      />
    </Page>
  );
}
