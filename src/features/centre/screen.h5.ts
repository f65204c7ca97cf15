import type { ScreenApi } from './screen.types';
import './screen.h5.scss';

export type { ScreenApi } from './screen.types';

const WIDE = 'yk-centre-wide';

export const screen: ScreenApi = {
  watchVisible(onChange) {
    const report = () => onChange(document.visibilityState !== 'hidden');
    report();
    document.addEventListener('visibilitychange', report);
    return () => document.removeEventListener('visibilitychange', report);
  },
  useWholeWidth() {
    document.body.classList.add(WIDE);
    return () => document.body.classList.remove(WIDE);
  },
};
