import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { Pressable } from '../../../components/Pressable';
import { StateView } from '../../../components/StateView';
import { useAsync } from '../../../core/hooks/useAsync';
import { ROUTES } from '../../../routes';
import type { Application } from '../../../shared/api/applications';
import type { CaseAction } from '../../../shared/api/cases';
import type { Address } from '../../../shared/api/identity';
import { casesService } from '../casesService';
import type { CaseHandle } from '../useCase';
import { ConfirmButton } from './ConfirmButton';
import '../cases.scss';

/**
 * 现在需要你做的: the server's `actions`, most urgent first, each with the way to do it here.
 * 缴费 and 预约 are done in their own cards below (the payments and booking features); this list
 * says that they are needed and points there.
 */
export function CaseActions({ a, handle }: { a: Application; handle: CaseHandle }) {
  if (a.actions.length === 0) return null;
  const failure = handle.withdraw.formError ?? handle.receipt.formError ?? handle.address.formError;
  return (
    <View className="yk-card yk-case-actions" data-testid="case-actions">
      <Text className="yk-section-title" role="heading" aria-level={2}>
        现在需要你做的
      </Text>
      {a.actions.map((action) => (
        <View key={action.kind} className="yk-case-action" data-testid={`action-${action.kind}`}>
          <Text className="yk-case-action__text">{action.text}</Text>
          <ActionControl a={a} action={action} handle={handle} />
        </View>
      ))}
      {failure && (
        <Text className="yk-field__error" role="alert" data-testid="action-error">
          {failure}
        </Text>
      )}
    </View>
  );
}

function ActionControl({ a, action, handle }: { a: Application; action: CaseAction; handle: CaseHandle }) {
  switch (action.kind) {
    case 'supplement':
      return (
        <Pressable className="yk-button yk-button--primary" role="link" testId="go-supplement" onTap={() => void Taro.navigateTo({ url: ROUTES.supplement(a.id) })}>
          去补正
        </Pressable>
      );
    case 'pay':
      return <Text className="yk-apply-line">请在下方“缴款通知书”中缴费。</Text>;
    case 'rate':
      // invited, never pushed: a link the citizen may follow or leave
      return (
        <Pressable className="yk-button yk-button--ghost" role="link" testId="application-rate-link" onTap={() => void Taro.navigateTo({ url: ROUTES.rate(a.id) })}>
          评价这次办理
        </Pressable>
      );
    case 'book':
      return <Text className="yk-apply-line">请在下方预约到大厅办理的时间。</Text>;
    case 'confirm_receipt':
      return (
        <Pressable className="yk-button yk-button--primary" testId="confirm-receipt" disabled={handle.receipt.status === 'submitting'} onTap={() => void handle.receipt.run()}>
          {handle.receipt.status === 'submitting' ? '正在确认…' : '确认收货'}
        </Pressable>
      );
    case 'change_address':
      return <AddressChange current={a.delivery.method === 'express' ? a.delivery.addressId : undefined} handle={handle} />;
    case 'withdraw':
      return (
        <ConfirmButton
          className="yk-button yk-button--ghost"
          label={handle.withdraw.status === 'submitting' ? '正在撤回…' : '撤回申请'}
          title="撤回这件申请？"
          content="撤回后部门不再办理，如需办理须重新申请。"
          confirmText="确认撤回"
          disabled={handle.withdraw.status === 'submitting'}
          testId="withdraw"
          onConfirm={() => void handle.withdraw.run()}
        />
      );
    default:
      return null;
  }
}

/** Before the courier collects it, the result can go to another of the citizen's addresses. */
function AddressChange({ current, handle }: { current?: string; handle: CaseHandle }) {
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <Pressable className="yk-button yk-button--ghost" testId="change-address" onTap={() => setOpen(true)}>
        修改收件地址
      </Pressable>
    );
  }
  return <AddressChoices current={current} onChoose={async (id) => (await handle.address.run(id)) && setOpen(false)} busy={handle.address.status === 'submitting'} onCancel={() => setOpen(false)} />;
}

function AddressChoices({ current, onChoose, busy, onCancel }: { current?: string; onChoose: (id: string) => void; busy: boolean; onCancel: () => void }) {
  const list = useAsync<Address[]>(() => casesService.addresses(), []);
  if (list.status === 'loading') return <StateView kind="loading" label="正在加载常用地址…" />;
  if (list.status === 'error') return <StateView kind="error" title="常用地址加载失败" error={list.error} onRetry={list.retry} />;
  const others = list.data.filter((x) => x.id !== current);
  return (
    <View data-testid="address-choices">
      {others.length === 0 ? (
        <StateView kind="empty" title="没有其他常用地址" hint="请先在“我的 - 常用地址”中添加。" action={{ label: '添加地址', onTap: () => void Taro.navigateTo({ url: ROUTES.addressEdit() }) }} />
      ) : (
        <View role="list" aria-label="选择新的收件地址">
          {others.map((x) => (
            <View key={x.id} role="listitem">
              <Pressable className="yk-case-address" disabled={busy} onTap={() => onChoose(x.id)}>
                <Text>
                  {x.recipient} {x.phone}
                </Text>
                <Text className="yk-apply-line">
                  {x.divisionPath} {x.detail}
                </Text>
              </Pressable>
            </View>
          ))}
        </View>
      )}
      <Pressable className="yk-link" onTap={onCancel}>
        不修改
      </Pressable>
    </View>
  );
}
