import { ROUTES } from '../../routes';

/** The app's top-level sections: WeChat's tab bar on weapp, TabNav on H5. */
export const TABS = [
  { url: ROUTES.nearby, text: '就近办' },
  { url: ROUTES.services, text: '办事' },
] as const;
