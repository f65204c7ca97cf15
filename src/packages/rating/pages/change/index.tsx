import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useEffect } from 'react';
import { Page } from '../../../../components/Page';
import { Pressable } from '../../../../components/Pressable';
import { StateView } from '../../../../components/StateView';
import { RatingForm } from '../../../../features/evaluations/RatingForm';
import { evaluationsService } from '../../../../features/evaluations/evaluationsService';
import { beijingTime } from '../../../../features/evaluations/format';
import { clearRatingDraft } from '../../../../features/evaluations/ratingDraft';
import { PersonalView } from '../../../../features/identity/components/PersonalView';
import { profileChanged, usePersonal } from '../../../../features/identity/usePersonal';
import type { Evaluation } from '../../../../shared/api/evaluations';
import { CHANGE_WINDOW_DAYS } from '../../../../shared/api/evaluations';
import { ROUTES } from '../../../../routes';
import '../../../../features/evaluations/evaluations.scss';

/**
 * 修改评价: one rating in the rating form, starting from the rating as given, sent once within
 * its window. Done, back to the rating page underneath (loaded again), or opened in this page's
 * place when there is none (a reloaded H5 page). A rating that can no longer change says why.
 */
export default function ChangeRatingPage() {
  const id = useRouter().params.id;
  const state = usePersonal(id ? () => evaluationsService.evaluation(id) : null, [id]);
  if (!id) return <StateView kind="empty" title="链接不完整" hint="没有指定要修改的评价。" />;
  return (
    <Page className="yk-rate-page">
      <PersonalView state={state} back={ROUTES.changeRating(id)} loading="正在读取评价…" render={(e) => <Change e={e} />} />
    </Page>
  );
}

function backToEvaluation(id: string): void {
  const pages = Taro.getCurrentPages();
  const below = pages.length > 1 ? pages[pages.length - 2] : undefined;
  if (below && `/${(below.route ?? '').replace(/^\//, '').split('?')[0]}` === ROUTES.evaluation(id).split('?')[0]) {
    // the rating page underneath loads again once this page is gone
    void Taro.navigateBack().then(profileChanged, profileChanged);
    return;
  }
  void Taro.redirectTo({ url: ROUTES.evaluation(id) });
}

function Change({ e }: { e: Evaluation }) {
  if (!e.changeableUntil) return <Closed e={e} />;
  return (
    <>
      <View className="yk-card">
        <Text className="yk-ticket__line">
          {e.itemName} · 办件编号 {e.number}
        </Text>
      </View>
      <RatingForm applicationId={e.applicationId} stage={e.stage} changing={e} onSent={() => backToEvaluation(e.id)} />
    </>
  );
}

/** Changed already or too late, in words; a change still kept on the device can no longer be sent. */
function Closed({ e }: { e: Evaluation }) {
  useEffect(() => clearRatingDraft({ evaluationId: e.id }), [e.id]);
  return (
    <View className="yk-card" data-testid="change-closed">
      <Text className="yk-section-title" role="heading" aria-level={1}>
        该评价不能再修改
      </Text>
      <Text className="yk-ticket__line">
        {e.changedAt ? `您已于${beijingTime(e.changedAt)}修改过，评价只能修改一次。` : `评价后${CHANGE_WINDOW_DAYS}日内可以修改一次，已超过修改期限。`}
      </Text>
      <Pressable className="yk-link" role="link" onTap={() => void Taro.redirectTo({ url: ROUTES.evaluation(e.id) })}>
        查看评价
      </Pressable>
    </View>
  );
}
