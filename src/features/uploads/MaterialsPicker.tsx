import { Text, View } from '@tarojs/components';
import { Pressable } from '../../components/Pressable';
import { StateView } from '../../components/StateView';
import { UnauthorizedError } from '../../core/http/errors';
import { useAsync } from '../../core/hooks/useAsync';
import type { Upload } from '../../shared/api/applications';
import { ACCEPT_TYPES, formatBytes, type Accept } from './chunker';
import { uploadsService } from './uploadsService';
import './uploads.scss';

export interface MaterialsPickerProps {
  /** the citizen chose this earlier upload for the material */
  onPick: (upload: Upload) => void;
  accept?: Accept;
  /** uploads already used for this material: shown as 已选用, not offered again */
  selectedIds?: string[];
  testId?: string;
}

/** YYYY-MM-DD of an ISO time, in Beijing time. */
export function dayOf(iso: string): string {
  const t = new Date(iso).getTime() + 8 * 3600_000;
  return Number.isNaN(t) ? iso.slice(0, 10) : new Date(t).toISOString().slice(0, 10);
}

/**
 * 我的材料, to reuse: the citizen's earlier complete uploads that fit this material, each one tap
 * away. Unfinished and refused uploads are not offered.
 */
export function MaterialsPicker({ onPick, accept = 'any', selectedIds = [], testId }: MaterialsPickerProps) {
  const list = useAsync(() => uploadsService.list(), []);
  if (list.status === 'loading') return <StateView kind="loading" label="正在加载我的材料…" />;
  if (list.status === 'error') {
    if (list.error instanceof UnauthorizedError) return <Text className="yk-upload__hint">登录后可使用以前上传过的材料。</Text>;
    return <StateView kind="error" title="我的材料加载失败" error={list.error} onRetry={list.retry} />;
  }
  const usable = list.data.filter((u) => u.status === 'complete' && ACCEPT_TYPES[accept].includes(u.contentType));
  if (usable.length === 0) {
    return (
      <Text className="yk-upload__hint" data-testid={testId}>
        我的材料里还没有可用的文件。
      </Text>
    );
  }
  return (
    <View className="yk-materials" role="list" aria-label="我的材料" data-testid={testId}>
      {usable.map((u) => {
        const chosen = selectedIds.includes(u.id);
        return (
          <View key={u.id} className="yk-materials__row" role="listitem">
            <View className="yk-materials__name">
              <Text>{u.fileName}</Text>
              <Text className="yk-materials__note">
                {formatBytes(u.size)} · {dayOf(u.createdAt)} 上传
              </Text>
            </View>
            {chosen ? (
              <Text className="yk-upload__ok">已选用</Text>
            ) : (
              <Pressable className="yk-button yk-button--ghost yk-button--small" label={`使用 ${u.fileName}`} onTap={() => onPick(u)}>
                使用
              </Pressable>
            )}
          </View>
        );
      })}
    </View>
  );
}
