import { Text, View } from '@tarojs/components';
import Taro, { useDidHide, useDidShow, useRouter } from '@tarojs/taro';
import { useEffect, useRef, useState } from 'react';
import { Page } from '../../../../components/Page';
import { Pressable } from '../../../../components/Pressable';
import { StateView } from '../../../../components/StateView';
import { userMessageOf } from '../../../../core/http/errors';
import { sessionRecovery } from '../../../../core/session/recovery';
import { returnTargetOf } from '../../../../core/session/returnTarget';
import { applyingService } from '../../../../features/applying/applyingService';
import { draftSession } from '../../../../features/applying/draftSession';
import { LIFE_EVENT_SITUATION, TASK_LABELS } from '../../../../shared/api/applications';
import { PersonalView } from '../../../../features/identity/components/PersonalView';
import { SignedOut } from '../../../../features/identity/components/SignedOut';
import { usePersonal } from '../../../../features/identity/usePersonal';
import { ROUTES } from '../../../../routes';
import '../../../../features/applying/applying.scss';

/**
 * Opens `url` in this page's place. Right after the sign-in page went back here the router may
 * still be moving and refuse: try again shortly, a few times.
 */
function redirect(url: string, attempts = 5): void {
  Taro.redirectTo({ url }).catch(() => {
    if (attempts > 1) setTimeout(() => redirect(url, attempts - 1), 300);
  });
}

/**
 * 在线办理 from a guide: signed in first (weapp silently; H5 on the sign-in page, back here),
 * then a draft for the item with the situation chosen on the guide, or the citizen's earlier
 * draft for the same item to continue instead of starting anew. From a life event
 * (`lifeEventId`): one draft for all its items (一件事一次办), the same way.
 */
export default function ApplyStartPage() {
  const { params } = useRouter();
  const lifeEventId = params.lifeEventId;
  // a life-event draft is keyed by the event's id and needs no situation
  const itemId = params.itemId ?? lifeEventId;
  const situationId = lifeEventId ? LIFE_EVENT_SITUATION : params.situationId;
  const here = lifeEventId ? ROUTES.applyLifeEvent(lifeEventId) : itemId ? ROUTES.applyStart(itemId, situationId) : ROUTES.services;
  const existing = usePersonal(
    itemId
      ? async () => {
          if (!(await sessionRecovery.ensureSignedIn())) return null;
          return (await applyingService.drafts()).filter((d) => d.itemId === itemId);
        }
      : null,
    [itemId],
  );
  const askedSignIn = useRef(false);
  const creating = useRef(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Acts only while showing: with the sign-in page still on top, leaving this page is not ours to do.
  const [showing, setShowing] = useState(true);
  useDidShow(() => setShowing(true));
  useDidHide(() => setShowing(false));

  const start = async () => {
    if (!itemId || !situationId || creating.current) return;
    creating.current = true;
    setBusy(true);
    setFailure(null);
    try {
      const draft = await applyingService.createDraft(lifeEventId ? { lifeEventId } : { itemId, situationId });
      draftSession(draft.id).adopt(draft);
      redirect(ROUTES.applyTasks(draft.id));
    } catch (e) {
      setFailure(userMessageOf(e));
    } finally {
      creating.current = false;
      setBusy(false);
    }
  };

  // Signed out on H5: the sign-in page, once, on top of this one; it comes back here.
  useEffect(() => {
    if (!showing) return;
    if (existing.status === 'success' && existing.data === null && !askedSignIn.current && !sessionRecovery.silent) {
      askedSignIn.current = true;
      void Taro.navigateTo({ url: ROUTES.signIn(returnTargetOf(here)) });
    }
    // Nothing to continue: start at once.
    if (existing.status === 'success' && existing.data && existing.data.length === 0 && situationId) void start();
  }, [existing.status, existing.data, showing]);

  if (!itemId) return <StateView kind="empty" title="链接不完整" hint="没有指定要办理的事项。" />;
  return (
    <Page className="yk-apply-start">
      <PersonalView
        state={existing}
        back={here}
        loading="正在准备在线办理…"
        render={(drafts) => {
          if (drafts === null) return <SignedOut back={here} title="登录后在线办理" />;
          if (!situationId && drafts.length === 0) {
            return <StateView kind="empty" title="请先选择您的情形" hint="在办事指南中选择“您属于哪种情形”，再点“在线办理”。" action={{ label: '返回办事指南', onTap: () => void Taro.navigateBack() }} />;
          }
          if (drafts.length === 0 || busy) {
            return failure ? (
              <StateView kind="error" title="没能开始申请" error={new Error(failure)} onRetry={() => void start()} />
            ) : (
              <StateView kind="loading" label="正在创建申请…" />
            );
          }
          return (
            <View className="yk-card" data-testid="existing-drafts">
              <Text className="yk-apply-heading" role="heading" aria-level={1}>
                您有未提交的申请
              </Text>
              <Text className="yk-apply-line">可以接着上次填写，不用重新开始。</Text>
              {drafts.map((d) => (
                <View key={d.id} className="yk-apply-row">
                  <View className="yk-apply-row__value">
                    <Text className="yk-apply-row__label">{d.itemName}</Text>
                    <Text className="yk-apply-line">
                      {d.situationName} · 已完成 {d.progress.done}/{d.progress.total} · 停在“{TASK_LABELS[d.currentTask]}”
                    </Text>
                  </View>
                  <Pressable className="yk-button yk-button--primary yk-button--small" testId="continue-draft" onTap={() => redirect(ROUTES.applyTasks(d.id))}>
                    继续填写
                  </Pressable>
                </View>
              ))}
              {situationId && (
                <View className="yk-apply-actions">
                  <Pressable className="yk-button yk-button--ghost" testId="new-draft" disabled={busy} onTap={() => void start()}>
                    重新开始一份申请
                  </Pressable>
                </View>
              )}
              {failure && (
                <Text className="yk-field__error" role="alert">
                  {failure}
                </Text>
              )}
            </View>
          );
        }}
      />
    </Page>
  );
}
