import { useShareAppMessage } from '@tarojs/taro';
import { notify } from '../../core/notify';
import { device } from '../../core/platform/device';
import { Pressable } from '../Pressable';

/**
 * What WeChat shares from this page: its menu's 转发 and every open-type share button. Call it
 * in the page component (the page config also needs `enableShareAppMessage: true`); H5 has no
 * share message and ignores it. The latest title and path are read when the citizen shares.
 */
export function useShare(title: string, path: string): void {
  useShareAppMessage(() => ({ title, path }));
}

export interface ShareButtonProps {
  /** the page's name, for the browser's share sheet */
  title: string;
  className: string;
  /** what the button says where it is WeChat's own share button; 分享 by default */
  weappText?: string;
  testId?: string;
}

/**
 * One share button for every page: on weapp WeChat's open-type share (the message comes from
 * `useShare`); in a browser the system share sheet, or the link copied with a toast saying so.
 */
export function ShareButton({ title, className, weappText = '分享', testId }: ShareButtonProps) {
  if (device.sharesThroughButton) {
    // WeChat opens its friend picker itself; the tap needs no handler of ours.
    return (
      <Pressable className={className} openType="share" onTap={() => undefined} testId={testId}>
        {weappText}
      </Pressable>
    );
  }
  const share = async () => {
    const result = await device.shareLink(title);
    if (result === 'copied') notify('链接已复制', 'info');
    if (result === 'failed') notify('分享失败，请稍后重试', 'error');
  };
  return (
    <Pressable className={className} onTap={() => void share()} testId={testId}>
      分享
    </Pressable>
  );
}
