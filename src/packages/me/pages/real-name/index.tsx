import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { Page } from '../../../../components/Page';
import { Pressable } from '../../../../components/Pressable';
import { useMutation } from '../../../../core/hooks/useMutation';
import { notify } from '../../../../core/notify';
import { TextField } from '../../../../features/identity/components/TextField';
import { identityService } from '../../../../features/identity/identityService';
import { profileChanged } from '../../../../features/identity/usePersonal';
import { idNumberError, personNameError } from '../../../../shared/identity/checks';
import '../../me.scss';

/** What the citizen has typed so far may already be wrong: say so at once, but not before it can be. */
function idMessage(id: string, blurred: boolean): string | null {
  const v = id.trim();
  if (!v) return null;
  if (v.length >= 18 || blurred || /[^\dXx]/.test(v)) return idNumberError(v);
  return null;
}

/**
 * 实名认证: name + ID number (GB 11643 check digit checked here and on the server), then a
 * simulated face check. Real apps hand the face check to a certified liveness service; here the
 * capture is simulated and the outcome can be chosen for demos (模拟失败).
 */
export default function RealNamePage() {
  const [name, setName] = useState('');
  const [idNumber, setIdNumber] = useState('');
  const [blurred, setBlurred] = useState({ name: false, idNumber: false });
  const [verificationId, setVerificationId] = useState<string | null>(null);
  const start = useMutation((input: { name: string; idNumber: string }) => identityService.startRealName(input));

  const nameMsg = blurred.name && name ? personNameError(name) : null;
  const idMsg = idMessage(idNumber, blurred.idNumber);

  const submit = async () => {
    setBlurred({ name: true, idNumber: true });
    if (personNameError(name) || idNumberError(idNumber)) return;
    const outcome = await start.submit({ name: name.trim(), idNumber: idNumber.trim().toUpperCase() });
    if (outcome.status === 'success') setVerificationId(outcome.data.verificationId);
  };

  if (verificationId) return <FaceCheck verificationId={verificationId} onRestart={() => setVerificationId(null)} />;

  return (
    <Page className="yk-real-name">
      <View className="yk-card">
        <Text className="yk-me-page__heading" role="heading" aria-level={1}>
          实名认证
        </Text>
        <Text className="yk-me-page__note">第 1 步，共 2 步：填写身份信息。信息仅用于核实您的身份，并加密保存。</Text>
        {start.formError && (
          <Text className="yk-field__error" role="alert">
            {start.formError}
          </Text>
        )}
        <TextField
          name="name"
          label="姓名"
          value={name}
          maxlength={20}
          error={nameMsg ?? start.fieldErrors.name}
          onChange={(v) => {
            setName(v);
            start.clearFieldError('name');
          }}
          onBlur={() => setBlurred((b) => ({ ...b, name: true }))}
        />
        <TextField
          name="idNumber"
          label="身份证号码"
          hint="18位，最后一位可能是X"
          type="idcard"
          maxlength={18}
          value={idNumber}
          error={idMsg ?? start.fieldErrors.idNumber}
          onChange={(v) => {
            setIdNumber(v);
            start.clearFieldError('idNumber');
          }}
          onBlur={() => setBlurred((b) => ({ ...b, idNumber: true }))}
        />
        <View className="yk-me-page__actions">
          <Pressable className="yk-button yk-button--primary" testId="real-name-next" disabled={start.status === 'submitting'} onTap={() => void submit()}>
            {start.status === 'submitting' ? '正在核对…' : '下一步：人脸核验'}
          </Pressable>
        </View>
      </View>
    </Page>
  );
}

type Capture = 'intro' | 'capturing' | 'sending' | 'failed';

function FaceCheck({ verificationId, onRestart }: { verificationId: string; onRestart: () => void }) {
  const [stage, setStage] = useState<Capture>('intro');
  const [progress, setProgress] = useState(0);
  const [outcome, setOutcome] = useState<'passed' | 'failed'>('passed');
  const face = useMutation((liveness: 'passed' | 'failed') => identityService.faceCheck(verificationId, liveness));

  // The simulated capture: a few seconds of progress, as a real liveness check takes.
  useEffect(() => {
    if (stage !== 'capturing') return;
    if (progress >= 100) {
      setStage('sending');
      void face.submit(outcome).then((r) => {
        if (r.status === 'success' && r.data.realName === 'verified') {
          profileChanged();
          notify('实名认证成功', 'success');
          void Taro.navigateBack();
        } else {
          setStage('failed');
        }
      });
      return;
    }
    const t = setTimeout(() => setProgress((p) => Math.min(100, p + 20)), 300);
    return () => clearTimeout(t);
  }, [stage, progress]);

  const begin = (liveness: 'passed' | 'failed') => {
    setOutcome(liveness);
    setProgress(0);
    setStage('capturing');
  };

  return (
    <Page className="yk-real-name">
      <View className="yk-card" data-testid="face-check">
        <Text className="yk-me-page__heading" role="heading" aria-level={1}>
          人脸核验
        </Text>
        <Text className="yk-me-page__note">第 2 步，共 2 步。请在光线充足处，正对屏幕，按提示缓慢眨眼。演示环境只模拟采集，不会打开摄像头，也不保存图像。</Text>
        {(stage === 'capturing' || stage === 'sending') && (
          <View role="status" aria-live="polite">
            <View className="yk-progress" aria-hidden="true">
              <View className="yk-progress__bar" style={{ width: `${progress}%` }} />
            </View>
            <Text>{stage === 'sending' ? '正在核验…' : `正在采集 ${progress}%`}</Text>
          </View>
        )}
        {stage === 'failed' && (
          <Text className="yk-field__error" role="alert">
            {face.formError ?? '人脸核验未通过，请重试'}
          </Text>
        )}
        {(stage === 'intro' || stage === 'failed') && (
          <View className="yk-me-page__actions">
            <Pressable className="yk-button yk-button--primary" testId="face-start" onTap={() => begin('passed')}>
              开始人脸核验
            </Pressable>
            <Pressable className="yk-button yk-button--ghost" testId="face-fail" onTap={() => begin('failed')}>
              模拟失败（演示）
            </Pressable>
            <Pressable className="yk-link" onTap={onRestart}>
              返回修改身份信息
            </Pressable>
          </View>
        )}
      </View>
    </Page>
  );
}
