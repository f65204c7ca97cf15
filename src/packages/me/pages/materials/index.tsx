import { Text, View } from '@tarojs/components';
import { Page } from '../../../../components/Page';
import { Pressable } from '../../../../components/Pressable';
import { PersonalHead, PersonalList } from '../../../../features/identity/components/PersonalView';
import { useConfirmedRemoval } from '../../../../features/identity/useConfirmedRemoval';
import { profileChanged, usePersonal } from '../../../../features/identity/usePersonal';
import { formatBytes } from '../../../../features/uploads/chunker';
import { dayOf } from '../../../../features/uploads/MaterialsPicker';
import { UploadButton } from '../../../../features/uploads/UploadButton';
import { uploadsService } from '../../../../features/uploads/uploadsService';
import type { Upload, UploadStatus } from '../../../../shared/api/applications';
import { ROUTES } from '../../../../routes';
import '../../me.scss';
import '../../../../features/uploads/uploads.scss';

const STATUS_WORDS: Record<UploadStatus, string> = {
  uploading: '未传完',
  complete: '可使用',
  rejected: '未通过检查',
};

/** 我的材料: files uploaded before, to reuse in later applications; upload one, delete one (asked once). */
export default function MaterialsPage() {
  const uploads = usePersonal(() => uploadsService.list(), []);
  const { remove, failure } = useConfirmedRemoval(
    (u: Upload) => ({ title: '删除材料', content: `删除“${u.fileName}”？已用于提交的申请的材料不能删除。` }),
    (u) => uploadsService.remove(u.id),
  );

  return (
    <Page className="yk-materials-page">
      <PersonalHead title="我的材料" failure={failure}>
        <Text className="yk-me-page__note">上传过的材料保存在这里，再办事时可直接选用，不必重复上传。</Text>
        <UploadButton label="上传材料" testId="materials-upload" resumeKey="me:materials" onUploaded={() => profileChanged()} />
      </PersonalHead>
      <PersonalList
        state={uploads}
        back={ROUTES.materials}
        loading="正在加载我的材料…"
        label="我的材料"
        empty={{ title: '还没有材料', hint: '办事时上传的文件会保存在这里。' }}
        row={(u) => (
          <View key={u.id} role="listitem" className="yk-me-page__row" data-testid="material-row">
            <Text>{u.fileName}</Text>
            <Text className="yk-me-page__note">
              {formatBytes(u.size)} · {dayOf(u.createdAt)} · {STATUS_WORDS[u.status]}
              {u.rejection ? `：${u.rejection}` : ''}
            </Text>
            <View className="yk-me-page__row-actions">
              <Pressable className="yk-link" label={`删除材料：${u.fileName}`} onTap={() => void remove(u)}>
                删除
              </Pressable>
            </View>
          </View>
        )}
      />
    </Page>
  );
}
