import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Page } from '../../../../components/Page';
import { StateView } from '../../../../components/StateView';
import { CertificateCard } from '../../../../features/identity/components/CertificateCard';
import { PersonalView } from '../../../../features/identity/components/PersonalView';
import { identityService } from '../../../../features/identity/identityService';
import { usePersonal } from '../../../../features/identity/usePersonal';
import { ROUTES } from '../../../../routes';
import '../../me.scss';

/** 我的证照: e-certificates the issuers share with the citizen, masked, each with its trust level. */
export default function CertificatesPage() {
  const certificates = usePersonal(() => identityService.certificates(), []);
  return (
    <Page className="yk-certificates">
      <View className="yk-card">
        <Text className="yk-me-page__heading" role="heading" aria-level={1}>
          我的证照
        </Text>
        <Text className="yk-me-page__note">办事时，A、B级证照可直接使用，无需上传。</Text>
      </View>
      <PersonalView
        state={certificates}
        back={ROUTES.certificates}
        loading="正在加载电子证照…"
        render={(list) =>
          list.length === 0 ? (
            <StateView kind="empty" title="还没有电子证照" hint="完成实名认证后，签发机关发放的证照会自动出现在这里。" />
          ) : (
            <View role="list" aria-label="电子证照">
              {list.map((c) => (
                <View key={c.id} role="listitem">
                  <CertificateCard certificate={c} onOpen={() => void Taro.navigateTo({ url: ROUTES.certificate(c.id) })} />
                </View>
              ))}
            </View>
          )
        }
      />
    </Page>
  );
}
