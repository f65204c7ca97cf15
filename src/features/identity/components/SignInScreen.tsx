import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { Pressable } from '../../../components/Pressable';
import { StateView } from '../../../components/StateView';
import { useAsync } from '../../../core/hooks/useAsync';
import { useMutation } from '../../../core/hooks/useMutation';
import { sessionRecovery } from '../../../core/session/recovery';
import { TextField } from './TextField';
import { identityService } from '../identityService';
import type { Persona, PersonaId, SmsCodeSent } from '../../../shared/api/identity';
import { phoneError } from '../../../shared/identity/checks';
import { ROUTES } from '../../../routes';
import './identity.scss';

/**
 * Sign-in. On weapp the normal way is silent (WeChat login); this screen is there to switch to a
 * demo persona. On H5 (reviewers): one tap per demo persona, or phone + SMS code, the code
 * readable in the dev outbox since the mock sends nothing. `onDone` takes the citizen back.
 */
export function SignInScreen({ onDone }: { onDone: () => void }) {
  return (
    <>
      <View className="yk-card">
        <Text className="yk-me-page__heading" role="heading" aria-level={1}>
          登录渝快办
        </Text>
        <Text className="yk-me-page__note">登录后可在线办事、查看电子证照。我们如何使用您的信息，请见</Text>
        <Pressable className="yk-link" role="link" onTap={() => void Taro.navigateTo({ url: ROUTES.privacy })}>
          《隐私政策》
        </Pressable>
      </View>
      {sessionRecovery.silent && <WeChatSignIn onDone={onDone} />}
      <Personas onDone={onDone} />
      <SmsSignIn onDone={onDone} />
    </>
  );
}

function WeChatSignIn({ onDone }: { onDone: () => void }) {
  const mutation = useMutation(async () => {
    if (!(await sessionRecovery.signInWithPlatform())) throw new Error('wechat sign-in refused');
  });
  return (
    <View className="yk-card">
      <Pressable
        className="yk-button yk-button--primary"
        testId="wechat-sign-in"
        onTap={() => void mutation.submit(undefined).then((r) => r.status === 'success' && onDone())}
      >
        {mutation.status === 'submitting' ? '正在登录…' : '微信一键登录'}
      </Pressable>
      {mutation.formError && (
        <Text className="yk-field__error" role="alert">
          {mutation.formError}
        </Text>
      )}
    </View>
  );
}

function Personas({ onDone }: { onDone: () => void }) {
  const personas = useAsync(() => identityService.personas(), []);
  const mutation = useMutation((id: PersonaId) => identityService.signInAsPersona(id));
  const choose = async (p: Persona) => {
    const outcome = await mutation.submit(p.id);
    if (outcome.status === 'success') onDone();
  };
  return (
    <View className="yk-card" data-testid="personas">
      <Text className="yk-me-page__title" role="heading" aria-level={2}>
        演示账号
      </Text>
      <Text className="yk-me-page__note">示例数据，一键登录，体验不同市民的办事场景。</Text>
      {personas.status === 'loading' && <StateView kind="loading" label="正在加载演示账号…" />}
      {personas.status === 'error' && <StateView kind="error" title="演示账号加载失败" error={personas.error} onRetry={personas.retry} />}
      {personas.status === 'success' && personas.data.length === 0 && <StateView kind="empty" title="暂无演示账号" hint="请使用手机号登录。" />}
      {personas.status === 'success' &&
        personas.data.map((p) => (
          <Pressable key={p.id} className="yk-persona" testId={`persona-${p.id}`} disabled={mutation.status === 'submitting'} onTap={() => void choose(p)}>
            <View className="yk-persona__head">
              <Text className="yk-persona__name">{p.displayName}</Text>
              <Text className={`yk-badge ${p.verified ? 'yk-badge--open' : 'yk-badge--closed'}`}>{p.verified ? '已实名' : '未实名'}</Text>
            </View>
            <Text className="yk-persona__summary">{p.summary}</Text>
          </Pressable>
        ))}
      {mutation.formError && (
        <Text className="yk-field__error" role="alert">
          {mutation.formError}
        </Text>
      )}
    </View>
  );
}

/** The phone's instant message: while typing only what is already certain, the rest on leaving the field. */
function phoneMessage(phone: string, blurred: boolean): string | null {
  if (!phone) return null;
  if (/\D/.test(phone) || phone.length >= 11 || blurred) return phoneError(phone);
  return null;
}

