import { Input, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { Page } from '../../../../components/Page';
import { Pressable } from '../../../../components/Pressable';
import { goToTab } from '../../../../components/TabNav';
import { useMutation } from '../../../../core/hooks/useMutation';
import { identityService } from '../../../../features/identity/identityService';
import { ROUTES } from '../../../../routes';
import '../../me.scss';

/** 注销账号: says exactly what is deleted, and asks for the word 注销 typed before it does anything. */
export default function DeleteAccountPage() {
  const [typed, setTyped] = useState('');
  const mutation = useMutation(() => identityService.deleteAccount());
  const ready = typed.trim() === '注销';

  const submit = async () => {
    if (!ready) return;
    const outcome = await mutation.submit(undefined);
    if (outcome.status === 'success') goToTab(ROUTES.me);
  };

  return (
    <Page className="yk-delete-account">
      <View className="yk-card">
        <Text className="yk-me-page__heading" role="heading" aria-level={1}>
          注销账号
        </Text>
        <Text className="yk-me-page__para">注销后，以下内容将被永久删除，无法恢复：</Text>
        <Text className="yk-me-page__para">· 账号和实名认证信息（姓名、身份证号码、手机号码）</Text>
        <Text className="yk-me-page__para">· 常用地址、家庭成员和代办授权</Text>
        <Text className="yk-me-page__para">· 电子证照与本账号的关联、上传的材料和草稿</Text>
        <Text className="yk-me-page__note">已提交的办件按政务档案规定由办理部门保存。本机上的收藏和搜索记录不受影响。</Text>
        <View className="yk-field">
          <Text className="yk-field__label">请输入“注销”确认</Text>
          <Input className="yk-field__input" value={typed} maxlength={4} aria-label="请输入“注销”确认" onInput={(e) => setTyped(e.detail.value)} data-testid="input-confirm" />
        </View>
        {mutation.formError && (
          <Text className="yk-field__error" role="alert">
            {mutation.formError}
          </Text>
        )}
        <View className="yk-me-page__actions">
          <Pressable className="yk-button yk-button--primary" testId="delete-account" disabled={!ready || mutation.status === 'submitting'} onTap={() => void submit()}>
            {mutation.status === 'submitting' ? '正在注销…' : '注销账号'}
          </Pressable>
        </View>
      </View>
    </Page>
  );
}
