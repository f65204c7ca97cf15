import { Text, View } from '@tarojs/components';
import { Pressable } from '../../components/Pressable';
import { UPLOAD_MAX_BYTES, type Upload } from '../../shared/api/applications';
import { formatBytes, type Accept } from './chunker';
import { percentOf, useUpload } from './useUpload';
import './uploads.scss';

export interface UploadButtonProps {
  /** what the button says, e.g. 上传营业执照 */
  label: string;
  /** the server has the whole file and its content check passed */
  onUploaded: (upload: Upload) => void;
  testId?: string;
  accept?: Accept;
  /**
   * Which unfinished upload this button continues after the app was killed (a material's id);
   * the label when not given. Two buttons on one page need different keys.
   */
  resumeKey?: string;
}

const ACCEPT_HINT: Record<Accept, string> = {
  image: 'JPG、PNG 图片',
  pdf: 'PDF 文件',
  any: 'JPG、PNG 图片或 PDF 文件',
};

/**
 * One file to the server: choose (photo or PDF), checked and compressed on the device, sent in
 * chunks with its progress, 重试 on failure, continued after the app was killed. What the server's
 * content check says about a refused file is shown in its own words.
 */
export function UploadButton({ label, onUploaded, testId, accept = 'any', resumeKey }: UploadButtonProps) {
  const { phase, choose, retry, discard } = useUpload({ accept, resumeKey: resumeKey ?? `label:${label}`, onUploaded });
  const working = phase.kind === 'preparing' || phase.kind === 'uploading';
  const tid = (suffix: string) => (testId ? `${testId}-${suffix}` : undefined);

  return (
    <View className="yk-upload" data-testid={testId}>
      {phase.kind === 'interrupted' ? (
        <View className="yk-upload__notice" role="status">
          <Text>
            上次未传完：{phase.pending.name}（已上传 {percentOf(phase.pending.received, phase.pending.size)}%）
          </Text>
          {phase.needsFile && <Text className="yk-upload__hint">请重新选择同一个文件，已上传的部分不必重传。</Text>}
          <View className="yk-upload__actions">
            {phase.needsFile ? (
              <Pressable className="yk-button yk-button--primary yk-button--small" testId={tid('choose')} onTap={() => void choose()}>
                重新选择文件
              </Pressable>
            ) : (
              <Pressable className="yk-button yk-button--primary yk-button--small" testId={tid('resume')} onTap={retry}>
                继续上传
              </Pressable>
            )}
            <Pressable className="yk-button yk-button--ghost yk-button--small" onTap={discard}>
              放弃
            </Pressable>
          </View>
        </View>
      ) : (
        <Pressable className="yk-button yk-button--ghost yk-upload__choose" disabled={working} testId={tid('choose')} onTap={() => void choose()}>
          {working ? '正在上传…' : label}
        </Pressable>
      )}

      {phase.kind === 'idle' && (
        <Text className="yk-upload__hint">
          {ACCEPT_HINT[accept]}，不超过 {formatBytes(UPLOAD_MAX_BYTES)}；照片会先在手机上压缩。
        </Text>
      )}
      {phase.kind === 'preparing' && (
        <Text className="yk-upload__hint" role="status">
          正在处理 {phase.name}…
        </Text>
      )}
      {phase.kind === 'uploading' && <Progress name={phase.name} percent={percentOf(phase.received, phase.size)} label={label} testId={tid('progress')} />}
      {phase.kind === 'done' && (
        <Text className="yk-upload__ok" role="status" data-testid={tid('done')}>
          已上传：{phase.upload.fileName}（{formatBytes(phase.upload.size)}）
        </Text>
      )}
      {phase.kind === 'invalid' && (
        <Text className="yk-upload__error" role="alert" data-testid={tid('error')}>
          {phase.message}
        </Text>
      )}
      {phase.kind === 'rejected' && (
        <View className="yk-upload__error" role="alert" data-testid={tid('error')}>
          <Text>
            {phase.name} 未通过检查：{phase.message}
          </Text>
          <Text className="yk-upload__hint">请换一个文件重新上传。</Text>
        </View>
      )}
      {phase.kind === 'failed' && (
        <View className="yk-upload__error" role="alert" data-testid={tid('error')}>
          <Text>
            {phase.name ? `${phase.name} 上传中断：` : ''}
            {phase.message}
          </Text>
          <Pressable className="yk-button yk-button--primary yk-button--small" testId={tid('retry')} onTap={retry}>
            重试
          </Pressable>
        </View>
      )}
    </View>
  );
}

function Progress({ name, percent, label, testId }: { name: string; percent: number; label: string; testId?: string }) {
  return (
    <View className="yk-upload__progress" data-testid={testId}>
      <View
        className="yk-upload__bar"
        role="progressbar"
        aria-label={`${label}：${name}`}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
      >
        <View className="yk-upload__fill" style={{ width: `${percent}%` }} />
      </View>
      <Text className="yk-upload__hint" aria-live="polite">
        正在上传 {name}：{percent}%
      </Text>
    </View>
  );
}
