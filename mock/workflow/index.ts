/**
 * The workflow slice: cases move node by node on the world clock (engine.ts), planned from where
 * they were filed up to the deciding department (plan.ts), against a deadline in working days
 * (deadline.ts); the views (views.ts) and endpoints (routes.ts) of tracking.
 * For other slices:
 * - `onCaseEvent(world, listener)`: received, accepted, supplement requested, fee due, approved,
 *   refused, shipped, delivered … (events.ts), for messages and ratings;
 * - `settleCases(world, now)`: run what is due (the API does before every request);
 * - `impossibleMoves(record)`: the transition-table check the tests and the load test use.
 */
export type { CaseEvent, CaseEventKind } from './events';
export { CASE_EVENT_KINDS, onCaseEvent } from './events';
export { impossibleMoves, installWorkflow, settleCases } from './engine';
export { workflowRoutes } from './routes';
