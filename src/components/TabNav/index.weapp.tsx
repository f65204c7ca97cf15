import Taro from '@tarojs/taro';
import { useEffect } from 'react';
import { useUnreadCount } from '../../features/messages/unread';
import { ROUTES } from '../../routes';
import { TABS, type TabNavProps } from './tabs';

const ME_TAB = TABS.findIndex((t) => t.url === ROUTES.me);

/**
 * On weapp the native tab bar (app.config tabBar) is the navigation: nothing to draw. The unread
 * messages go on its 我的 item as WeChat's own badge.
 */
export function TabNav(_props: TabNavProps) {
  const unread = useUnreadCount();
  useEffect(() => {
    // fails only off a tab page, where there is no bar to mark
    if (unread > 0) Taro.setTabBarBadge({ index: ME_TAB, text: unread > 99 ? '99+' : String(unread) }).catch(() => undefined);
    else Taro.removeTabBarBadge({ index: ME_TAB }).catch(() => undefined);
  }, [unread]);
  return null;
}

/** Top-level pages are tab pages on weapp and can only be reached with switchTab. */
export function goToTab(url: string): void {
  void Taro.switchTab({ url });
}
