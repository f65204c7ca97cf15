import type { ComponentType } from 'react';
import type { ElderHomeProps } from './ElderHome';

/**
 * The 长辈版 home as the nearby page places it. ElderHomeSlot.weapp.tsx and ElderHomeSlot.h5.tsx
 * each export one `ElderHomeSlot` of this type: on weapp the home is part of the page (a main
 * package page cannot load code later); on H5 its code loads only when 长辈版 is on, so the
 * first screen of everyone else downloads and runs less.
 */
export type ElderHomeSlotComponent = ComponentType<ElderHomeProps>;
