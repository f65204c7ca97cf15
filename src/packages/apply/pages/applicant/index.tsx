import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect } from 'react';
import { Pressable } from '../../../../components/Pressable';
import { StateView } from '../../../../components/StateView';
import { APPLICANT_LABEL } from '../../../../features/applying/answers';
import type { Ready } from '../../../../features/applying/components/DraftFrame';
import { DraftTaskPage, TaskDone } from '../../../../features/applying/components/DraftTaskPage';
import { catalogService } from '../../../../features/catalog/catalogService';
import { identityService } from '../../../../features/identity/identityService';
import { usePersonal } from '../../../../features/identity/usePersonal';
import type { ApplicantChoice } from '../../../../shared/api/applications';
import { ROUTES } from '../../../../routes';

/**
 * 申请人: the citizen's real-name identity (read-only, 已核验), or a company they represent for
 * enterprise items, or a family member they may apply for (代办). An unverified citizen may fill
 * in the draft but learns here why they cannot submit yet, and where to verify.
 */
export default function ApplyApplicantPage() {
  return (
    <DraftTaskPage className="yk-apply-applicant" task="applicant">
      {(ready) => <Applicant {...ready} />}
    </DraftTaskPage>
  );
}

function Applicant({ draft, input, session }: Ready) {
  useEffect(() => session.at('applicant'), [session]);
  const facts = usePersonal(async () => {
    const [me, family, guide] = await Promise.all([identityService.me(), identityService.family(), catalogService.guide(draft.itemId)]);
    return { me, family, enterprise: guide.audience.includes('enterprise') };
  }, [draft.itemId]);
  const choose = (applicant: ApplicantChoice) => session.update((i) => ({ ...i, applicant }));
  const current = input.applicant;

  if (facts.status === 'loading') return <StateView kind="loading" label="正在读取您的实名信息…" />;
  if (facts.status === 'error') return <StateView kind="error" error={facts.error} onRetry={facts.retry} />;
  const { me, family, enterprise } = facts.data;
  const verified = me.realName === 'verified';

  const option = (key: string, applicant: ApplicantChoice, title: string, note: string) => {
    const on = current.kind === applicant.kind && current.companyId === applicant.companyId && current.familyMemberId === applicant.familyMemberId;
    return (
      <Pressable key={key} className={`yk-apply-choice ${on ? 'yk-apply-choice--on' : ''}`} role="radio" checked={on} testId={`applicant-${key}`} onTap={() => choose(applicant)}>
        <Text className="yk-apply-row__label">{title}</Text>
        <Text className="yk-apply-line">{note}</Text>
      </Pressable>
    );
  };

  return (
    <>
      <View className="yk-card" data-testid="applicant-identity">
        <Text className="yk-apply-heading" role="heading" aria-level={1}>
          申请人信息
        </Text>
        {verified ? (
          <>
            <View className="yk-apply-row">
              <Text className="yk-apply-row__label">姓名</Text>
              <Text className="yk-apply-row__value">{me.name}</Text>
            </View>
            <View className="yk-apply-row">
              <Text className="yk-apply-row__label">身份证号</Text>
              <Text className="yk-apply-row__value">{me.idNumber}</Text>
            </View>
            <Text className="yk-apply-line">已核验 · 来自您的实名认证信息，不能修改</Text>
          </>
        ) : (
          <View role="alert" data-testid="unverified-note">
            <Text className="yk-apply-line">您还没有完成实名认证：可以先填写并保存草稿，但提交申请前需要实名认证，以确认是您本人申请。</Text>
            <Pressable className="yk-button yk-button--primary" testId="go-real-name" onTap={() => void Taro.navigateTo({ url: ROUTES.realName })}>
              去实名认证
            </Pressable>
          </View>
        )}
      </View>
      <View className="yk-card" role="radiogroup" aria-label="为谁申请">
        <Text className="yk-section-title" role="heading" aria-level={2}>
          为谁申请？
        </Text>
        {option('self', { kind: 'self' }, APPLICANT_LABEL.self, '以您本人的名义申请')}
        {enterprise &&
          me.companies.map((c) => option(`company-${c.id}`, { kind: 'company', companyId: c.id }, `${APPLICANT_LABEL.company}：${c.name}`, c.status === 'registering' ? '设立中 · 您是法定代表人' : '您是法定代表人'))}
        {family.map((f) => option(`family-${f.id}`, { kind: 'family', familyMemberId: f.id }, `${APPLICANT_LABEL.family}：${f.name}`, '已获得授权，代办记录会出现在其数据使用记录中'))}
        {family.length === 0 && (
          <Pressable className="yk-link" onTap={() => void Taro.navigateTo({ url: ROUTES.family })}>
            为家人代办？先添加家庭成员
          </Pressable>
        )}
      </View>
      <TaskDone draftId={draft.id} />
    </>
  );
}
