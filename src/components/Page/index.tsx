import { View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { useElderMode } from '../../core/settings/elderMode';
import { OfflineBanner } from '../OfflineBanner';

/**
 * The root of every page: background, room at the foot (more on tab pages, for the H5 bottom
 * navigation), 长辈版 sizes when on, and the offline banner.
 */
export function Page({ className, tab = false, children }: { className: string; tab?: boolean; children: ReactNode }) {
  const elder = useElderMode();
  return (
    <View className={`yk-page ${tab ? 'yk-page--tab' : ''} ${elder ? 'yk-elder' : ''} ${className}`}>
      <OfflineBanner />
      {children}
    </View>
  );
}
