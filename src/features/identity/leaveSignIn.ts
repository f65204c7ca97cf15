import Taro from '@tarojs/taro';
import { goToTab } from '../../components/TabNav';
import { TABS } from '../../components/TabNav/tabs';
import { returnTargetOf } from '../../core/session/returnTarget';
import { ROUTES } from '../../routes';

const pathOf = (route: string) => `/${route.split('?')[0].replace(/^\//, '')}`;

/**
 * After sign-in, back to where the citizen was going. When that page is the one under the sign-in
 * page (a 401 opened sign-in on top of it, or 我的 did), going back keeps it exactly as it was,
 * forms and all; a deep link without that page below opens it fresh.
 */
export function leaveSignIn(back: string | undefined): void {
  const target = returnTargetOf(back) ?? ROUTES.me;
  const pages = Taro.getCurrentPages();
  const below = pages.length > 1 ? pages[pages.length - 2] : undefined;
  if (below && pathOf(below.route ?? '') === pathOf(target)) {
    void Taro.navigateBack();
    return;
  }
  if (TABS.some((t) => t.url === pathOf(target))) {
    goToTab(pathOf(target));
    return;
  }
  void Taro.redirectTo({ url: target });
}
