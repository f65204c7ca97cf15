import { useRouter } from '@tarojs/taro';
import { Page } from '../../../../components/Page';
import { SignInScreen } from '../../../../features/identity/components/SignInScreen';
import { leaveSignIn } from '../../../../features/identity/leaveSignIn';
import '../../me.scss';

/** 登录: afterwards, back to `back` (the page the citizen was on or was going to). */
export default function SignInPage() {
  const { params } = useRouter();
  const back = params.back ? decodeURIComponent(params.back) : undefined;
  return (
    <Page className="yk-sign-in">
      <SignInScreen onDone={() => leaveSignIn(back)} />
    </Page>
  );
}
