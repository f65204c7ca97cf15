import Taro from '@tarojs/taro';
import type { NetworkApi } from './network.types';

export type { NetworkApi } from './network.types';

export const network: NetworkApi = {
  watchOnline(onChange) {
    Taro.getNetworkType()
      .then((res) => onChange(res.networkType !== 'none'))
      .catch(() => undefined);
    const listener = (res: { isConnected: boolean }) => onChange(res.isConnected);
    Taro.onNetworkStatusChange(listener);
    return () => Taro.offNetworkStatusChange(listener);
  },
};
