/**
 * The evaluations slice (好差评): ratings per case and stage, rectification tickets on the world
 * clock, the case page's `rate` invitation. For other slices:
 * - `settleTickets(world, now)`: run every ticket step due (the API does before each request);
 * - `rateActions(world, record)`: the `rate` entry of a case's actions (workflow/views.ts);
 * - ticket replies are `rating_replied` case events (workflow/events.ts).
 */
export { evaluationRoutes } from './routes';
export { rateActions } from './store';
export { settleTickets } from './tickets';
