import { Button, View } from '@tarojs/components';
import './index.weapp.scss';
import type { PressableProps } from './types';

/**
 * Anything tappable, on weapp: a View with touch feedback, or WeChat's Button where an open
 * capability (share, privacy agreement) needs one. aria-role/aria-label feed WeChat's screen reader.
 */
export function Pressable({ onTap, children, className, disabled, role, label, testId, openType }: PressableProps) {
  const cls = `yk-pressable ${className ?? ''} ${disabled ? 'yk-pressable--disabled' : ''}`;
  if (openType) {
    return (
      <Button className={cls} openType={openType as never} disabled={disabled} onClick={onTap} data-testid={testId}>
        {children}
      </Button>
    );
  }
  return (
    <View
      className={cls}
      hoverClass="yk-pressable--hover"
      onClick={disabled ? undefined : onTap}
      role={role ?? 'button'}
      aria-label={label}
      data-testid={testId}
    >
      {children}
    </View>
  );
}
