import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { Pressable } from '../../../components/Pressable';
import { userMessageOf } from '../../../core/http/errors';
import type { RevealableField } from '../../../shared/api/identity';
import { identityService } from '../identityService';
import { FIELD_LABEL } from '../labels';
import './identity.scss';

/**
 * One personal field, masked (喻**, 5001**********1234, 138****5678). 查看 asks the server for the
 * full value on the citizen's own tap (the server logs the reveal in 数据使用记录); it is kept in
 * this component's state only, so it is gone once the page is left. Never stored, never logged.
 */
export function MaskedField({ field, masked }: { field: RevealableField; masked: string }) {
  const [full, setFull] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const label = FIELD_LABEL[field];

  const reveal = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      setFull((await identityService.reveal(field)).value);
    } catch (e) {
      setError(userMessageOf(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <View className="yk-masked" data-testid={`masked-${field}`}>
      <Text className="yk-masked__label">{label}</Text>
      <Text className="yk-masked__value" aria-live="polite">
        {full ?? masked}
      </Text>
      {full === null ? (
        <Pressable className="yk-link yk-masked__action" onTap={() => void reveal()} disabled={busy} label={`查看完整${label}`} testId={`reveal-${field}`}>
          {busy ? '…' : '查看'}
        </Pressable>
      ) : (
        <Pressable className="yk-link yk-masked__action" onTap={() => setFull(null)} label={`隐藏${label}`}>
          隐藏
        </Pressable>
      )}
      {error && (
        <Text className="yk-field__error" role="alert">
          {error}
        </Text>
      )}
    </View>
  );
}
