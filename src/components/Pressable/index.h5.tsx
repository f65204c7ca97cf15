import './index.h5.scss';
import type { PressableProps } from './types';

/**
 * Anything tappable, on H5: a real <button>, so keyboards reach it and screen readers announce
 * it with its state (Taro's H5 Button is a <div> that neither can use).
 */
export function Pressable({ onTap, children, className, disabled, role, pressed, checked, selected, label, testId }: PressableProps) {
  return (
    <button
      type="button"
      className={`yk-pressable ${className ?? ''}`}
      onClick={onTap}
      disabled={disabled}
      role={role === 'button' ? undefined : role}
      aria-pressed={pressed}
      aria-checked={checked}
      aria-selected={selected}
      aria-label={label}
      data-testid={testId}
    >
      {children}
    </button>
  );
}
