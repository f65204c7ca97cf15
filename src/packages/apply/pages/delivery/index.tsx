import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { Pressable } from '../../../../components/Pressable';
import { StateView } from '../../../../components/StateView';
import { DELIVERY_LABEL } from '../../../../features/applying/answers';
import type { Ready } from '../../../../features/applying/components/DraftFrame';
import { DraftTaskPage, TaskDone } from '../../../../features/applying/components/DraftTaskPage';
import { useItemHalls } from '../../../../features/catalog/useItemHalls';
import { AddressForm } from '../../../../features/identity/components/AddressForm';
import { identityService } from '../../../../features/identity/identityService';
import { usePersonal } from '../../../../features/identity/usePersonal';
import { usePlace } from '../../../../features/place/usePlace';
import type { DeliveryChoice, DeliveryMethod } from '../../../../shared/api/applications';
import { ROUTES } from '../../../../routes';

/**
 * 领取方式: only the methods the item offers (deliveryOptions). Express to one of the citizen's
 * addresses (one can be added right here), pick-up at a hall that handles the item (nearest
 * first), or the e-certificate only.
 */
export default function ApplyDeliveryPage() {
  return (
    <DraftTaskPage className="yk-apply-delivery" task="delivery">
      {(ready) => <Delivery {...ready} />}
    </DraftTaskPage>
  );
}

function Delivery({ draft, input, snapshot, session }: Ready) {
  useEffect(() => session.at('delivery'), [session]);
  const [method, setMethod] = useState<DeliveryMethod | undefined>(input.delivery?.method ?? (draft.deliveryOptions.length === 1 ? draft.deliveryOptions[0] : undefined));
  const choose = (delivery: DeliveryChoice) => session.update((i) => ({ ...i, delivery }));
  const error = snapshot.submitErrors.delivery ?? snapshot.saveErrors.delivery;

  return (
    <>
      <View className={`yk-card ${error ? 'yk-field--error' : ''}`} data-testid="field-delivery">
        <Text className="yk-apply-heading" role="heading" aria-level={1}>
          办理结果怎么领取？
        </Text>
        <View role="radiogroup" aria-label="领取方式">
          {draft.deliveryOptions.map((m) => (
            <Pressable
              key={m}
              className={`yk-apply-choice ${m === method ? 'yk-apply-choice--on' : ''}`}
              role="radio"
              checked={m === method}
              testId={`delivery-${m}`}
              onTap={() => {
                setMethod(m);
                if (m === 'electronic') choose({ method: 'electronic' });
              }}
            >
              <Text className="yk-apply-row__label">{DELIVERY_LABEL[m]}</Text>
            </Pressable>
          ))}
        </View>
        {error && (
          <Text className="yk-field__error" role="alert" data-testid="error-delivery">
            {error}
          </Text>
        )}
      </View>
      {method === 'express' && <ExpressAddress chosen={input.delivery?.method === 'express' ? input.delivery.addressId : undefined} onChoose={(addressId) => choose({ method: 'express', addressId })} />}
      {method === 'pickup' && <PickupHall itemId={draft.itemId} chosen={input.delivery?.method === 'pickup' ? input.delivery.hallId : undefined} onChoose={(hallId) => choose({ method: 'pickup', hallId })} />}
      {method === 'electronic' && (
        <View className="yk-card">
          <Text className="yk-apply-line">办结后，电子证照发到“我的证照”，与纸质证照具有同等效力。</Text>
        </View>
      )}
      <TaskDone draftId={draft.id} />
    </>
  );
}

function ExpressAddress({ chosen, onChoose }: { chosen?: string; onChoose: (addressId: string) => void }) {
  const addresses = usePersonal(() => identityService.addresses(), []);
  const [adding, setAdding] = useState(false);
  if (addresses.status === 'loading') return <StateView kind="loading" label="正在加载您的地址…" />;
  if (addresses.status === 'error') return <StateView kind="error" error={addresses.error} onRetry={addresses.retry} />;
  const list = addresses.data;
  return (
    <View className="yk-card" data-testid="express-addresses">
      <Text className="yk-section-title" role="heading" aria-level={2}>
        寄到哪里？
      </Text>
      <View role="radiogroup" aria-label="收件地址">
        {list.map((a) => (
          <Pressable key={a.id} className={`yk-apply-choice ${a.id === chosen ? 'yk-apply-choice--on' : ''}`} role="radio" checked={a.id === chosen} testId="address-option" onTap={() => onChoose(a.id)}>
            <Text>
              {a.recipient} {a.phone}
              {a.isDefault ? '（默认）' : ''}
            </Text>
            <Text className="yk-apply-line">
              {a.divisionPath} {a.detail}
            </Text>
          </Pressable>
        ))}
      </View>
      {list.length === 0 && !adding && <Text className="yk-apply-line">您还没有常用地址，请先添加一个。</Text>}
      {list.length === 0 || adding ? (
        <AddressForm
          save={(a) => identityService.saveAddress(a)}
          onSaved={(a) => {
            setAdding(false);
            onChoose(a.id);
            addresses.retry();
          }}
        />
      ) : (
        <Pressable className="yk-link" testId="address-add" onTap={() => setAdding(true)}>
          新增地址
        </Pressable>
      )}
    </View>
  );
}

function PickupHall({ itemId, chosen, onChoose }: { itemId: string; chosen?: string; onChoose: (hallId: string) => void }) {
  const { place, locating, locate } = usePlace();
  const halls = useItemHalls(itemId, place?.point ?? null);
  return (
    <View className="yk-card" data-testid="pickup-halls">
      <Text className="yk-section-title" role="heading" aria-level={2}>
        到哪个大厅领取？
      </Text>
      {!place && (
        <View className="yk-apply-actions">
          <Text className="yk-apply-line">告诉我们您在哪里，列出离您最近、能办理此事项的大厅。</Text>
          <Pressable className="yk-button yk-button--ghost" disabled={locating} openType="agreePrivacyAuthorization" onTap={locate}>
            {locating ? '正在定位…' : '使用我的位置'}
          </Pressable>
          <Pressable className="yk-button yk-button--ghost" onTap={() => void Taro.navigateTo({ url: ROUTES.pickPlace })}>
            选择地点
          </Pressable>
        </View>
      )}
      {place && halls.status === 'loading' && <StateView kind="loading" label="正在查找可办理的大厅…" />}
      {place && halls.status === 'error' && <StateView kind="error" error={halls.error} onRetry={() => void halls.reload()} />}
      {place && halls.status === 'success' && halls.items.length === 0 && <StateView kind="empty" title="附近没有可办理此事项的大厅" hint="可以换个地点，或选择快递送达。" />}
      {place && (
        <View role="radiogroup" aria-label="领取大厅">
          {halls.items.map((h) => (
            <Pressable key={h.id} className={`yk-apply-choice ${h.id === chosen ? 'yk-apply-choice--on' : ''}`} role="radio" checked={h.id === chosen} testId="hall-option" onTap={() => onChoose(h.id)}>
              <Text>{h.name}</Text>
              <Text className="yk-apply-line">
                {h.address} · {(h.distanceMeters / 1000).toFixed(1)} 公里
              </Text>
            </Pressable>
          ))}
        </View>
      )}
    </View>
  );
}
