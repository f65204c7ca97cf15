/**
 * The page a pushed message opens: the case page, as WeChat wants it in a subscribe message's
 * `page` and an official-account message's `miniprogram.pagepath` (no leading slash, query
 * allowed). The ONE place that says which page that is: derived from ROUTES.application, so when
 * the case page moves (to packages/cases/pages/detail) every message follows. Only the id travels.
 */
import { ROUTES } from '../../routes';

export function casePagePath(applicationId: string): string {
  return ROUTES.application(applicationId).replace(/^\//, '');
}

/** The app route of a message's `page` (the outbox view taps it): '/' + page. */
export function routeOfPagePath(page: string): string {
  return `/${page.replace(/^\//, '')}`;
}
