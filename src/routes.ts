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
  realName: '/packages/me/pages/real-name/index',
  certificates: '/packages/me/pages/certificates/index',
  certificate: (id: string) => `/packages/me/pages/certificate/index?id=${encodeURIComponent(id)}`,
  dataUse: '/packages/me/pages/data-use/index',
  addresses: '/packages/me/pages/addresses/index',
  /** without an id: a new address */
  addressEdit: (id?: string) => `/packages/me/pages/address/index${queryString({ id })}`,
  family: '/packages/me/pages/family/index',
  deleteAccount: '/packages/me/pages/delete-account/index',
} as const;

function queryString(params: Record<string, string | undefined>): string {
  const parts = Object.entries(params)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${encodeURIComponent(v as string)}`);
  return parts.length ? `?${parts.join('&')}` : '';
}
