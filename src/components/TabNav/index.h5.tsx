import Taro from '@tarojs/taro';
import { TABS, type TabNavProps } from './tabs';
import './index.scss';

/** Top-level pages replace each other, as tabs do, instead of piling up in history. */
export function goToTab(url: string): void {
  void Taro.reLaunch({ url });
}

/**
 * The bottom navigation on H5: a landmark with real links, the current one marked for screen
 * readers (aria-current) and by weight and a bar, not by colour alone.
 */
export function TabNav({ current }: TabNavProps) {
  return (
    <nav className="yk-tabnav" aria-label="主导航">
      {TABS.map((t) => {
        const on = t.url === current;
        return (
          <a
            key={t.url}
            href={`#${t.url}`}
            className={`yk-tabnav__item ${on ? 'yk-tabnav__item--on' : ''}`}
            aria-current={on ? 'page' : undefined}
            onClick={(e) => {
              e.preventDefault();
              if (!on) goToTab(t.url);
            }}
          >
            {t.text}
          </a>
        );
      })}
    </nav>
  );
}
