import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { StateView } from '../../../components/StateView';
import { UnauthorizedError } from '../../../core/http/errors';
import type { Draft, DraftInput } from '../../../shared/api/applications';
import { SignedOut } from '../../identity/components/SignedOut';
import type { DraftSession, DraftSnapshot } from '../draftSession';
import { useDraft } from '../useDraft';
import { ConflictChoice } from './ConflictChoice';
import '../applying.scss';

const SYNC_TEXT: Record<DraftSnapshot['sync'], string> = {
  saved: '已保存',
  saving: '正在保存…',
  pending: '已保存在本机',
  local: '已保存在本机，联网后同步',
  conflict: '另一台设备修改了此草稿，请选择保留哪一份',
  refused: '有填写项需要修改后才能保存到服务器',
};

/** Where the draft's changes are, in words: a citizen never wonders whether typing was kept. */
export function SyncStatus({ snapshot }: { snapshot: DraftSnapshot }) {
  return (
    <View className={`yk-apply-sync yk-apply-sync--${snapshot.sync}`} role="status" aria-live="polite" data-testid="sync-status">
      <Text>{SYNC_TEXT[snapshot.sync]}</Text>
      {snapshot.sync === 'refused' && snapshot.syncMessage && <Text className="yk-field__hint">{snapshot.syncMessage}</Text>}
    </View>
  );
}

export interface Ready {
  draft: Draft;
  input: DraftInput;
  snapshot: DraftSnapshot;
  session: DraftSession;
}

/**
 * Every page of one draft: loading, signed out, error with retry, a conflict to settle first,
 * then the page itself with the save status above it.
 */
export function DraftFrame({ id, back, children }: { id: string | undefined; back: string; children: (ready: Ready) => ReactNode }) {
  const { snapshot, session } = useDraft(id);
  if (!id || !snapshot || !session) return <StateView kind="empty" title="链接不完整" hint="没有指定要继续的申请。" />;
  if (snapshot.status === 'loading' && !snapshot.draft) return <StateView kind="loading" label="正在打开申请…" />;
  if (snapshot.status === 'error' && !snapshot.draft) {
    if (snapshot.error instanceof UnauthorizedError) return <SignedOut back={back} title="登录后继续填写申请" />;
    return <StateView kind="error" title="申请加载失败" error={snapshot.error} onRetry={() => void session.load(true)} />;
  }
  const { draft, input } = snapshot;
  if (!draft || !input) return <StateView kind="loading" label="正在打开申请…" />;
  return (
    <>
      <SyncStatus snapshot={snapshot} />
      {snapshot.choice && <ConflictChoice choice={snapshot.choice} ctx={{ divisionNames: snapshot.labels }} onChoose={(use) => session.resolve(use)} />}
      {!snapshot.choice && children({ draft, input, snapshot, session })}
    </>
  );
}
