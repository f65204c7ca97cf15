import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { Page } from '../../../../components/Page';
import { Pressable } from '../../../../components/Pressable';
import { ShareButton, useShare } from '../../../../components/Share';
import { StateView } from '../../../../components/StateView';
import { goToTab } from '../../../../components/TabNav';
import { useAsync } from '../../../../core/hooks/useAsync';
import { device } from '../../../../core/platform/device';
import { catalogService } from '../../../../features/catalog/catalogService';
import { GuideFacts } from '../../../../features/catalog/components/GuideFacts';
import { ItemHallsNearby } from '../../../../features/catalog/components/ItemHallsNearby';
import { SituationChecklist } from '../../../../features/catalog/components/SituationChecklist';
import { BookAppointment } from '../../../../features/appointments/BookAppointment';
import { PerformanceBlock } from '../../../../features/evaluations/PerformanceBlock';
import { useFavourites } from '../../../../features/catalog/deviceLists';
import { ITEM_TYPE_LABEL, ONLINE_DEPTH_LABEL, timeLimitText } from '../../../../features/catalog/labels';
import type { Guide } from '../../../../shared/api/catalog';
import { LEVEL_LABEL } from '../../../../shared/format/hall';
import { ROUTES } from '../../../../routes';
import './index.scss';

/**
 * 办事指南: first what a person can act on (how long, what it costs, how many visits, online,
 * by post), then "which situation is yours?" turning situations into exactly one checklist
 * (一次告知), then process, basis and where to go. One request fills the first screen.
 */
export default function GuidePage() {
  const { params } = useRouter();
  const id = params.id;
  const guide = useAsync(id ? () => catalogService.guide(id) : null, [id]);

  useShare(guide.status === 'success' ? `办事指南：${guide.data.name}` : '渝快办·办事指南', id ? ROUTES.guide(id) : ROUTES.services);

  if (!id) {
    return <StateView kind="empty" title="链接不完整" hint="没有指定要查看的事项。" action={{ label: '去办事', onTap: () => goToTab(ROUTES.services) }} />;
  }
  return (
    <Page className="yk-guide">
      {guide.status === 'loading' && <StateView kind="loading" label="正在加载办事指南…" />}
      {guide.status === 'error' && <StateView kind="error" title="办事指南加载失败" error={guide.error} onRetry={guide.retry} />}
      {guide.status === 'success' && <GuideBody guide={guide.data} />}
    </Page>
  );
}

