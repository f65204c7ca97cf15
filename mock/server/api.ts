/**
 * The /api router of one World: health, then each domain's routes. Responses depend on the
 * world clock (openNow, queue) and on user state: never cached.
 */
import { Router } from 'express';
import { appointmentRoutes } from '../appointments';
import { applicationRoutes } from '../applications/routes';
import { catalogRoutes } from '../catalog/routes';
import { companyRoutes } from '../companies';
import { complaintRoutes, settleComplaints } from '../complaints';
import { evaluationRoutes, settleTickets } from '../evaluations';
import { hallRoutes } from '../halls/routes';
import { identityRoutes } from '../identity/routes';
import { installMessages, messageRoutes } from '../messages';
import { paymentRoutes } from '../payments';
import type { World } from '../world';
import { installWorkflow, settleCases, workflowRoutes } from '../workflow';
import { devRoutes } from './dev-routes';
import { RouteTable, route } from './route';

export function apiRouter(world: World): Router {
  const table = new RouteTable(world);
  route(table, 'GET /health', {}, () => ({ ok: true, halls: world.halls.halls.length }));
  hallRoutes(table);
  catalogRoutes(table);
  identityRoutes(table);
  applicationRoutes(table);
  workflowRoutes(table);
  paymentRoutes(table);
  appointmentRoutes(table);
  companyRoutes(table);
  messageRoutes(table);
  evaluationRoutes(table);
  complaintRoutes(table);
  devRoutes(table);
  installWorkflow(world);
  installMessages(world);
  const router = Router();
  router.use((_req, res, next) => {
    res.setHeader('Cache-Control', 'no-store');
    // Cases whose next step is due move first, so every answer sees the world as of now.
    settleCases(world, world.clock.now());
    // Rectification tickets of bad ratings likewise (their replies are case events).
    settleTickets(world, world.clock.now());
    // Complaints likewise (the department's replies are case events).
    settleComplaints(world, world.clock.now());
    next();
  });
  router.use(table.toRouter());
  return router;
}
