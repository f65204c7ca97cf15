import Taro, { useRouter } from '@tarojs/taro';
import { Page } from '../../../../components/Page';
import { notify } from '../../../../core/notify';
import { AddressForm } from '../../../../features/identity/components/AddressForm';
import { PersonalView } from '../../../../features/identity/components/PersonalView';
import { identityService } from '../../../../features/identity/identityService';
import { profileChanged, usePersonal } from '../../../../features/identity/usePersonal';
import type { Address } from '../../../../shared/api/identity';
import { ROUTES } from '../../../../routes';
import '../../me.scss';

/** A new address (no id) or a change to one (its id). */
export default function AddressPage() {
  const { params } = useRouter();
  const id = params.id;
  const existing = usePersonal<Address | undefined>(id ? () => identityService.addresses().then((list) => list.find((a) => a.id === id)) : async () => undefined, [id]);

  const saved = () => {
    profileChanged();
    notify('地址已保存', 'success');
    void Taro.navigateBack();
  };

  return (
    <Page className="yk-address">
      <PersonalView
        state={existing}
        back={ROUTES.addressEdit(id)}
        loading="正在加载地址…"
        render={(initial) => <AddressForm initial={initial} save={(input) => identityService.saveAddress(input, initial?.id)} onSaved={saved} />}
      />
    </Page>
  );
}