function GuideBody({ guide }: { guide: Guide }) {
  const { isFavourite, toggle } = useFavourites();
  const favourite = isFavourite(guide.id);
  // 在线办理 carries the situation chosen below; a single situation is chosen already
  const [situationId, setSituationId] = useState<string | undefined>(guide.situations.length === 1 ? guide.situations[0].id : undefined);
  const applyOnline = guide.channels.onlineDepth >= 3;

  const fee = guide.fees.charged ? guide.fees.items.map((f) => `${f.name} ${f.amountYuan}${f.unit}`).join('；') : '不收费';

  return (
    <>
      <View className="yk-card yk-guide__head">
        <Text className="yk-guide__name" role="heading" aria-level={1} data-testid="guide-name">
          {guide.name}
        </Text>
        <Text className="yk-guide__line">
          {guide.department} · {LEVEL_LABEL[guide.level]} · {ITEM_TYPE_LABEL[guide.type]}
        </Text>
        <View className="yk-guide__summary" data-testid="guide-summary">
          <SummaryCell label="办理时限" value={timeLimitText(guide)} hint={`法定 ${guide.statutoryDays} 个工作日`} />
          <SummaryCell label="费用" value={guide.fees.charged ? '收费' : '不收费'} hint={guide.fees.charged ? fee : guide.fees.note} />
          <SummaryCell label="到现场" value={guide.channels.visits === 0 ? '零跑动' : `${guide.channels.visits} 次`} hint={guide.channels.visitsReason} />
          <SummaryCell label="网上办理" value={guide.online ? '可网上申请' : '需到大厅'} hint={ONLINE_DEPTH_LABEL[guide.channels.onlineDepth]} />
          <SummaryCell label="结果领取" value={guide.express ? '可快递送达' : '窗口领取'} hint={guide.result.name} />
        </View>
        <View className="yk-guide__actions">
          <Pressable className="yk-button yk-button--ghost yk-button--small" pressed={favourite} testId="favourite" onTap={() => toggle({ id: guide.id, name: guide.name, department: guide.department })}>
            {favourite ? '★ 已收藏' : '☆ 收藏'}
          </Pressable>
          <ShareButton className="yk-button yk-button--ghost yk-button--small" title={guide.name} />
        </View>
      </View>

      <View className="yk-card">
        <SituationChecklist guide={guide} onChoose={setSituationId} />
        {applyOnline && (
          <View className="yk-guide__apply" data-testid="apply-online">
            {!situationId && <Text className="yk-guide__hint">选择您的情形后，可在线办理。</Text>}
            <Pressable
              className="yk-button yk-button--primary"
              testId="apply-online-button"
              disabled={!situationId}
              onTap={() => situationId && void Taro.navigateTo({ url: ROUTES.applyStart(guide.id, situationId) })}
            >
              在线办理
            </Pressable>
          </View>
        )}
      </View>

      <View className="yk-card">
        <Text className="yk-section-title" role="heading" aria-level={2}>
          就近办理
        </Text>
        <Text className="yk-guide__line">{guide.whereWhen.handlingNote}</Text>
        <ItemHallsNearby itemId={guide.id} />
        {guide.channels.visits > 0 && guide.channels.appointment && <BookAppointment itemId={guide.id} />}
      </View>

      {/* 办理情况: its own request, made once the guide is on screen */}
      <PerformanceBlock itemId={guide.id} />

      <Section title="办理流程">
        {guide.process.map((p) => (
          <View key={p.order} className="yk-guide__step" data-testid="process-step">
            <Text className="yk-guide__step-name">
              {p.order}. {p.name}（{p.timeLimit}）
            </Text>
            <Text className="yk-guide__line">{p.description}</Text>
            {p.basis && <Text className="yk-guide__line">依据：{p.basis}</Text>}
          </View>
        ))}
      </Section>

      <Section title="受理条件">
        {guide.acceptanceConditions.map((c) => (
          <Text key={c} className="yk-guide__para">
            · {c}
          </Text>
        ))}
      </Section>

      <Section title="收费标准">
        {guide.fees.charged ? (
          guide.fees.items.map((f) => (
            <Text key={f.name} className="yk-guide__para">
              · {f.name}：{f.amountYuan}
              {f.unit}（依据：{f.basis}）{f.reduction ? `；减免：${f.reduction}` : ''}
            </Text>
          ))
        ) : (
          <Text className="yk-guide__para">不收费。{guide.fees.note}</Text>
        )}
      </Section>

      <Section title="设定依据">
        {guide.legalBasis.map((b) => (
          <Text key={b} className="yk-guide__para">
            · {b}
          </Text>
        ))}
      </Section>

      <Section title="办理时间与咨询">
        <Text className="yk-guide__para">办公时间：{guide.whereWhen.hours}</Text>
        <Text className="yk-guide__para">进度查询：{guide.whereWhen.progressQuery}</Text>
        <View className="yk-guide__phones">
          <Pressable className="yk-link" onTap={() => void device.callPhone(guide.whereWhen.consultationPhone)} label={`拨打咨询电话 ${guide.whereWhen.consultationPhone}`}>
            咨询电话 {guide.whereWhen.consultationPhone}
          </Pressable>
          <Pressable className="yk-link" onTap={() => void device.callPhone(guide.whereWhen.complaintPhone)} label={`拨打投诉电话 ${guide.whereWhen.complaintPhone}`}>
            投诉电话 {guide.whereWhen.complaintPhone}
          </Pressable>
        </View>
      </Section>

      <Section title="常见问题">
        {guide.faq.map((f) => (
          <View key={f.question} className="yk-guide__faq">
            <Text className="yk-guide__step-name">问：{f.question}</Text>
            <Text className="yk-guide__line">答：{f.answer}</Text>
          </View>
        ))}
      </Section>

      <GuideFacts guide={guide} />
    </>
  );
}

function SummaryCell({ label, value, hint }: { label: string; value: string; hint: string }) {
  return (
    <View className="yk-guide__cell">
      <Text className="yk-guide__cell-label">{label}</Text>
      <Text className="yk-guide__cell-value">{value}</Text>
      <Text className="yk-guide__cell-hint">{hint}</Text>
    </View>
  );
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <View className="yk-card">
      <Text className="yk-section-title" role="heading" aria-level={2}>
        {title}
      </Text>
      {children}
    </View>
  );
}
