import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Page } from '../../../../components/Page';
import { Pressable } from '../../../../components/Pressable';
import { PersonalHead, PersonalList } from '../../../../features/identity/components/PersonalView';
import { identityService } from '../../../../features/identity/identityService';
import { usePersonal } from '../../../../features/identity/usePersonal';
import { useConfirmedRemoval } from '../../../../features/identity/useConfirmedRemoval';
import type { Address } from '../../../../shared/api/identity';
import { ROUTES } from '../../../../routes';
import '../../me.scss';

/** 常用地址: masked in the list; add, change, delete (with a confirmation). */
export default function AddressesPage() {
  const addresses = usePersonal(() => identityService.addresses(), []);
  const { remove, failure } = useConfirmedRemoval(
    (a: Address) => ({ title: '删除地址', content: `删除“${a.divisionPath} ${a.detail}”？` }),
    (a) => identityService.deleteAddress(a.id),
  );

  return (
    <Page className="yk-addresses">
      <PersonalHead title="常用地址" failure={failure}>
        <Pressable className="yk-button yk-button--primary" testId="address-add" onTap={() => void Taro.navigateTo({ url: ROUTES.addressEdit() })}>
          新增地址
        </Pressable>
      </PersonalHead>
      <PersonalList
        state={addresses}
        back={ROUTES.addresses}
        loading="正在加载地址…"
        label="常用地址"
        empty={{ title: '还没有常用地址', hint: '添加后，办事时可用于快递送达。' }}
        row={(a) => (
          <View key={a.id} role="listitem" className="yk-me-page__row" data-testid="address-row">
            <Text>
              {a.recipient} {a.phone} {a.isDefault ? '（默认）' : ''}
            </Text>
            <Text className="yk-me-page__note">
              {a.divisionPath} {a.detail}
            </Text>
            <View className="yk-me-page__row-actions">
              <Pressable className="yk-link" label={`修改地址：${a.divisionPath}`} onTap={() => void Taro.navigateTo({ url: ROUTES.addressEdit(a.id) })}>
                修改
              </Pressable>
              <Pressable className="yk-link" label={`删除地址：${a.divisionPath}`} onTap={() => void remove(a)}>
                删除
              </Pressable>
            </View>
          </View>
        )}
      />
    </Page>
  );
}
