import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { Page } from '../../../../components/Page';
import { Pressable } from '../../../../components/Pressable';
import { StateView } from '../../../../components/StateView';
import { RatingForm } from '../../../../features/evaluations/RatingForm';
import { evaluationsService } from '../../../../features/evaluations/evaluationsService';
import { PersonalView } from '../../../../features/identity/components/PersonalView';
import { usePersonal } from '../../../../features/identity/usePersonal';
import type { CaseEvaluations, RatingStage } from '../../../../shared/api/evaluations';
import { RATING_LEVEL_LABELS, RATING_STAGES, RATING_STAGE_LABELS } from '../../../../shared/api/evaluations';
import { ROUTES } from '../../../../routes';
import '../../../../features/evaluations/evaluations.scss';

const isStage = (s: string | undefined): s is RatingStage => RATING_STAGES.includes(s as RatingStage);

/**
 * 评价 of one case: the stage asked for (or the one open now, the later first), the form, then
 * the rating page. When nothing is open, says why in words and links to what was rated.
 */
export default function RatePage() {
  const { applicationId, stage } = useRouter().params;
  const state = usePersonal(applicationId ? () => evaluationsService.ofCase(applicationId) : null, [applicationId]);
  if (!applicationId) return <StateView kind="empty" title="链接不完整" hint="没有指定要评价的办件。" />;
  return (
    <Page className="yk-rate-page">
      <PersonalView state={state} back={ROUTES.rate(applicationId, isStage(stage) ? stage : undefined)} loading="正在读取办件…" render={(c) => <Choose c={c} asked={isStage(stage) ? stage : undefined} />} />
    </Page>
  );
}

function Choose({ c, asked }: { c: CaseEvaluations; asked?: RatingStage }) {
  const stage = asked && c.open.includes(asked) ? asked : c.open.includes('completion') ? 'completion' : c.open[0];
  if (!stage) {
    return (
      <View className="yk-card" data-testid="rate-nothing-open">
        <Text className="yk-section-title" role="heading" aria-level={1}>
          {c.itemName}
        </Text>
        {c.evaluations.map((e) => (
          <Pressable key={e.id} className="yk-link" role="link" onTap={() => void Taro.navigateTo({ url: ROUTES.evaluation(e.id) })}>
            {RATING_STAGE_LABELS[e.stage]}已评价：{RATING_LEVEL_LABELS[e.level]}（查看）
          </Pressable>
        ))}
        {RATING_STAGES.filter((s) => c.notYet[s]).map((s) => (
          <Text key={s} className="yk-ticket__line">
            {RATING_STAGE_LABELS[s]}：{c.notYet[s]}
          </Text>
        ))}
      </View>
    );
  }
  return (
    <>
      <View className="yk-card">
        <Text className="yk-ticket__line">
          {c.itemName} · 办件编号 {c.number}
        </Text>
      </View>
      <RatingForm key={stage} applicationId={c.applicationId} stage={stage} onSent={(e) => void Taro.redirectTo({ url: ROUTES.evaluation(e.id) })} />
    </>
  );
}
