import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { Page } from '../../../../components/Page';
import { StateView } from '../../../../components/StateView';
import { CertificateCard } from '../../../../features/identity/components/CertificateCard';
import { PersonalView } from '../../../../features/identity/components/PersonalView';
import { identityService } from '../../../../features/identity/identityService';
import { TRUST_LABEL } from '../../../../features/identity/labels';
import { usePersonal } from '../../../../features/identity/usePersonal';
import { ROUTES } from '../../../../routes';
import '../../me.scss';

/** One e-certificate: the card, its face (masked) and what its trust level allows. */
export default function CertificatePage() {
  const { params } = useRouter();
  const id = params.id;
  const certificate = usePersonal(id ? () => identityService.certificate(id) : null, [id]);
  if (!id) return <StateView kind="empty" title="链接不完整" hint="没有指定要查看的证照。" />;
  return (
    <Page className="yk-certificate">
      <PersonalView
        state={certificate}
        back={ROUTES.certificate(id)}
        loading="正在加载证照…"
        render={(c) => (
          <>
            <CertificateCard certificate={c} />
            <View className="yk-card">
              <Text className="yk-me-page__title" role="heading" aria-level={2}>
                证照信息
              </Text>
              {c.fields.map((f) => (
                <View key={f.label} className="yk-me-page__row">
                  <Text className="yk-me-page__note">{f.label}</Text>
                  <Text>{f.value}</Text>
                </View>
              ))}
              <Text className="yk-me-page__note">
                可信等级 {TRUST_LABEL[c.trustLevel].short}：{TRUST_LABEL[c.trustLevel].meaning}。
              </Text>
            </View>
          </>
        )}
      />
    </Page>
  );
}
