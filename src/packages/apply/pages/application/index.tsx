import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { Page } from '../../../../components/Page';
import { Pressable } from '../../../../components/Pressable';
import { DELIVERY_LABEL } from '../../../../features/applying/answers';
import { applyingService } from '../../../../features/applying/applyingService';
import { PersonalView } from '../../../../features/identity/components/PersonalView';
import { usePersonal } from '../../../../features/identity/usePersonal';
import { BookAppointment } from '../../../../features/appointments/BookAppointment';
import { FeeNoticeCard } from '../../../../features/payments/FeeNoticeCard';
import { STATUS_LABELS, type Application } from '../../../../shared/api/applications';
import { ROUTES } from '../../../../routes';
import '../../../../features/applying/applying.scss';

const METBY_LABEL = { certificate: '电子证照', upload: '已上传', deferred: '容缺后补' } as const;

/** 办件详情: what was filed, where it stands, and the fee notice / appointment that go with it. */
export default function ApplicationPage() {
  const id = useRouter().params.id;
  const app = usePersonal(id ? () => applyingService.application(id) : null, [id]);
  return (
    <Page className="yk-application">
      <PersonalView state={app} back={id ? ROUTES.application(id) : ROUTES.me} loading="正在读取办件…" render={(a) => <Details a={a} onChanged={app.retry} />} />
    </Page>
  );
}

function Row({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <View className="yk-apply-row">
      <Text className="yk-apply-row__label">{label}</Text>
      <Text className="yk-apply-row__value" data-testid={testId}>
        {value}
      </Text>
    </View>
  );
}

function Details({ a, onChanged }: { a: Application; onChanged: () => void }) {
  const d = a.delivery;
  const where = d.method === 'express' ? (d.address ? `${d.address.divisionPath} ${d.address.detail}` : '') : d.method === 'pickup' ? d.hallName ?? '' : '';
  return (
    <>
      <View className="yk-card" data-testid="application">
        <Text className="yk-apply-heading" role="heading" aria-level={1}>
          {a.itemName}
        </Text>
        <Row label="办件编号" value={a.number} testId="application-number" />
        <Row label="状态" value={STATUS_LABELS[a.status]} testId="application-status" />
        <Row label="办理情形" value={a.situationName} />
        <Row label="申请人" value={a.applicantName} />
        <Row label="办理部门" value={a.department} />
        <Row label="提交时间" value={a.submittedAt.replace('T', ' ').slice(0, 16)} />
        <Row label="承诺办结" value={`${a.promisedDate} 前`} />
        <Row label="领取方式" value={`${DELIVERY_LABEL[d.method]}${where ? `：${where}` : ''}`} />
      </View>
      <View className="yk-card">
        <Text className="yk-section-title" role="heading" aria-level={2}>
          申请材料
        </Text>
        {a.materials.map((m) => (
          <Row key={m.name} label={m.name} value={`${METBY_LABEL[m.metBy]}${m.detail ? `：${m.detail}` : ''}`} />
        ))}
      </View>
      {/* 好差评: the case invites a rating (voluntary) */}
      {a.actions.filter((x) => x.kind === 'rate').map((x) => (
        <View key="rate" className="yk-card" data-testid="application-rate">
          <Pressable className="yk-link" role="link" testId="application-rate-link" onTap={() => void Taro.navigateTo({ url: ROUTES.rate(a.id) })}>
            {x.text}
          </Pressable>
        </View>
      ))}
      {/* the payments feature's fee notice (缴款通知书) */}
      {a.fee && <FeeNoticeCard applicationId={a.id} fee={a.fee} onPaid={onChanged} />}
      {/* a visit to a hall: book one, or the booking already made for this application */}
      {a.visits > 0 && !a.appointment && <BookAppointment itemId={a.itemId} applicationId={a.id} />}
      {a.appointment && (
        <View className="yk-card" data-testid="application-appointment">
          <Text className="yk-section-title" role="heading" aria-level={2}>
            到大厅办理的预约
          </Text>
          <Row label="大厅" value={a.appointment.hallName} />
          <Row label="时间" value={`${a.appointment.date} ${a.appointment.start}-${a.appointment.end}`} />
          <Row label="预约码" value={a.appointment.code} />
          <Pressable className="yk-link" role="link" onTap={() => void Taro.navigateTo({ url: ROUTES.appointment(a.appointment!.id) })}>
            查看预约（二维码）
          </Pressable>
        </View>
      )}
    </>
  );
}
