import { Text, View } from '@tarojs/components';
import { Pressable } from '../../../components/Pressable';
import type { PublicProgress } from '../../../shared/api/cases';
import { TextField } from '../../identity/components/TextField';
import { timeWords } from '../labels';
import type { useProgress } from '../useProgress';
import { DeadlineClock } from './Deadline';
import { Timeline } from './Timeline';
import '../cases.scss';

/** 进度查询: the form (messages at each field), then the masked answer. */
export function ProgressView({ p }: { p: ReturnType<typeof useProgress> }) {
  return (
    <>
      <View className="yk-card" data-testid="progress-form">
        <Text className="yk-apply-heading" role="heading" aria-level={1}>
          办件进度查询
        </Text>
        <Text className="yk-apply-line">凭办件编号和申请人姓名（或单位名称）查询，无需登录。查询结果中的姓名已隐去部分。</Text>
        <TextField name="number" label="办件编号" placeholder="YKB开头，共17位" value={p.input.number} error={p.errors.number} maxlength={17} onChange={(v) => p.change('number', v)} />
        <TextField name="name" label="申请人姓名或单位名称" value={p.input.name} error={p.errors.name} maxlength={60} onChange={(v) => p.change('name', v)} />
        {p.formError && (
          <Text className="yk-field__error" role="alert" data-testid="progress-error">
            {p.formError}
          </Text>
        )}
        <Pressable className="yk-button yk-button--primary" testId="progress-search" disabled={p.submitting} onTap={() => void p.search()}>
          {p.submitting ? '正在查询…' : '查询'}
        </Pressable>
      </View>
      {p.result && <ProgressResult r={p.result} />}
    </>
  );
}

function ProgressResult({ r }: { r: PublicProgress }) {
  return (
    <View data-testid="progress-result" aria-live="polite">
      <View className="yk-card">
        <Text className="yk-section-title" role="heading" aria-level={2}>
          {r.itemName}
        </Text>
        <Text className="yk-apply-line">办件编号 {r.number}</Text>
        <Text className="yk-apply-line" data-testid="progress-applicant">
          申请人 {r.applicantName}
        </Text>
        <Text className="yk-case-head__status" data-testid="progress-status">
          {r.statusLabel}
        </Text>
        <Text className="yk-apply-line">提交于 {timeWords(r.submittedAt)}</Text>
      </View>
      <DeadlineClock deadline={r.deadline} />
      <Timeline steps={r.timeline} />
    </View>
  );
}
