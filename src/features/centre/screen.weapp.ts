import type { ScreenApi } from './screen.types';

export type { ScreenApi } from './screen.types';

/** A phone: always its own width; hiding arrives through the page lifecycle (useDidHide). */
export const screen: ScreenApi = {
  watchVisible(onChange) {
    onChange(true);
    return () => undefined;
  },
  useWholeWidth() {
    return () => undefined;
  },
};
