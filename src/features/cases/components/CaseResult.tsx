import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Pressable } from '../../../components/Pressable';
import { ROUTES } from '../../../routes';
import type { CaseResult, Pickup, Shipment } from '../../../shared/api/cases';
import { SHIPMENT_STAGES, SHIPMENT_STAGE_LABELS } from '../../../shared/api/cases';
import { dateWords } from '../../../shared/format/date';
import { timeWords } from '../labels';
import '../cases.scss';

/**
 * The result: an approval shows its decision letter and the e-certificate in 我的证照; a refusal
 * or non-acceptance its reasons and the citizen's remedies (where, within what time, the last day).
 */
export function ResultCard({ result }: { result: CaseResult }) {
  const approved = result.outcome === 'approved';
  return (
    <View className="yk-card" data-testid="case-result">
      <Text className="yk-section-title" role="heading" aria-level={2}>
        办理结果：{approved ? '准予' : result.outcome === 'refused' ? '不予许可' : '不予受理'}
      </Text>
      <Text className="yk-apply-line">
        {result.documentName} · {timeWords(result.decidedAt)} 作出
      </Text>
      <View className="yk-letter" data-testid="decision-letter">
        <Text className="yk-letter__title">{result.letter.title}</Text>
        <Text className="yk-letter__number">{result.letter.number}</Text>
        {result.letter.paragraphs.map((p, i) => (
          <Text key={i} className="yk-letter__paragraph">
            {p}
          </Text>
        ))}
      </View>
      {result.certificateId && (
        <Pressable className="yk-button yk-button--primary" role="link" testId="open-certificate" onTap={() => void Taro.navigateTo({ url: ROUTES.certificate(result.certificateId!) })}>
          查看电子证照
        </Pressable>
      )}
      {result.reasons && result.reasons.length > 0 && (
        <View data-testid="result-reasons">
          <Text className="yk-case-subtitle" role="heading" aria-level={3}>
            理由
          </Text>
          {result.reasons.map((r, i) => (
            <Text key={i} className="yk-apply-line">
              {i + 1}. {r}
            </Text>
          ))}
        </View>
      )}
      {result.remedies && result.remedies.length > 0 && (
        <View data-testid="result-remedies">
          <Text className="yk-case-subtitle" role="heading" aria-level={3}>
            如不服，您可以
          </Text>
          {result.remedies.map((r) => (
            <View key={r.name} className="yk-remedy">
              <Text className="yk-remedy__name">{r.name}</Text>
              <Text className="yk-apply-line">向{r.body}提出</Text>
              <Text className="yk-apply-line">
                {r.within}，最后一天：{dateWords(r.deadline)}
              </Text>
              <Text className="yk-apply-line">依据：{r.basis}</Text>
            </View>
          ))}
        </View>
      )}
    </View>
  );
}

/** Express delivery: the stages, each event, the waybill, the masked recipient. */
export function ShipmentCard({ shipment }: { shipment: Shipment }) {
  const reached = SHIPMENT_STAGES.indexOf(shipment.stage);
  return (
    <View className="yk-card" data-testid="shipment">
      <Text className="yk-section-title" role="heading" aria-level={2}>
        快递送达：{SHIPMENT_STAGE_LABELS[shipment.stage]}
        {shipment.receivedAt ? '（已确认收货）' : ''}
      </Text>
      <Text className="yk-apply-line" data-testid="waybill">
        {shipment.carrier} 运单号 {shipment.waybill}
      </Text>
      <Text className="yk-apply-line">
        收件人 {shipment.recipient} {shipment.phone}
      </Text>
      <Text className="yk-apply-line">{shipment.address}</Text>
      <View className="yk-stages" role="list" aria-label="快递进度">
        {SHIPMENT_STAGES.map((s, i) => (
          <Text key={s} role="listitem" className={`yk-stages__stage ${i <= reached ? 'yk-stages__stage--done' : ''}`}>
            {i <= reached ? '✓ ' : ''}
            {SHIPMENT_STAGE_LABELS[s]}
            {i <= reached ? '' : '（未到）'}
          </Text>
        ))}
      </View>
      <View role="list" aria-label="快递动态">
        {[...shipment.events].reverse().map((e, i) => (
          <View key={i} role="listitem" className="yk-timeline__step">
            <Text className="yk-timeline__line">{e.text}</Text>
            <Text className="yk-timeline__time">{timeWords(e.at)}</Text>
          </View>
        ))}
      </View>
    </View>
  );
}

/** Pick-up at a hall: the code, where, when. */
export function PickupCard({ pickup }: { pickup: Pickup }) {
  return (
    <View className="yk-card" data-testid="pickup">
      <Text className="yk-section-title" role="heading" aria-level={2}>
        窗口领取{pickup.pickedUpAt ? '（已领取）' : ''}
      </Text>
      <Text className="yk-pickup-code" data-testid="pickup-code">
        取件码 {pickup.code}
      </Text>
      <Text className="yk-apply-line">{pickup.hallName}</Text>
      <Text className="yk-apply-line">{pickup.hallAddress}</Text>
      <Text className="yk-apply-line">领取时间：{pickup.hours}</Text>
      <Pressable className="yk-link" role="link" onTap={() => void Taro.navigateTo({ url: ROUTES.hallDetail(pickup.hallId) })}>
        查看大厅位置和开放时间
      </Pressable>
    </View>
  );
}
