import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Pressable } from '../../../components/Pressable';
import { ROUTES } from '../../../routes';
import { STATUS_LABELS, type Application } from '../../../shared/api/applications';
import { DELIVERY_LABEL } from '../../applying/answers';
import { BundleApplications } from '../../applying/components/BundleApplications';
import { BookAppointment } from '../../appointments/BookAppointment';
import { FeeNoticeCard } from '../../payments/FeeNoticeCard';
import { dateWords } from '../../../shared/format/date';
import { timeWords } from '../labels';
import type { CaseHandle } from '../useCase';
import { CaseActions } from './CaseActions';
import { ResultCard, PickupCard, ShipmentCard } from './CaseResult';
import { DeadlineClock } from './Deadline';
import { Timeline } from './Timeline';
import '../cases.scss';

/** A fee still owed is paid only while the server asks for it: never on a withdrawn or ended case. */
function payable(a: Application): boolean {
  const owed = a.fee?.status === 'unpaid' || a.fee?.status === 'paying';
  return !owed || a.actions.some((x) => x.kind === 'pay');
}

/** 投诉: where the case's latest complaint is, or a way to make one (12345 takes it from there). */
function ComplaintCard({ a }: { a: Application }) {
  const c = a.complaint;
  return (
    <View className="yk-card" data-testid="case-complaint">
      <Text className="yk-section-title" role="heading" aria-level={2}>
        投诉
      </Text>
      {c && (
        <Text className="yk-case-line" data-testid="case-complaint-state">
          投诉编号 {c.number}：{c.stateLabel}
        </Text>
      )}
      {c && (
        <Pressable className="yk-link" role="link" testId="case-complaint-open" onTap={() => void Taro.navigateTo({ url: ROUTES.complaint(c.id) })}>
          查看投诉进度和答复
        </Pressable>
      )}
      {(!c || c.state === 'closed') && (
        <Pressable className="yk-link" role="link" testId="case-complain" onTap={() => void Taro.navigateTo({ url: ROUTES.complain(a.id) })}>
          {c ? '仍有问题，再次投诉' : '对办理有意见？我要投诉'}
        </Pressable>
      )}
    </View>
  );
}

const METBY_LABEL = { certificate: '电子证照', upload: '已上传', deferred: '容缺后补' } as const;

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

/**
 * The case page: status and number; what to do now; the deadline clock; the timeline node by
 * node; the result and its delivery; then what was filed (materials, delivery, fee notice,
 * appointment), all from the one GET /applications/:id.
 */
export function CaseView({ a, handle, onChanged }: { a: Application; handle: CaseHandle; onChanged: () => void }) {
  const d = a.delivery;
  const where = d.method === 'express' ? (d.address ? `${d.address.divisionPath} ${d.address.detail}` : '') : d.method === 'pickup' ? d.hallName ?? '' : '';
  const answered = a.supplement?.answeredAt;
  return (
    <>
      <View className="yk-card" data-testid="application">
        <Text className="yk-apply-heading" role="heading" aria-level={1}>
          {a.itemName}
        </Text>
        <View className="yk-case-head">
          <Text className="yk-case-head__status" data-testid="application-status">
            {STATUS_LABELS[a.status]}
          </Text>
        </View>
        <Row label="办件编号" value={a.number} testId="application-number" />
        {answered && <Row label="补正" value={`已补正（${timeWords(answered)}）`} testId="supplement-answered" />}
      </View>
      <CaseActions a={a} handle={handle} />
      <DeadlineClock deadline={a.deadline} />
      <Timeline steps={a.timeline} />
      {a.result && <ResultCard result={a.result} />}
      {a.shipment && <ShipmentCard shipment={a.shipment} />}
      {a.pickup && <PickupCard pickup={a.pickup} />}
      {/* the payments feature's fee notice (缴款通知书) */}
      {a.fee && (payable(a) ? <FeeNoticeCard applicationId={a.id} fee={a.fee} onPaid={onChanged} /> : <Text className="yk-card yk-apply-line" data-testid="fee-not-due">该申请已{STATUS_LABELS[a.status]}，无需缴费。</Text>)}
      {/* a visit to a hall: book one, or the booking already made for this application */}
      {a.visits > 0 && !a.appointment && a.status !== 'withdrawn' && (
        <View className="yk-card">
          <BookAppointment itemId={a.itemId} applicationId={a.id} />
        </View>
      )}
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
      {a.bundle && <BundleApplications bundle={a.bundle} except={a.id} testId="case-bundle" />}
      <View className="yk-card">
        <Text className="yk-section-title" role="heading" aria-level={2}>
          申请信息
        </Text>
        <Row label="办理情形" value={a.situationName} />
        <Row label="申请人" value={a.applicantName} />
        <Row label="办理部门" value={a.department} />
        <Row label="提交时间" value={timeWords(a.submittedAt)} />
        <Row label="承诺办结" value={`${dateWords(a.deadline.promisedDate)}前`} />
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
      <ComplaintCard a={a} />
      <View className="yk-card">
        <Pressable className="yk-link" role="link" testId="open-progress" onTap={() => void Taro.navigateTo({ url: ROUTES.progress })}>
          进度查询（凭办件编号和姓名，无需登录）
        </Pressable>
      </View>
    </>
  );
}
