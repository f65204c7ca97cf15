import { ROUTES } from '../../routes';

/** The app's top-level sections: WeChat's tab bar on weapp, TabNav on H5. */
export const TABS = [
  { url: ROUTES.nearby, text: '就近办' },
  { url: ROUTES.services, text: '办事' },
  { url: ROUTES.me, text: '我的' },
] as const;

/** Both TabNav files take these props; tsconfig.json and tsconfig.h5.json check each side's callers. */
export interface TabNavProps {
  /** the current page's route, marked as the current tab */
  current: string;
}
