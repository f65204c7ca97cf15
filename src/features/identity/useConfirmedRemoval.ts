import Taro from '@tarojs/taro';
import { useState } from 'react';
import { userMessageOf } from '../../core/http/errors';
import { profileChanged } from './usePersonal';

/**
 * Deleting something of the citizen's (an address, a family member): asked once in words, then
 * removed; a failure is said on the page, in words, and the list stays as it was.
 */
export function useConfirmedRemoval<T>(question: (item: T) => { title: string; content: string }, removeItem: (item: T) => Promise<unknown>) {
  const [failure, setFailure] = useState<string | null>(null);
  const remove = async (item: T) => {
    const { confirm } = await Taro.showModal({ ...question(item), confirmText: '删除', cancelText: '取消' });
    if (!confirm) return;
    setFailure(null);
    try {
      await removeItem(item);
      profileChanged();
    } catch (e) {
      setFailure(userMessageOf(e));
    }
  };
  return { remove, failure };
}
