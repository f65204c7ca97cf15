import type { NetworkApi } from './network.types';

export type { NetworkApi } from './network.types';

export const network: NetworkApi = {
  watchOnline(onChange) {
    onChange(navigator.onLine !== false);
    const up = () => onChange(true);
    const down = () => onChange(false);
    window.addEventListener('online', up);
    window.addEventListener('offline', down);
    return () => {
      window.removeEventListener('online', up);
      window.removeEventListener('offline', down);
    };
  },
};
