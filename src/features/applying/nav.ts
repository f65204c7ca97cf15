import Taro from '@tarojs/taro';
import type { TaskKey, TaskStatus } from '../../shared/api/applications';
import { ROUTES } from '../../routes';

export const TASK_STATUS_LABEL: Record<TaskStatus, string> = {
  not_started: '未开始',
  in_progress: '进行中',
  completed: '已完成',
  cannot_start: '暂不能开始',
};

const TASK_ROUTE: Record<TaskKey, (draftId: string) => string> = {
  situation: ROUTES.applySituation,
  applicant: ROUTES.applyApplicant,
  form: ROUTES.applyForm,
  materials: ROUTES.applyMaterials,
  delivery: ROUTES.applyDelivery,
  review: ROUTES.applyReview,
};

export function taskRoute(draftId: string, task: TaskKey): string {
  return TASK_ROUTE[task](draftId);
}

export function openTask(draftId: string, task: TaskKey): void {
  void Taro.navigateTo({ url: taskRoute(draftId, task) });
}

/**
 * Back to the task list after a task (GOV.UK pattern): the list underneath when there is one,
 * else the list opened in this page's place (a reloaded H5 page has nothing underneath).
 */
export function backToTasks(draftId: string): void {
  const pages = Taro.getCurrentPages();
  const below = pages.length > 1 ? pages[pages.length - 2] : undefined;
  if (below && `/${(below.route ?? '').replace(/^\//, '').split('?')[0]}` === ROUTES.applyTasks(draftId).split('?')[0]) {
    void Taro.navigateBack();
    return;
  }
  void Taro.redirectTo({ url: ROUTES.applyTasks(draftId) });
}
