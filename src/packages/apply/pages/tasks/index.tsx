import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { Page } from '../../../../components/Page';
import { Pressable } from '../../../../components/Pressable';
import { DraftFrame } from '../../../../features/applying/components/DraftFrame';
import { TASK_STATUS_LABEL, openTask } from '../../../../features/applying/nav';
import { TASK_LABELS, TASKS } from '../../../../shared/api/applications';
import { ROUTES } from '../../../../routes';

/**
 * The task list (GOV.UK pattern): every step of the one form with its status in words and a
 * link, and a way to carry on where the citizen stopped last time.
 */
export default function ApplyTasksPage() {
  const id = useRouter().params.id;
  return (
    <Page className="yk-apply-tasks">
      <DraftFrame id={id} back={id ? ROUTES.applyTasks(id) : ROUTES.services}>
        {({ draft, input }) => {
          const status = new Map(draft.tasks.map((t) => [t.key, t.status]));
          const done = draft.tasks.filter((t) => t.status === 'completed').length;
          const resume = input.currentTask;
          return (
            <>
              <View className="yk-card">
                <Text className="yk-apply-heading" role="heading" aria-level={1} data-testid="apply-item-name">
                  {draft.itemName}
                </Text>
                <Text className="yk-apply-line">
                  已完成 {done} / {TASKS.length} 项 · 填写内容自动保存，可以随时离开再回来
                </Text>
                {resume !== 'situation' && status.get(resume) !== 'cannot_start' && (
                  <View className="yk-apply-actions">
                    <Pressable className="yk-button yk-button--primary" testId="resume" onTap={() => openTask(draft.id, resume)}>
                      从上次停下的地方继续：{TASK_LABELS[resume]}
                    </Pressable>
                  </View>
                )}
              </View>
              <View className="yk-card" role="list" aria-label="申请步骤" data-testid="task-list">
                {TASKS.map((task, n) => {
                  const s = status.get(task) ?? 'not_started';
                  const can = s !== 'cannot_start';
                  return (
                    <View key={task} className="yk-apply-tasks__row" role="listitem" data-testid={`task-${task}`}>
                      {can ? (
                        <Pressable className="yk-link" role="link" label={`${n + 1}. ${TASK_LABELS[task]}，${TASK_STATUS_LABEL[s]}`} onTap={() => openTask(draft.id, task)}>
                          {n + 1}. {TASK_LABELS[task]}
                        </Pressable>
                      ) : (
                        <Text>
                          {n + 1}. {TASK_LABELS[task]}
                        </Text>
                      )}
                      <Text className={`yk-apply-status yk-apply-status--${s}`} data-testid={`task-status-${task}`}>
                        {TASK_STATUS_LABEL[s]}
                      </Text>
                    </View>
                  );
                })}
              </View>
            </>
          );
        }}
      </DraftFrame>
    </Page>
  );
}
