import type { ReactNode } from 'react';

/** Both Page files take these props; tsconfig.json and tsconfig.h5.json check each side's callers. */
export interface PageProps {
  className: string;
  /** a top-level (tab) page: more room at the foot for the H5 bottom navigation */
  tab?: boolean;
  children: ReactNode;
}
