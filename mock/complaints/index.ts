/**
 * The complaints slice (投诉): complaints about a citizen's cases, accepted and assigned by 12345
 * and answered by the deciding department on the world clock. For other slices:
 * - `settleComplaints(world, now)`: run every complaint step due (the API does before each request);
 * - `caseComplaint(world, applicationId)`: the case's latest complaint (applications' view);
 * - department replies are `complaint_replied` case events (workflow/events.ts).
 */
export { caseComplaint } from './model';
export { complaintRoutes } from './routes';
export { settleComplaints } from './flow';
