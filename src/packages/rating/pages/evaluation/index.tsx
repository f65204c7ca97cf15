import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { Page } from '../../../../components/Page';
import { Pressable } from '../../../../components/Pressable';
import { StateView } from '../../../../components/StateView';
import { TicketView } from '../../../../features/evaluations/TicketView';
import { evaluationsService } from '../../../../features/evaluations/evaluationsService';
import { beijingTime } from '../../../../features/evaluations/format';
import { PersonalView } from '../../../../features/identity/components/PersonalView';
import { usePersonal } from '../../../../features/identity/usePersonal';
import type { Evaluation } from '../../../../shared/api/evaluations';
import { RATING_DIMENSIONS, RATING_DIMENSION_LABELS, RATING_LEVEL_LABELS, RATING_STAGE_LABELS, isBadLevel } from '../../../../shared/api/evaluations';
import { ROUTES } from '../../../../routes';
import '../../../../features/evaluations/evaluations.scss';

/**
 * 评价详情: one rating as given, 修改评价 while the server says it may still change (with the last
 * moment in words), and for a bad one its rectification ticket to the end.
 */
export default function EvaluationPage() {
  const id = useRouter().params.id;
  const state = usePersonal(id ? () => evaluationsService.evaluation(id) : null, [id]);
  if (!id) return <StateView kind="empty" title="链接不完整" hint="没有指定要查看的评价。" />;
  return (
    <Page className="yk-evaluation">
      <PersonalView state={state} back={ROUTES.evaluation(id)} loading="正在读取评价…" render={(e) => <Details initial={e} />} />
    </Page>
  );
}

function Details({ initial }: { initial: Evaluation }) {
  // the ticket's answers come back as the whole rating: shown without another read (a change made
  // on the page above loads the page again: Details starts anew from the new answer)
  const [e, setE] = useState(initial);
  return (
    <>
      <View className="yk-card" data-testid="evaluation">
        <Text className="yk-section-title" role="heading" aria-level={1}>
          {e.itemName}
        </Text>
        <Text className="yk-ticket__line">
          办件编号 {e.number} · {RATING_STAGE_LABELS[e.stage]}
        </Text>
        <Text className={`yk-ticket__state ${isBadLevel(e.level) ? 'yk-evaluation__bad' : ''}`} data-testid="evaluation-level">
          {RATING_LEVEL_LABELS[e.level]}
        </Text>
        <Text className="yk-ticket__line">
          {RATING_DIMENSIONS.map((d) => `${RATING_DIMENSION_LABELS[d]} ${e.dimensions[d]}分`).join('，')}
        </Text>
        {e.tags.length > 0 && <Text className="yk-ticket__line">标签：{e.tags.join('、')}</Text>}
        {e.comment && <Text className="yk-ticket__para">“{e.comment}”</Text>}
        <Text className="yk-ticket__line">
          评价时间 {beijingTime(e.createdAt)}
          {e.changedAt ? `，${beijingTime(e.changedAt)} 修改` : ''}
        </Text>
        {!e.ticket && <Text className="yk-ticket__line">感谢您的评价，它会帮助办理部门改进服务。</Text>}
      </View>
      {e.changeableUntil && (
        <View className="yk-card yk-evaluation__change" data-testid="evaluation-change">
          <Text className="yk-evaluation__change-until" data-testid="evaluation-change-until">
            可在{beijingTime(e.changeableUntil)}前修改一次
          </Text>
          <Pressable className="yk-button yk-button--ghost" testId="evaluation-change-open" onTap={() => void Taro.navigateTo({ url: ROUTES.changeRating(e.id) })}>
            修改评价
          </Pressable>
        </View>
      )}
      {e.ticket && <TicketView evaluationId={e.id} ticket={e.ticket} onChanged={setE} />}
    </>
  );
}
