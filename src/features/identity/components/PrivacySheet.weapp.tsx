import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect } from 'react';
import { Pressable } from '../../../components/Pressable';
import { ROUTES } from '../../../routes';
import { answerPrivacy, askForPrivacyAgreement, usePendingPrivacy } from '../privacy';
import './identity.scss';

const AGREE_BUTTON_ID = 'yk-privacy-agree';

// Registered once, when the first page loads: WeChat asks before any personal-data API runs.
Taro.onNeedPrivacyAuthorization((resolve, info) => askForPrivacyAgreement(resolve, info?.referrer ?? ''));

/**
 * The privacy agreement as a sheet at the foot of the page, not a blocking dialog: the page stays
 * readable, and the held API call goes on only after 同意 (WeChat checks the agree button itself).
 */
export function PrivacySheet() {
  const pending = usePendingPrivacy();
  useEffect(() => {
    // tells WeChat the agreement was shown
    pending?.resolve({ event: 'exposureAuthorization' });
  }, [pending]);
  if (!pending) return null;
  return (
    <View className="yk-privacy-sheet" role="dialog" aria-label="隐私保护指引" data-testid="privacy-sheet">
      <Text className="yk-privacy-sheet__title">隐私保护指引</Text>
      <Text className="yk-privacy-sheet__text">
        为提供就近办、在线办事等服务，渝快办需要在您同意后使用相关个人信息（如位置）。您可随时在“我的 · 隐私政策”中查看收集内容、用途、保存期限和删除方式。
      </Text>
      <Pressable className="yk-link" role="link" onTap={() => void Taro.navigateTo({ url: ROUTES.privacy })}>
        阅读《隐私政策》
      </Pressable>
      <View className="yk-privacy-sheet__actions">
        <Pressable className="yk-button yk-button--ghost" onTap={() => answerPrivacy(false)}>
          不同意
        </Pressable>
        <Button id={AGREE_BUTTON_ID} className="yk-button yk-button--primary" openType="agreePrivacyAuthorization" onAgreePrivacyAuthorization={() => answerPrivacy(true, AGREE_BUTTON_ID)}>
          同意并继续
        </Button>
      </View>
    </View>
  );
}
