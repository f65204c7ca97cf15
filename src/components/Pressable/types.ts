import type { ReactNode } from 'react';

export interface PressableProps {
  onTap: () => void;
  children: ReactNode;
  className?: string;
  disabled?: boolean;
  /** what assistive technology calls it; a plain button by default */
  role?: 'button' | 'link' | 'tab' | 'switch' | 'radio' | 'checkbox';
  /** toggle buttons (filters) */
  pressed?: boolean;
  /** switches, checkboxes */
  checked?: boolean;
  /** tabs */
  selected?: boolean;
  /** a spoken name when the visible text is not enough */
  label?: string;
  testId?: string;
  /** weapp only: WeChat's open capabilities (share, privacy agreement); ignored on H5 */
  openType?: 'share' | 'agreePrivacyAuthorization';
}
