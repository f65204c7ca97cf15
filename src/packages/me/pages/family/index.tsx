import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { Page } from '../../../../components/Page';
import { Pressable } from '../../../../components/Pressable';
import { useMutation } from '../../../../core/hooks/useMutation';
import { PersonalHead, PersonalList } from '../../../../features/identity/components/PersonalView';
import { TextField } from '../../../../features/identity/components/TextField';
import { identityService } from '../../../../features/identity/identityService';
import { RELATION_LABEL, formatDateTime } from '../../../../features/identity/labels';
import { profileChanged, usePersonal } from '../../../../features/identity/usePersonal';
import { useConfirmedRemoval } from '../../../../features/identity/useConfirmedRemoval';
import { RELATIONS, type FamilyMember, type FamilyMemberInput, type Relation } from '../../../../shared/api/identity';
import { idNumberError, personNameError } from '../../../../shared/identity/checks';
import { ROUTES } from '../../../../routes';
import '../../me.scss';

/** 家庭成员 (代办): the people the citizen may apply for, each with their recorded authorisation. */
export default function FamilyPage() {
  const family = usePersonal(() => identityService.family(), []);
  const [adding, setAdding] = useState(false);
  const { remove, failure } = useConfirmedRemoval(
    (m: FamilyMember) => ({ title: '删除家庭成员', content: `删除后将不能再为 ${m.name} 代办。确定删除？` }),
    (m) => identityService.deleteFamilyMember(m.id),
  );

  return (
    <Page className="yk-family">
      <PersonalHead title="家庭成员" failure={failure}>
        <Text className="yk-me-page__note">添加后可为家人代办事项；每次代办都会记入家人自己的数据使用记录。</Text>
        {!adding && (
          <Pressable className="yk-button yk-button--primary" testId="family-add" onTap={() => setAdding(true)}>
            添加家庭成员
          </Pressable>
        )}
      </PersonalHead>
      {adding && (
        <FamilyForm
          onDone={() => {
            setAdding(false);
            profileChanged();
          }}
          onCancel={() => setAdding(false)}
        />
      )}
      <PersonalList
        state={family}
        back={ROUTES.family}
        loading="正在加载家庭成员…"
        label="家庭成员"
        empty={{ title: '还没有家庭成员', hint: '添加家人并取得其授权后，可以为其代办。' }}
        row={(m) => (
          <View key={m.id} role="listitem" className="yk-me-page__row" data-testid="family-row">
            <Text>
              {m.name}（{RELATION_LABEL[m.relation]}）
            </Text>
            <Text className="yk-me-page__note">
              {m.idNumber} · 授权于 {formatDateTime(m.authorisedAt)}
            </Text>
            <Pressable className="yk-link" label={`删除家庭成员 ${m.name}`} onTap={() => void remove(m)}>
              删除
            </Pressable>
          </View>
        )}
      />
    </Page>
  );
}

function FamilyForm({ onDone, onCancel }: { onDone: () => void; onCancel: () => void }) {
  const [name, setName] = useState('');
  const [idNumber, setIdNumber] = useState('');
  const [relation, setRelation] = useState<Relation | null>(null);
  const [authorised, setAuthorised] = useState(false);
  const [checked, setChecked] = useState(false);
  const mutation = useMutation((input: FamilyMemberInput) => identityService.addFamilyMember(input));

  const idTrim = idNumber.trim();
  const local = {
    name: checked || name ? (name ? personNameError(name) : '请填写姓名') : null,
    idNumber: idTrim && (idTrim.length >= 18 || checked) ? idNumberError(idTrim) : checked && !idTrim ? '请填写身份证号码' : null,
    relation: checked && !relation ? '请选择关系' : null,
    authorised: checked && !authorised ? '请先取得家人授权并勾选确认' : null,
  };
  const errorOf = (k: keyof typeof local) => local[k] ?? mutation.fieldErrors[k] ?? null;

  const submit = async () => {
    setChecked(true);
    if (!name || personNameError(name) || idNumberError(idTrim) || !relation || !authorised) return;
    const outcome = await mutation.submit({ name: name.trim(), idNumber: idTrim.toUpperCase(), relation, authorised });
    if (outcome.status === 'success') onDone();
  };

  return (
    <View className="yk-card" data-testid="family-form">
      {mutation.formError && (
        <Text className="yk-field__error" role="alert">
          {mutation.formError}
        </Text>
      )}
      <TextField name="name" label="姓名" value={name} maxlength={20} error={errorOf('name')} onChange={(v) => (setName(v), mutation.clearFieldError('name'))} />
      <TextField
        name="idNumber"
        label="身份证号码"
        type="idcard"
        maxlength={18}
        value={idNumber}
        error={errorOf('idNumber')}
        onChange={(v) => (setIdNumber(v), mutation.clearFieldError('idNumber'))}
      />
      <View className="yk-field" data-testid="field-relation">
        <Text className="yk-field__label">关系</Text>
        <View className="yk-choice" role="radiogroup" aria-label="关系">
          {RELATIONS.map((r) => (
            <Pressable key={r} className={`yk-chip ${relation === r ? 'yk-chip--on' : ''}`} role="radio" checked={relation === r} onTap={() => (setRelation(r), mutation.clearFieldError('relation'))}>
              {RELATION_LABEL[r]}
            </Pressable>
          ))}
        </View>
        {errorOf('relation') && (
          <Text className="yk-field__error" role="alert">
            {errorOf('relation')}
          </Text>
        )}
      </View>
      <Pressable className="yk-check" role="checkbox" checked={authorised} testId="family-authorised" onTap={() => (setAuthorised(!authorised), mutation.clearFieldError('authorised'))}>
        <Text className="yk-check__box" aria-hidden="true">
          {authorised ? '✓' : ''}
        </Text>
        <Text>我已取得该家庭成员的授权，由我为其代办事项</Text>
      </Pressable>
      {errorOf('authorised') && (
        <Text className="yk-field__error" role="alert">
          {errorOf('authorised')}
        </Text>
      )}
      <View className="yk-me-page__actions">
        <Pressable className="yk-button yk-button--primary" testId="family-save" disabled={mutation.status === 'submitting'} onTap={() => void submit()}>
          {mutation.status === 'submitting' ? '正在保存…' : '保存'}
        </Pressable>
        <Pressable className="yk-button yk-button--ghost" onTap={onCancel}>
          取消
        </Pressable>
      </View>
    </View>
  );
}
