import Taro from '@tarojs/taro';
import { NetworkError } from '../http/errors';
import type { LoginApi } from './login.types';

export type { LoginApi, LoginCredential } from './login.types';

export const login: LoginApi = {
  /** wx.login asks nothing of the citizen: its code is valid for five minutes and one exchange. */
  async obtainLoginCredential() {
    let code: string | undefined;
    try {
      code = (await Taro.login({})).code;
    } catch (e) {
      throw new NetworkError((e as { errMsg?: string })?.errMsg ?? 'login failed');
    }
    if (!code) throw new NetworkError('login returned no code');
    return { kind: 'wx_code', code };
  },
};
