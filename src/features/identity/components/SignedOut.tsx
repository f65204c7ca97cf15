import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Pressable } from '../../../components/Pressable';
import { returnTargetOf } from '../../../core/session/returnTarget';
import { ROUTES } from '../../../routes';
import './identity.scss';

/** Where a personal screen stands when nobody is signed in: what signing in gives, and the way in. */
export function SignedOut({ back, title = '登录后查看' }: { back: string; title?: string }) {
  return (
    <View className="yk-card yk-signed-out" role="status">
      <Text className="yk-signed-out__title">{title}</Text>
      <Text className="yk-field__hint">登录后可查看实名信息、电子证照和常用地址，在线办事。</Text>
      <Pressable className="yk-button yk-button--primary" testId="go-sign-in" onTap={() => void Taro.navigateTo({ url: ROUTES.signIn(returnTargetOf(back)) })}>
        登录 / 注册
      </Pressable>
    </View>
  );
}
