import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useEffect } from 'react';
import { Page } from '../../../../components/Page';
import { Pressable } from '../../../../components/Pressable';
import { HttpError } from '../../../../core/http/errors';
import { useMutation } from '../../../../core/hooks/useMutation';
import { answerRows } from '../../../../features/applying/answers';
import { applyingService } from '../../../../features/applying/applyingService';
import { DraftFrame, type Ready } from '../../../../features/applying/components/DraftFrame';
import { ErrorSummary } from '../../../../features/applying/components/ErrorSummary';
import { openTask } from '../../../../features/applying/nav';
import { identityService } from '../../../../features/identity/identityService';
import { usePersonal } from '../../../../features/identity/usePersonal';
import { formatFen } from '../../../../features/applying/money';
import { ROUTES } from '../../../../routes';

/** Saving was not possible before the submit: the citizen's input is kept on the device. */
class UnsavedDraftError extends Error {
  override readonly name = 'UnsavedDraftError';
  get userMessage(): string {
    return '草稿还没有保存到服务器（已保存在本机），请联网后再提交';
  }
}

/**
 * 核对并提交 (check answers): every answer with a 修改 link to its task, the fee if any, then
 * the submit. One Idempotency-Key per submission attempt, made when this page opens and kept on
 * the device with the draft: a double tap, a retry after a lost answer or a reload sends the
 * same key and files ONE application. A refusal (422) lists what to change at the top and at
 * each field; nothing typed is lost.
 */
export default function ApplyReviewPage() {
  const id = useRouter().params.id;
  return (
    <Page className="yk-apply-review">
      <DraftFrame id={id} back={id ? ROUTES.applyReview(id) : ROUTES.services}>
        {(ready) => <Review {...ready} />}
      </DraftFrame>
    </Page>
  );
}

function Review({ draft, input, snapshot, session }: Ready) {
  useEffect(() => {
    session.at('review');
    session.submissionKey();
  }, [session]);
  const facts = usePersonal(async () => {
    const [me, addresses] = await Promise.all([identityService.me(), identityService.addresses()]);
    return { me, places: Object.fromEntries(addresses.map((a) => [a.id, `${a.divisionPath} ${a.detail}`])) };
  }, []);
  const places = facts.status === 'success' ? facts.data.places : {};
  const unverified = facts.status === 'success' && facts.data.me.realName !== 'verified';

  const submission = useMutation(async () => {
    await session.flush();
    if (session.unsaved) throw new UnsavedDraftError();
    try {
      return await applyingService.submit(draft.id, session.submissionKey());
    } catch (e) {
      // A definite refusal ends this attempt: the next one (after changes) gets a new key.
      // A lost answer (network, 5xx) keeps the key, so sending again cannot file twice.
      if (e instanceof HttpError && e.status >= 400 && e.status < 500 && e.status !== 401 && e.status !== 429) session.endAttempt(e.fields);
      throw e;
    }
  });

  const submit = async () => {
    const outcome = await submission.submit(undefined);
    if (outcome.status === 'success') {
      session.finish();
      void Taro.redirectTo({ url: ROUTES.applyDone(outcome.data.id) });
    }
  };

  const rows = answerRows(draft, input, { divisionNames: snapshot.labels, places });
  const submitting = submission.status === 'submitting';
  const failure = submission.error instanceof UnsavedDraftError ? submission.error.userMessage : submission.formError;

  return (
    <>
      {submission.status === 'error' && Object.keys(snapshot.submitErrors).length > 0 ? (
        <ErrorSummary errors={snapshot.submitErrors} rows={rows} onOpen={(task) => openTask(draft.id, task)} />
      ) : (
        failure && (
          <View className="yk-card yk-apply-summary" role="alert" data-testid="submit-error">
            <Text className="yk-apply-summary__title">没有提交成功</Text>
            <Text className="yk-apply-line">{failure}</Text>
          </View>
        )
      )}
      <View className="yk-card">
        <Text className="yk-apply-heading" role="heading" aria-level={1}>
          核对您的申请
        </Text>
        <Text className="yk-apply-line">{draft.itemName} · 提交前请逐项核对，点“修改”回到对应步骤。</Text>
      </View>
      <View className="yk-card" role="list" aria-label="申请内容" data-testid="answers">
        {rows.map((r) => (
          <View key={r.key} className="yk-apply-row" role="listitem" data-testid="answer-row">
            <Text className="yk-apply-row__label">{r.label}</Text>
            <Text className="yk-apply-row__value">{r.value}</Text>
            <Pressable className="yk-link" role="link" label={`修改${r.label}`} onTap={() => openTask(draft.id, r.task)}>
              修改
            </Pressable>
          </View>
        ))}
      </View>
      {draft.fee && draft.fee.totalFen > 0 && (
        <View className="yk-card" data-testid="fee">
          <Text className="yk-section-title" role="heading" aria-level={2}>
            费用
          </Text>
          {draft.fee.items.map((f) => (
            <View key={f.name} className="yk-apply-row">
              <Text className="yk-apply-row__label">{f.name}</Text>
              <Text className="yk-apply-row__value">{formatFen(f.amountFen)}</Text>
            </View>
          ))}
          <Text className="yk-apply-line">合计 {formatFen(draft.fee.totalFen)}，提交后生成缴款通知书，按通知缴费。</Text>
        </View>
      )}
      {unverified && (
        <View className="yk-card" role="alert" data-testid="unverified-note">
          <Text className="yk-apply-line">提交申请前需要完成实名认证，以确认是您本人申请。您填写的内容已保存。</Text>
          <Pressable className="yk-button yk-button--ghost" onTap={() => void Taro.navigateTo({ url: ROUTES.realName })}>
            去实名认证
          </Pressable>
        </View>
      )}
      <View className="yk-apply-actions">
        <Pressable className="yk-button yk-button--primary" testId="submit" disabled={submitting || unverified || !!snapshot.choice} onTap={() => void submit()}>
          {submitting ? '正在提交…' : '确认并提交申请'}
        </Pressable>
      </View>
    </>
  );
}
