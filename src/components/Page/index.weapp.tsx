import { View } from '@tarojs/components';
import { useElderMode } from '../../core/settings/elderMode';
import { PrivacySheet } from '../../features/identity/components/PrivacySheet';
import { OfflineBanner } from '../OfflineBanner';
import type { PageProps } from './types';

/**
 * The root of every page: background, room at the foot (more on tab pages, for the H5 bottom
 * navigation), 长辈版 sizes when on, and the offline banner. WeChat draws the title bar.
 */
export function Page({ className, tab = false, children }: PageProps) {
  const elder = useElderMode();
  return (
    <View className={`yk-page ${tab ? 'yk-page--tab' : ''} ${elder ? 'yk-elder' : ''} ${className}`}>
      <OfflineBanner />
      {children}
      {/* WeChat's privacy agreement, shown when a personal-data API asks for it (features/identity) */}
      <PrivacySheet />
    </View>
  );
}
