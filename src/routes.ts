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
  application: (id: string) => `/packages/apply/pages/application/index?id=${encodeURIComponent(id)}`,
  /** 我的办件 */
  applications: '/packages/apply/pages/applications/index',
  /** 办件指挥中心（演示与审阅）: every case, warnings, reviewer controls and the demo clock (mock only) */
  commandCentre: '/packages/centre/pages/index/index',
} as const;

function queryString(params: Record<string, string | undefined>): string {
  const parts = Object.entries(params)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${encodeURIComponent(v as string)}`);
  return parts.length ? `?${parts.join('&')}` : '';
}
