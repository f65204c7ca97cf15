import Taro from '@tarojs/taro';
import type { TabNavProps } from './tabs';

/** On weapp the native tab bar (app.config tabBar) is the navigation: nothing to draw. */
export function TabNav(_props: TabNavProps) {
  return null;
}

/** Top-level pages are tab pages on weapp and can only be reached with switchTab. */
export function goToTab(url: string): void {
  void Taro.switchTab({ url });
}
