import { Text, View } from '@tarojs/components';
import type { CaseDeadline, CaseListEntry } from '../../../shared/api/cases';
import { dateWords } from '../../../shared/format/date';
import { DEADLINE_TONE, deadlineWords } from '../labels';
import '../cases.scss';

/** A list row's deadline: colour AND words (剩2个工作日, 已超期1个工作日, 已暂停计时). */
export function DeadlineBadge({ deadline }: { deadline: NonNullable<CaseListEntry['deadline']> }) {
  return (
    <Text className={`yk-deadline yk-deadline--${DEADLINE_TONE[deadline.state]}`} data-testid="deadline-badge" data-tone={DEADLINE_TONE[deadline.state]}>
      {deadlineWords(deadline)}
    </Text>
  );
}

/**
 * The case page's deadline clock in working days: the promised date, the days used and left;
 * yellow when at risk, red when overdue, grey while a supplement is awaited — always said in
 * words too, for readers who cannot tell the colours apart.
 */
export function DeadlineClock({ deadline }: { deadline: CaseDeadline }) {
  const tone = DEADLINE_TONE[deadline.state];
  const words = deadlineWords(deadline);
  return (
    <View className={`yk-card yk-clock yk-clock--${tone}`} data-testid="deadline-clock" data-tone={tone}>
      <Text className="yk-section-title" role="heading" aria-level={2}>
        办理时限
      </Text>
      <Text className={`yk-deadline yk-deadline--${tone} yk-clock__state`} data-testid="deadline-words">
        {deadline.state === 'paused' ? '暂停计时' : words}
      </Text>
      <Text className="yk-clock__line">
        承诺{deadline.promisedDays > 0 ? `${deadline.promisedDays}个工作日` : '即办'}，{deadline.state === 'not_started' ? '预计' : ''}
        {dateWords(deadline.promisedDate)}前办结
      </Text>
      {deadline.state !== 'not_started' && (
        <Text className="yk-clock__line">
          已用{deadline.usedDays}个工作日
          {deadline.state === 'on_track' || deadline.state === 'at_risk' ? `，还剩${Math.max(0, deadline.daysLeft)}个工作日` : ''}
        </Text>
      )}
      {deadline.state === 'at_risk' && <Text className="yk-clock__line">即将到期，部门正在加紧办理。</Text>}
      {deadline.state === 'overdue' && <Text className="yk-clock__line">已超过承诺时限，您可以投诉或咨询办理部门。</Text>}
      {deadline.state === 'paused' && (
        <Text className="yk-clock__line">
          {deadline.pausedSince ? `自${dateWords(deadline.pausedSince)}起` : ''}等待您补正材料，补正期间不计入办理时限。
        </Text>
      )}
    </View>
  );
}
