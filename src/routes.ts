/**
 * Every page path in one place, so a moved page breaks the build rather than a link.
 * Only ids travel in URLs: never an ID number, phone, address or position.
 */
export const ROUTES = {
  nearby: '/pages/nearby/index',
  hallDetail: (id: string) => `/packages/halls/pages/detail/index?id=${encodeURIComponent(id)}`,
  pickPlace: '/packages/place/pages/pick/index',
} as const;
