import { Text, View } from '@tarojs/components';
import { Pressable } from '../../../components/Pressable';
import type { Certificate } from '../../../shared/api/identity';
import { TrustBadge } from './TrustBadge';
import './identity.scss';

/** An e-certificate as a card: name, masked number, issuer, validity and trust level. */
export function CertificateCard({ certificate: c, onOpen }: { certificate: Certificate; onOpen?: () => void }) {
  const body = (
    <View className="yk-cert__body">
      <Text className="yk-cert__name">{c.name}</Text>
      <Text className="yk-cert__number">{c.number}</Text>
      <Text className="yk-cert__line">签发机关：{c.issuer}</Text>
      <Text className="yk-cert__line">有效期：{c.validUntil ? `${c.issuedOn} 至 ${c.validUntil}` : `${c.issuedOn} 起长期有效`}</Text>
      <TrustBadge level={c.trustLevel} />
    </View>
  );
  return (
    <View className="yk-cert" data-testid="certificate-card">
      {onOpen ? (
        <Pressable className="yk-cert__open" role="link" onTap={onOpen}>
          {body}
        </Pressable>
      ) : (
        body
      )}
    </View>
  );
}
