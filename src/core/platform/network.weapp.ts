import Taro from '@tarojs/taro';

/** Reports connectivity now and on every change; returns an unsubscribe. */
export function watchOnline(onChange: (online: boolean) => void): () => void {
  Taro.getNetworkType()
    .then((res) => onChange(res.networkType !== 'none'))
    .catch(() => undefined);
  const listener = (res: { isConnected: boolean }) => onChange(res.isConnected);
  Taro.onNetworkStatusChange(listener);
  return () => Taro.offNetworkStatusChange(listener);
}
