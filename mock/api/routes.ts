/**
 * The /api router. Handlers parse with zod, ask the store, and shape the response; errors are
 * thrown as ApiError and rendered by the app's error middleware.
 */
import { Router } from 'express';
import type {
  DivisionListResponse,
  HallDetail,
  HallListResponse,
  NearbyHallsResponse,
} from '../../src/shared/api/halls';
import type { HallStore } from '../halls/store';
import { catalogRouter } from './catalog-routes';
import { cursorOf } from './cursor';
import { methodNotAllowed, notFound } from './errors';
import { divisionsQuerySchema, hallIdParamsSchema, listQuerySchema, nearbyQuerySchema, parseOrThrow } from './params';

export interface ApiDeps {
  store: HallStore;
  now: () => Date;
}



export function apiRouter({ store, now }: ApiDeps): Router {
  const router = Router();
  // Responses depend on the clock (openNow, queue): never cache them.
  router.use((_req, res, next) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  });

  router
    .route('/health')
    .get((_req, res) => {
      res.json({ ok: true, halls: store.halls.length });
    })
    .all(methodNotAllowed(['GET']));

  router.use(catalogRouter({ store, now }));

  router
    .route('/halls/nearby')
    .get((req, res) => {
      const q = parseOrThrow(nearbyQuerySchema, req.query);
      const result = store.nearby(
        { lat: q.lat, lng: q.lng, level: q.level, openNow: q.openNow, limit: q.limit, offset: q.cursor },
        now(),
      );
      const body: NearbyHallsResponse = { items: result.items, nextCursor: cursorOf(result.nextOffset) };
      res.json(body);
    })
    .all(methodNotAllowed(['GET']));

  router
    .route('/halls')
    .get((req, res) => {
      const q = parseOrThrow(listQuerySchema, req.query);
      if (q.division && !store.isDivision(q.division)) throw notFound(`未找到行政区划 ${q.division}`);
      const result = store.list(
        { level: q.level, division: q.division, q: q.q, limit: q.limit, offset: q.cursor },
        now(),
      );
      const body: HallListResponse = { total: result.total, items: result.items, nextCursor: cursorOf(result.nextOffset) };
      res.json(body);
    })
    .all(methodNotAllowed(['GET']));

  router
    .route('/halls/:id')
    .get((req, res) => {
      const { id } = parseOrThrow(hallIdParamsSchema, req.params);
      const body: HallDetail | undefined = store.detail(id, now());
      if (!body) throw notFound(`未找到编号为 ${id} 的服务大厅`);
      res.json(body);
    })
    .all(methodNotAllowed(['GET']));

  router
    .route('/divisions')
    .get((req, res) => {
      const { parent } = parseOrThrow(divisionsQuerySchema, req.query);
      const body: DivisionListResponse | undefined = store.divisions(parent);
      if (!body) throw notFound(`未找到行政区划 ${parent}`);
      res.json(body);
    })
    .all(methodNotAllowed(['GET']));

  return router;
}
