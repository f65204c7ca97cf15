import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { useElderMode } from '../../core/settings/elderMode';
import { OfflineBanner } from '../OfflineBanner';
import type { PageProps } from './types';
import './index.h5.scss';

/** The app's name, the title of a page whose config has none. */
const APP_TITLE = '渝快办';

/**
 * The root of every page on H5: the same root as on weapp (background, room at the foot, 长辈版
 * sizes, the offline banner), with the landmarks a browser needs and WeChat gives for free: a
 * title bar (WeChat's navigation bar, which H5 does not draw) as the banner and the content as
 * <main>, so screen-reader users can jump straight to it and nothing sits outside a landmark.
 */
export function Page({ className, tab = false, children }: PageProps) {
  const elder = useElderMode();
  // The page's own navigationBarTitleText: Taro sets the current page before rendering it.
  const [title] = useState(() => {
    const config = Taro.getCurrentInstance().page?.config as { navigationBarTitleText?: string } | undefined;
    return config?.navigationBarTitleText ?? APP_TITLE;
  });
  return (
    <View className={`yk-page ${tab ? 'yk-page--tab' : ''} ${elder ? 'yk-elder' : ''} ${className}`}>
      <header className="yk-page__bar">
        <span className="yk-page__title">{title}</span>
      </header>
      <main className="yk-page__main">
        <OfflineBanner />
        {children}
      </main>
    </View>
  );
}