function SmsSignIn({ onDone }: { onDone: () => void }) {
  const [phone, setPhone] = useState('');
  const [phoneBlurred, setPhoneBlurred] = useState(false);
  const [code, setCode] = useState('');
  const [sent, setSent] = useState<SmsCodeSent | null>(null);
  const [wait, setWait] = useState(0);
  const [outboxOpen, setOutboxOpen] = useState(false);
  const sendCode = useMutation((p: string) => identityService.sendSmsCode(p));
  const signIn = useMutation((input: { phone: string; code: string }) => identityService.signInWithSms(input.phone, input.code));

  // The countdown follows the server's resendAfterSeconds, one second at a time.
  useEffect(() => {
    if (wait <= 0) return;
    const t = setTimeout(() => setWait((w) => w - 1), 1000);
    return () => clearTimeout(t);
  }, [wait]);

  const localPhoneError = phoneMessage(phone, phoneBlurred);
  const phoneFieldError = localPhoneError ?? sendCode.fieldErrors.phone ?? signIn.fieldErrors.phone;

  const requestCode = async () => {
    setPhoneBlurred(true);
    if (phoneError(phone)) return;
    const outcome = await sendCode.submit(phone);
    if (outcome.status === 'success') {
      setSent(outcome.data);
      setWait(outcome.data.resendAfterSeconds);
    }
  };
  const submit = async () => {
    setPhoneBlurred(true);
    if (phoneError(phone)) return;
    const outcome = await signIn.submit({ phone, code: code.trim() });
    if (outcome.status === 'success') onDone();
  };

  return (
    <View className="yk-card" data-testid="sms-sign-in">
      <Text className="yk-me-page__title" role="heading" aria-level={2}>
        手机号登录
      </Text>
      {signIn.formError && (
        <Text className="yk-field__error" role="alert">
          {signIn.formError}
        </Text>
      )}
      <TextField
        name="phone"
        label="手机号"
        type="number"
        maxlength={11}
        value={phone}
        error={phoneFieldError}
        onChange={(v) => {
          setPhone(v);
          sendCode.clearFieldError('phone');
          signIn.clearFieldError('phone');
        }}
        onBlur={() => setPhoneBlurred(true)}
      />
      <Pressable className="yk-button yk-button--ghost yk-button--small yk-sms__send" testId="send-code" disabled={wait > 0 || sendCode.status === 'submitting'} onTap={() => void requestCode()}>
        {wait > 0 ? `${wait} 秒后可重新获取` : sent ? '重新获取验证码' : '获取验证码'}
      </Pressable>
      {sendCode.formError && !sendCode.fieldErrors.phone && (
        <Text className="yk-field__error" role="alert">
          {sendCode.formError}
        </Text>
      )}
      {sent && (
        <Text className="yk-me-page__note" role="status">
          验证码已发送至 {sent.sentTo}，{Math.round(sent.expiresInSeconds / 60)} 分钟内有效。
        </Text>
      )}
      <TextField
        name="code"
        label="验证码"
        type="number"
        maxlength={6}
        value={code}
        error={signIn.fieldErrors.code}
        onChange={(v) => {
          setCode(v);
          signIn.clearFieldError('code');
        }}
      />
      <View className="yk-dev-hint" data-testid="dev-hint">
        <Text className="yk-me-page__note">演示环境不会真的发送短信：验证码可在开发发件箱查看</Text>
        <Pressable className="yk-link" testId="open-outbox" pressed={outboxOpen} onTap={() => setOutboxOpen((o) => !o)}>
          {outboxOpen ? '收起开发发件箱' : '打开开发发件箱'}
        </Pressable>
        {outboxOpen && <Outbox sentTo={sent?.sentTo} />}
      </View>
      <Pressable className="yk-button yk-button--primary" testId="sms-submit" disabled={signIn.status === 'submitting'} onTap={() => void submit()}>
        {signIn.status === 'submitting' ? '正在登录…' : '登录'}
      </Pressable>
    </View>
  );
}

/** The latest code the mock "sent" to this masked number, read from GET /dev/outbox. */
function Outbox({ sentTo }: { sentTo?: string }) {
  const [attempt, setAttempt] = useState(0);
  const outbox = useAsync(() => identityService.outbox(), [sentTo, attempt]);
  if (outbox.status === 'loading') return <StateView kind="loading" label="正在读取发件箱…" />;
  if (outbox.status === 'error') return <StateView kind="error" title="发件箱读取失败" error={outbox.error} onRetry={outbox.retry} />;
  const latest = outbox.data.find((m) => m.channel === 'sms' && (!sentTo || m.to === sentTo));
  const latestCode = latest ? /\d{6}/.exec(latest.text)?.[0] : undefined;
  return (
    <View className="yk-outbox" data-testid="outbox" role="region" aria-label="开发发件箱">
      {latest ? (
        <>
          <Text className="yk-me-page__note">发给 {latest.to} 的最新短信：</Text>
          {latestCode && (
            <Text className="yk-outbox__code" data-testid="outbox-code">
              {latestCode}
            </Text>
          )}
          <Text className="yk-me-page__note">{latest.text}</Text>
        </>
      ) : (
        <Text className="yk-me-page__note">{sentTo ? `还没有发给 ${sentTo} 的短信。` : '请先获取验证码。'}</Text>
      )}
      <Pressable className="yk-link" onTap={() => setAttempt((n) => n + 1)}>
        刷新
      </Pressable>
    </View>
  );
}

