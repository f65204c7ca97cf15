/**
 * Taro's component types omit ARIA and keyboard props, yet on H5 they reach the DOM unchanged
 * and assistive technology depends on them (WCAG 2.2: name, role, value; keyboard access).
 * This widens the shared prop type once instead of casting at every use.
 */
import '@tarojs/components/types/common';

declare module '@tarojs/components/types/common' {
  interface StandardProps {
    role?: string;
    tabIndex?: number;
    'aria-label'?: string;
    'aria-live'?: 'polite' | 'assertive' | 'off';
    'aria-pressed'?: boolean;
    'aria-checked'?: boolean;
    'aria-selected'?: boolean;
    'aria-busy'?: boolean;
    'aria-current'?: 'page' | 'date' | 'true' | 'false' | boolean;
    'aria-hidden'?: boolean | 'true' | 'false';
    'aria-describedby'?: string;
    'aria-labelledby'?: string;
    'aria-level'?: number;
    'data-testid'?: string;
    onKeyDown?: (event: { key?: string }) => void;
  }
}
