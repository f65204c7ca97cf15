import Taro from '@tarojs/taro';
import { isElderMode } from './settings/elderMode';

/**
 * A short message that tells the citizen how something went (a result or an error). In 长辈版
 * it stays up for 5 s: MIIT 适老化 asks that nothing timed can be missed by a slower reader.
 * Outside 长辈版 it lasts as Taro's toasts always have.
 */
export type NotifyKind = 'success' | 'error' | 'info';

export const NOTIFY_DURATION_MS = { normal: 1500, elder: 5000 } as const;

/** WeChat cuts a toast with an icon to 7 characters; longer texts go without the icon. */
const ICON_TITLE_MAX = 7;

export function notify(text: string, kind: NotifyKind = 'info'): void {
  const icon = kind === 'success' && [...text].length <= ICON_TITLE_MAX ? 'success' : 'none';
  void Taro.showToast({ title: text, icon, duration: isElderMode() ? NOTIFY_DURATION_MS.elder : NOTIFY_DURATION_MS.normal });
}
