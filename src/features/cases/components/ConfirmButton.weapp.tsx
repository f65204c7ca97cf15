import Taro from '@tarojs/taro';
import { Pressable } from '../../../components/Pressable';
import type { ConfirmButtonProps } from './ConfirmButton.types';

/** On WeChat: the platform's own modal asks; only 确认 goes on. */
export function ConfirmButton({ label, title, content, confirmText, onConfirm, disabled, className, testId }: ConfirmButtonProps) {
  const ask = async () => {
    const { confirm } = await Taro.showModal({ title, content, confirmText, cancelText: '取消' });
    if (confirm) onConfirm();
  };
  return (
    <Pressable className={className} disabled={disabled} testId={testId} onTap={() => void ask()}>
      {label}
    </Pressable>
  );
}
