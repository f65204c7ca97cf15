import { Text, View } from '@tarojs/components';
import { useEffect, useRef, useState } from 'react';
import { Pressable } from '../../../components/Pressable';
import type { ConfirmButtonProps } from './ConfirmButton.types';

/**
 * On H5: the question opens in place as an alert dialog, its title and words read out, focus on
 * 取消 (the safe choice) so a keyboard user never confirms by accident; 取消 puts focus back.
 * Taro's H5 showModal is a plain overlay that screen readers are not told about.
 */
export function ConfirmButton({ label, title, content, confirmText, onConfirm, disabled, className, testId }: ConfirmButtonProps) {
  const [open, setOpen] = useState(false);
  const opened = useRef(false);
  useEffect(() => {
    // focus moves only when the dialog opens or closes, never on the page's first render
    if (!open && !opened.current) return;
    opened.current = true;
    document.querySelector<HTMLElement>(`[data-testid="${testId}${open ? '-cancel' : ''}"]`)?.focus();
  }, [open]);
  if (!open) {
    return (
      <Pressable className={className} disabled={disabled} testId={testId} onTap={() => setOpen(true)}>
        {label}
      </Pressable>
    );
  }
  return (
    <View className="yk-confirm" role="alertdialog" aria-modal="false" aria-labelledby={`${testId}-title`} aria-describedby={`${testId}-content`} data-testid={`${testId}-dialog`}>
      <Text className="yk-confirm__title" id={`${testId}-title`}>
        {title}
      </Text>
      <Text className="yk-confirm__content" id={`${testId}-content`}>
        {content}
      </Text>
      <View className="yk-confirm__actions">
        <Pressable className="yk-button yk-button--ghost" testId={`${testId}-cancel`} onTap={() => setOpen(false)}>
          取消
        </Pressable>
        <Pressable
          className="yk-button yk-button--primary"
          testId={`${testId}-confirm`}
          onTap={() => {
            setOpen(false);
            onConfirm();
          }}
        >
          {confirmText}
        </Pressable>
      </View>
    </View>
  );
}
