/**
 * Halls routes: nearest halls, the hall list, one hall, and the division tree. Each handler
 * asks the halls store with the world's `now` (openNow, today, queue) and returns the
 * contract's type; parsing, 404s and 405s are the route helper's.
 */
import { z } from 'zod';
import type { RouteTable } from '../server/route';
import { route } from '../server/route';
import { notFound } from '../server/errors';
import { toApiPage, rangeOf } from '../server/paging';
import { MESSAGES, cursor, divisionCode, hallIdParams, level, limit, nearQuery, q } from '../server/params';

const nearbyQuery = z.object({
  lat: nearQuery.shape.lat,
  lng: nearQuery.shape.lng,
  level: level.optional(),
  openNow: nearQuery.shape.openNow,
  limit: limit.optional(),
  cursor: cursor.optional(),
});

const listQuery = z.object({
  level: level.optional(),
  division: divisionCode().optional(),
  q: q.optional(),
  limit: limit.optional(),
  cursor: cursor.optional(),
});

const divisionsQuery = z.object({ parent: divisionCode(MESSAGES.division).optional() });

export function hallRoutes(table: RouteTable): void {
  route(table, 'GET /halls/nearby', { query: nearbyQuery }, ({ query, world, now }) =>
    toApiPage(world.halls.nearby(query, rangeOf(query), now)),
  );

  route(table, 'GET /halls', { query: listQuery }, ({ query, world, now }) => {
    if (query.division && !world.halls.isDivision(query.division)) throw notFound(`未找到行政区划 ${query.division}`);
    return toApiPage(world.halls.list(query, rangeOf(query), now));
  });

  route(table, 'GET /halls/:id', { params: hallIdParams }, ({ params, world, now }) => {
    const hall = world.halls.detail(params.id, now);
    if (!hall) throw notFound(`未找到编号为 ${params.id} 的服务大厅`);
    return hall;
  });

  route(table, 'GET /divisions', { query: divisionsQuery }, ({ query, world }) => {
    const divisions = world.halls.divisions(query.parent);
    if (!divisions) throw notFound(`未找到行政区划 ${query.parent}`);
    return divisions;
  });
}
