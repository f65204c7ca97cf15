import { lazy, Suspense } from 'react';
import { StateView } from '../../components/StateView';
import type { ElderHomeProps } from './ElderHome';
import type { ElderHomeSlotComponent } from './ElderHomeSlot.types';

const LazyElderHome = lazy(() => import('./ElderHome').then((m) => ({ default: m.ElderHome })));

/** Loads the elder home's code when 长辈版 is on (see ElderHomeSlot.types.ts). */
export const ElderHomeSlot: ElderHomeSlotComponent = (props: ElderHomeProps) => (
  <Suspense fallback={<StateView kind="loading" label="正在打开长辈版首页…" />}>
    <LazyElderHome {...props} />
  </Suspense>
);
