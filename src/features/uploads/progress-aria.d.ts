/**
 * A progress bar's value for assistive technology (WAI-ARIA progressbar), which Taro's prop
 * types leave out (types/taro-a11y.d.ts covers the rest); on H5 they reach the DOM unchanged.
 */
import '@tarojs/components/types/common';

declare module '@tarojs/components/types/common' {
  interface StandardProps {
    'aria-valuemin'?: number;
    'aria-valuemax'?: number;
    'aria-valuenow'?: number;
    'aria-valuetext'?: string;
  }
}
