import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { Pressable } from '../../../components/Pressable';
import { useMutation } from '../../../core/hooks/useMutation';
import type { Address, AddressInput } from '../../../shared/api/identity';
import { personNameError, phoneError } from '../../../shared/identity/checks';
import { DivisionField, type DivisionValue } from './DivisionField';
import { TextField } from './TextField';
import './identity.scss';

/**
 * An address, new or changed. The form keeps everything typed when a save fails; the server's
 * message for each field is shown at that field (useMutation), the instant checks before that.
 * When changing an address the personal parts are typed again: lists only ever hold them masked.
 */
export function AddressForm({ initial, save, onSaved }: { initial?: Address; save: (input: AddressInput) => Promise<Address>; onSaved: (a: Address) => void }) {
  const [recipient, setRecipient] = useState('');
  const [phone, setPhone] = useState('');
  const [division, setDivision] = useState<DivisionValue | null>(initial ? { code: initial.divisionCode, label: initial.divisionPath.replace(/^重庆市\s*/, '') } : null);
  const [detail, setDetail] = useState('');
  const [isDefault, setIsDefault] = useState(initial?.isDefault ?? false);
  const [checked, setChecked] = useState(false);
  const mutation = useMutation(save);

  const local = {
    recipient: checked || recipient ? (recipient ? personNameError(recipient) : '请填写收件人') : null,
    phone: phone && (phone.length >= 11 || checked || /\D/.test(phone)) ? phoneError(phone) : checked && !phone ? '请填写手机号码' : null,
    divisionCode: checked && !division ? '请选择所在地区（到乡镇街道或村社区）' : null,
    detail: checked && !detail.trim() ? '请填写详细地址' : null,
  };
  const errorOf = (name: keyof typeof local) => local[name] ?? mutation.fieldErrors[name] ?? null;

  const submit = async () => {
    setChecked(true);
    if (!recipient || personNameError(recipient) || phoneError(phone) || !division || !detail.trim()) return;
    const outcome = await mutation.submit({ recipient: recipient.trim(), phone: phone.trim(), divisionCode: division.code, detail: detail.trim(), isDefault });
    if (outcome.status === 'success') onSaved(outcome.data);
  };

  return (
    <View className="yk-card" data-testid="address-form">
      {mutation.formError && (
        <Text className="yk-field__error" role="alert" data-testid="form-error">
          {mutation.formError}
        </Text>
      )}
      <TextField
        name="recipient"
        label="收件人"
        value={recipient}
        maxlength={20}
        placeholder={initial ? `原：${initial.recipient}，请重新填写` : undefined}
        error={errorOf('recipient')}
        onChange={(v) => {
          setRecipient(v);
          mutation.clearFieldError('recipient');
        }}
      />
      <TextField
        name="phone"
        label="手机号码"
        type="number"
        maxlength={11}
        value={phone}
        placeholder={initial ? `原：${initial.phone}，请重新填写` : undefined}
        error={errorOf('phone')}
        onChange={(v) => {
          setPhone(v);
          mutation.clearFieldError('phone');
        }}
      />
      <DivisionField
        value={division}
        error={errorOf('divisionCode')}
        onChange={(v) => {
          setDivision(v);
          mutation.clearFieldError('divisionCode');
        }}
      />
      <TextField
        name="detail"
        label="详细地址"
        hint="街道门牌、楼栋、单元、房号"
        value={detail}
        maxlength={100}
        placeholder={initial ? `原：${initial.detail}，请重新填写` : undefined}
        error={errorOf('detail')}
        onChange={(v) => {
          setDetail(v);
          mutation.clearFieldError('detail');
        }}
      />
      <Pressable className="yk-check" role="checkbox" checked={isDefault} onTap={() => setIsDefault(!isDefault)}>
        <Text className="yk-check__box" aria-hidden="true">
          {isDefault ? '✓' : ''}
        </Text>
        <Text>设为默认地址</Text>
      </Pressable>
      <View className="yk-address__actions">
        <Pressable className="yk-button yk-button--primary" testId="address-save" disabled={mutation.status === 'submitting'} onTap={() => void submit()}>
          {mutation.status === 'submitting' ? '正在保存…' : '保存地址'}
        </Pressable>
      </View>
    </View>
  );
}
