import { Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { useRef } from 'react';
import { Page } from '../../../../components/Page';
import { Pressable } from '../../../../components/Pressable';
import { evaluationsService } from '../../../../features/evaluations/evaluationsService';
import { beijingTime } from '../../../../features/evaluations/format';
import { PersonalList } from '../../../../features/identity/components/PersonalView';
import { usePersonal } from '../../../../features/identity/usePersonal';
import { dateWords } from '../../../../shared/format/date';
import type { EvaluationSummary } from '../../../../shared/api/evaluations';
import { RATING_LEVEL_LABELS, RATING_STAGE_LABELS } from '../../../../shared/api/evaluations';
import { ROUTES } from '../../../../routes';
import '../../../../features/evaluations/evaluations.scss';

/**
 * 我的评价: every rating the citizen gave, newest first; a bad one says where its rectification
 * ticket is (and when the return visit waits for an answer), so what was done about it can be
 * followed from 我的 without finding the case first. Each row opens the rating and its ticket.
 */
export default function EvaluationsPage() {
  const list = usePersonal(() => evaluationsService.mine(), []);
  // back from a rating just confirmed, appealed or changed: show where it is now
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) list.retry();
    shown.current = true;
  });
  return (
    <Page className="yk-evaluations">
      <PersonalList
        state={list}
        back={ROUTES.evaluations}
        loading="正在加载我的评价…"
        label="我的评价"
        empty={{ title: '还没有评价', hint: '办件受理和办结后，可以在办件详情中评价办理情况；差评的整改进度也会显示在这里。' }}
        row={(e) => <Row key={e.id} e={e} />}
      />
    </Page>
  );
}

function Row({ e }: { e: EvaluationSummary }) {
  const t = e.ticket;
  return (
    <View role="listitem">
      <Pressable className="yk-list-row" role="link" testId="evaluation-row" onTap={() => void Taro.navigateTo({ url: ROUTES.evaluation(e.id) })}>
        <Text className="yk-list-row__title">{e.itemName}</Text>
        <Text className="yk-list-row__line">
          办件编号 {e.number} · {RATING_STAGE_LABELS[e.stage]}
        </Text>
        <Text className="yk-evaluations__level" data-testid="evaluation-row-level">
          {RATING_LEVEL_LABELS[e.level]}
        </Text>
        <Text className="yk-list-row__line">
          {e.changedAt ? `${beijingTime(e.changedAt)} 修改` : `${beijingTime(e.createdAt)} 评价`}
        </Text>
        {t && (
          <Text className={`yk-evaluations__ticket ${t.awaitsCitizen ? 'yk-evaluations__ticket--ask' : ''}`} data-testid="evaluation-row-ticket">
            整改单：{t.outcomeLabel ?? t.stateLabel}
            {t.awaitsCitizen ? '，请查看答复并确认' : t.state === 'closed' ? '' : `，${dateWords(t.dueDate)}前答复`}
          </Text>
        )}
      </Pressable>
    </View>
  );
}
