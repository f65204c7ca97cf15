/**
 * Every page path in one place, so a moved page breaks the build rather than a link.
 * Only ids travel in URLs: never an ID number, phone, address or position.
 */
export const ROUTES = {
  nearby: '/pages/nearby/index',
  hallDetail: (id: string) => `/packages/halls/pages/detail/index?id=${encodeURIComponent(id)}`,
  pickPlace: '/packages/place/pages/pick/index',
  services: '/pages/services/index',
  /** search and browse share one page: a query, a filter, or both */
  itemSearch: (params: { q?: string; theme?: string; department?: string; level?: string; type?: string; audience?: string; title?: string } = {}) =>
    `/packages/catalog/pages/search/index${queryString(params)}`,
  guide: (id: string) => `/packages/catalog/pages/guide/index?id=${encodeURIComponent(id)}`,
  lifeEvent: (id: string) => `/packages/catalog/pages/life-event/index?id=${encodeURIComponent(id)}`,
  departments: '/packages/catalog/pages/departments/index',
  /** tab 我的 */
  me: '/pages/me/index',
  /** `back`: the route to return to after sign-in (a page route, never personal data) */
  signIn: (back?: string) => `/packages/me/pages/sign-in/index${queryString({ back })}`,
  privacy: '/packages/me/pages/privacy/index',
  /** 无障碍声明: what is met, what is not yet, how to report a problem */
  accessibility: '/packages/me/pages/accessibility/index',
  realName: '/packages/me/pages/real-name/index',
  certificates: '/packages/me/pages/certificates/index',
  certificate: (id: string) => `/packages/me/pages/certificate/index?id=${encodeURIComponent(id)}`,
  dataUse: '/packages/me/pages/data-use/index',
  addresses: '/packages/me/pages/addresses/index',
  /** without an id: a new address */
  addressEdit: (id?: string) => `/packages/me/pages/address/index${queryString({ id })}`,
  family: '/packages/me/pages/family/index',
  deleteAccount: '/packages/me/pages/delete-account/index',
  /** 我的材料: earlier uploads, to reuse or delete */
  materials: '/packages/me/pages/materials/index',
  /** the mock cashier (模拟收银台, 演示环境) for a payment the server made */
  cashier: (paymentId: string, applicationId?: string) => `/packages/pay/pages/cashier/index${queryString({ paymentId, applicationId })}`,
  /** book a visit to a hall for an item (to an application, when there is one) */
  book: (itemId: string, applicationId?: string) => `/packages/booking/pages/book/index${queryString({ itemId, applicationId })}`,
  appointment: (id: string) => `/packages/booking/pages/appointment/index?id=${encodeURIComponent(id)}`,
  /** 我的预约 */
  appointments: '/packages/booking/pages/appointments/index',
  /** 在线办理: starts (or continues) a draft for an item, with the situation chosen on the guide */
  applyStart: (itemId: string, situationId?: string) => `/packages/apply/pages/start/index${queryString({ itemId, situationId })}`,
  /** 一件事一次办: one draft (one form) for every item of a life event */
  applyLifeEvent: (lifeEventId: string) => `/packages/apply/pages/start/index?lifeEventId=${encodeURIComponent(lifeEventId)}`,
  /** the task list of one draft */
  applyTasks: (draftId: string) => `/packages/apply/pages/tasks/index?id=${encodeURIComponent(draftId)}`,
  /** the tasks of a draft: 情形, 申请人, 申请表, 材料, 领取方式 */
  applySituation: (draftId: string) => `/packages/apply/pages/situation/index?id=${encodeURIComponent(draftId)}`,
  applyApplicant: (draftId: string) => `/packages/apply/pages/applicant/index?id=${encodeURIComponent(draftId)}`,
  applyForm: (draftId: string) => `/packages/apply/pages/form/index?id=${encodeURIComponent(draftId)}`,
  applyMaterials: (draftId: string) => `/packages/apply/pages/materials/index?id=${encodeURIComponent(draftId)}`,
  applyDelivery: (draftId: string) => `/packages/apply/pages/delivery/index?id=${encodeURIComponent(draftId)}`,
  applyReview: (draftId: string) => `/packages/apply/pages/review/index?id=${encodeURIComponent(draftId)}`,
  /** after submit: the application number and what happens next */
  applyDone: (applicationId: string) => `/packages/apply/pages/done/index?id=${encodeURIComponent(applicationId)}`,
  /** the case page: status, what to do now, deadline, timeline, result (also a message's deep link) */
  application: (id: string) => `/packages/cases/pages/detail/index?id=${encodeURIComponent(id)}`,
  /** 我的办件, by tab (全部 / 草稿 / 办理中 / 待补正 / 待缴费 / 已办结 / 已撤回; opens on 全部) */
  applications: '/packages/cases/pages/list/index',
  /** 补正: answer a supplement request of one case */
  supplement: (id: string) => `/packages/cases/pages/supplement/index?id=${encodeURIComponent(id)}`,
  /** 进度查询 without signing in; the applicant's name is typed on the page, never put in the URL */
  progress: '/packages/cases/pages/progress/index',
  /** 消息中心 */
  messages: '/packages/messages/pages/inbox/index',
  /** 演示：消息发件箱 (reviewers: what the mock would have sent) */
  outbox: '/packages/messages/pages/outbox/index',
  /** 好差评 of a case; without `stage`, the stage open now (the case's `rate` action links here) */
  rate: (applicationId: string, stage?: 'acceptance' | 'completion') => `/packages/rating/pages/rate/index${queryString({ applicationId, stage })}`,
  /** 修改评价: the rating form prefilled with one rating, sent once within its window */
  changeRating: (evaluationId: string) => `/packages/rating/pages/change/index?id=${encodeURIComponent(evaluationId)}`,
  /** 我的评价: every rating given, with where each bad one's ticket is */
  evaluations: '/packages/rating/pages/mine/index',
  /** one rating with its rectification ticket */
  evaluation: (id: string) => `/packages/rating/pages/evaluation/index?id=${encodeURIComponent(id)}`,
  /** 投诉 about one case (its form, or where its open complaint is) */
  complain: (applicationId: string) => `/packages/complaints/pages/new/index?applicationId=${encodeURIComponent(applicationId)}`,
  /** 我的投诉 */
  complaints: '/packages/complaints/pages/mine/index',
  /** one complaint with its steps and replies (also a message's deep link) */
  complaint: (id: string) => `/packages/complaints/pages/detail/index?id=${encodeURIComponent(id)}`,
  /** 办件指挥中心（演示与审阅）: every case, warnings, reviewer controls and the demo clock (mock only) */
  commandCentre: '/packages/centre/pages/index/index',
} as const;

function queryString(params: Record<string, string | undefined>): string {
  const parts = Object.entries(params)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${encodeURIComponent(v as string)}`);
  return parts.length ? `?${parts.join('&')}` : '';
}
