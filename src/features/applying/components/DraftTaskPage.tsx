import { View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import type { ReactNode } from 'react';
import { Page } from '../../../components/Page';
import { Pressable } from '../../../components/Pressable';
import type { TaskKey } from '../../../shared/api/applications';
import { ROUTES } from '../../../routes';
import { backToTasks, taskRoute } from '../nav';
import { DraftFrame, type Ready } from './DraftFrame';

/**
 * One task page of a draft (情形, 申请人, 申请表, 材料, 领取方式): the page, the draft from the
 * `id` in its link, and the way back to this task after signing in. `children` is the task itself.
 */
export function DraftTaskPage({ className, task, children }: { className: string; task: TaskKey; children: (ready: Ready) => ReactNode }) {
  const id = useRouter().params.id;
  return (
    <Page className={className}>
      <DraftFrame id={id} back={id ? taskRoute(id, task) : ROUTES.services}>
        {children}
      </DraftFrame>
    </Page>
  );
}

/** The end of every task: save (the session saves as the citizen goes) and back to the task list. */
export function TaskDone({ draftId }: { draftId: string }) {
  return (
    <View className="yk-apply-actions">
      <Pressable className="yk-button yk-button--primary" testId="task-done" onTap={() => backToTasks(draftId)}>
        保存并返回
      </Pressable>
    </View>
  );
}
