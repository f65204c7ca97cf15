import Taro from '@tarojs/taro';
import { unreadWords, useUnreadCount } from '../../features/messages/unread';
import { ROUTES } from '../../routes';
import { TABS, type TabNavProps } from './tabs';
import './index.scss';

/** Top-level pages replace each other, as tabs do, instead of piling up in history. */
export function goToTab(url: string): void {
  void Taro.reLaunch({ url });
}

/**
 * The bottom navigation on H5: a landmark with real links, the current one marked for screen
 * readers (aria-current) and by weight and a bar, not by colour alone. 我的 shows the unread
 * messages as a number, and says them in its name (我的，3条未读).
 */
export function TabNav({ current }: TabNavProps) {
  const unread = useUnreadCount();
  return (
    <nav className="yk-tabnav" aria-label="主导航">
      {TABS.map((t) => {
        const on = t.url === current;
        const badge = t.url === ROUTES.me ? unread : 0;
        return (
          <a
            key={t.url}
            href={`#${t.url}`}
            className={`yk-tabnav__item ${on ? 'yk-tabnav__item--on' : ''}`}
            aria-current={on ? 'page' : undefined}
            aria-label={badge > 0 ? `${t.text}，${unreadWords(badge)}` : undefined}
            data-testid={t.url === ROUTES.me ? 'tab-me' : undefined}
            onClick={(e) => {
              e.preventDefault();
              if (!on) goToTab(t.url);
            }}
          >
            {t.text}
            {badge > 0 && (
              <span className="yk-tabnav__badge" aria-hidden="true">
                {badge > 99 ? '99+' : badge}
              </span>
            )}
          </a>
        );
      })}
    </nav>
  );
}
