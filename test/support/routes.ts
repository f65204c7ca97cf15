/**
 * The app's page paths as the weapp and browser tests use them: always derived from
 * src/routes.ts, so a moved page fails the journey that reaches it instead of a test that
 * restated the old path. ROUTES values are app URLs ('/packages/…/index?id=…'); each platform
 * spells a page slightly differently, and the spelling is made here, once.
 */
import { ROUTES } from '../../src/routes';

export { ROUTES };

/** A route with or without its query → the page's path: '/packages/halls/pages/detail/index'. */
export function pagePath(route: string): string {
  return route.split('?')[0];
}

/** WeChat's name for a page (app.json, `page.route`): the path without the leading slash. */
export function weappRoute(route: string): string {
  return pagePath(route).replace(/^\//, '');
}

/** The H5 build's hash-router URL of a route, relative to the server's origin. */
export function h5Url(route: string): string {
  return `/#${route}`;
}

type RouteName = keyof typeof ROUTES;

/**
 * Every page's path, including the pages whose route needs an id or a query (which is dropped):
 * for checking which page is showing, where the id does not matter or is checked on its own.
 */
export const PAGE = Object.fromEntries(
  (Object.keys(ROUTES) as RouteName[]).map((name) => {
    const route: string | ((arg: never) => string) = ROUTES[name];
    // A route's arguments only ever fill its query, which pagePath drops: any value will do.
    return [name, pagePath(typeof route === 'function' ? route(undefined as never) : route)];
  }),
) as Record<RouteName, string>;
