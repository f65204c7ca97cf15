import { Text } from '@tarojs/components';
import type { TrustLevel } from '../../../shared/api/identity';
import { TRUST_LABEL } from '../labels';
import './identity.scss';

/** The trust level as a letter AND words: colour is never the only signal. */
export function TrustBadge({ level }: { level: TrustLevel }) {
  const t = TRUST_LABEL[level];
  return (
    <Text className={`yk-badge yk-trust yk-trust--${level.toLowerCase()}`} data-testid="trust-badge">
      {t.short} · {t.meaning}
    </Text>
  );
}
