import { Text, View } from '@tarojs/components';
import type { CaseStep } from '../../../shared/api/cases';
import { STEP_LEVEL_LABEL, timeWords } from '../labels';
import '../cases.scss';

type StepView = Pick<CaseStep, 'name' | 'level' | 'department' | 'startedAt' | 'endedAt'> & Partial<Pick<CaseStep, 'handler' | 'opinion'>>;

/**
 * Where is my application: node by node, oldest first, each with its level, department, handler
 * (工号, masked name, window), opinion and times; the running node says 进行中.
 */
export function Timeline({ steps, title = '办理进度' }: { steps: StepView[]; title?: string }) {
  return (
    <View className="yk-card" data-testid="timeline">
      <Text className="yk-section-title" role="heading" aria-level={2}>
        {title}
      </Text>
      {steps.length === 0 ? (
        <Text className="yk-apply-line">尚无办理记录。</Text>
      ) : (
        <View className="yk-timeline" role="list" aria-label={title}>
          {steps.map((s, i) => {
            const running = !s.endedAt && i === steps.length - 1;
            return (
              <View key={`${i}-${s.name}`} className={`yk-timeline__step ${running ? 'yk-timeline__step--now' : ''}`} role="listitem" data-testid="timeline-step">
                <View className="yk-timeline__head">
                  <Text className="yk-timeline__name">{s.name}</Text>
                  <Text className="yk-timeline__level">{STEP_LEVEL_LABEL[s.level]}</Text>
                  {running && <Text className="yk-deadline yk-deadline--ok">进行中</Text>}
                </View>
                <Text className="yk-timeline__line">{s.department}</Text>
                {s.handler && (
                  <Text className="yk-timeline__line">
                    经办人：{s.handler.name}（工号 {s.handler.staffNo}）{s.handler.window ? ` · ${s.handler.window}` : ''}
                  </Text>
                )}
                {s.opinion && <Text className="yk-timeline__line">意见：{s.opinion}</Text>}
                <Text className="yk-timeline__time">
                  开始 {timeWords(s.startedAt)}
                  {s.endedAt ? ` · 结束 ${timeWords(s.endedAt)}` : ''}
                </Text>
              </View>
            );
          })}
        </View>
      )}
    </View>
  );
}
