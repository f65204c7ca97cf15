/**
 * The typed route helper. Every endpoint is registered by its contract key (`'GET /halls/:id'`,
 * a key of `Api`), so the handler's return type is checked against `Api[K]['response']`: a
 * renamed or removed response field fails `tsc` here as well as in the app. The helper parses
 * params, query and body with the given zod schemas (400 with `fields`), asks the World who is
 * calling when the route needs a session (401), sends the answer, and answers 405 with `Allow`
 * for any method not registered on a path.
 */
import { Router } from 'express';
import type { Request, RequestHandler, Response } from 'express';
import type { z } from 'zod';
import type { Api, ApiKey } from '../../src/shared/api';
import type { HttpMethod, MethodOf, PathOf } from '../../src/shared/api/endpoint';
import type { Principal, World } from '../world';
import { ApiError } from './errors';
import { parseOrThrow } from './params';

type ParamsOf<K extends ApiKey> = Api[K] extends { params: infer P } ? P : Record<string, never>;

/** What a route takes, each part validated before the handler runs. */
export interface RouteOptions<K extends ApiKey> {
  params?: z.ZodType<ParamsOf<K>>;
  query?: z.ZodType;
  body?: z.ZodType;
  /** needs a signed-in citizen: `world.authenticate(req)` or 401 */
  auth?: boolean;
  /** success status, 200 unless said */
  status?: number;
  /** 'html': the handler's string is sent as a page (printable forms) instead of JSON */
  format?: 'json' | 'html';
}

type Parsed<S, Part extends 'params' | 'query' | 'body'> = S extends { [P in Part]: infer Z extends z.ZodType } ? z.output<Z> : undefined;

/** What a handler receives: parsed parts, the world and the one `now` of this request. */
export interface RouteContext<S> {
  params: Parsed<S, 'params'>;
  query: Parsed<S, 'query'>;
  body: Parsed<S, 'body'>;
  /** who is calling, on `auth: true` routes */
  principal: S extends { auth: true } ? Principal : undefined;
  world: World;
  /** the world clock read once, so every part of one answer agrees */
  now: Date;
  /** escape hatches: headers, status codes, anything the context does not cover */
  req: Request;
  res: Response;
}

export type RouteHandler<K extends ApiKey, S> = (ctx: RouteContext<S>) => Api[K]['response'] | Promise<Api[K]['response']>;

const UNAUTHORIZED_MESSAGE = '请先登录后再办理';

interface Registration {
  method: HttpMethod;
  handler: RequestHandler;
}

/** The endpoints of one World, grouped by path so each path knows what it allows. */
export class RouteTable {
  private readonly paths = new Map<string, Registration[]>();

  constructor(readonly world: World) {}

  add<K extends ApiKey, S extends RouteOptions<K>>(key: K, options: S, handler: RouteHandler<K, S>): void {
    const [method, path] = splitKey(key);
    const registrations = this.paths.get(path) ?? [];
    if (registrations.some((r) => r.method === method)) throw new Error(`route registered twice: ${key}`);
    registrations.push({ method, handler: this.handlerFor(options, handler) });
    this.paths.set(path, registrations);
  }

  /** An express router: paths in registration order, each ending in its 405. */
  toRouter(): Router {
    const router = Router();
    for (const [path, registrations] of this.paths) {
      const route = router.route(path);
      for (const { method, handler } of registrations) {
        if (method === 'GET') route.get(handler);
        else if (method === 'POST') route.post(handler);
        else if (method === 'PUT') route.put(handler);
        else if (method === 'PATCH') route.patch(handler);
        else route.delete(handler);
      }
      route.all(methodNotAllowed(registrations.map((r) => r.method)));
    }
    return router;
  }

  private handlerFor<K extends ApiKey, S extends RouteOptions<K>>(options: S, handler: RouteHandler<K, S>): RequestHandler {
    const world = this.world;
    return async (req, res) => {
      const principal = options.auth ? world.authenticate(req) : undefined;
      if (options.auth && !principal) throw new ApiError(401, 'unauthorized', UNAUTHORIZED_MESSAGE);
      // Parsed parts are typed by the schemas the route was registered with.
      const ctx = {
        params: options.params ? parseOrThrow(options.params, req.params) : undefined,
        query: options.query ? parseOrThrow(options.query, req.query) : undefined,
        body: options.body ? parseOrThrow(options.body, req.body ?? {}) : undefined,
        principal,
        world,
        now: world.clock.now(),
        req,
        res,
      } as RouteContext<S>;
      const answer = await handler(ctx);
      res.status(options.status ?? 200);
      if (options.format === 'html') res.type('html').send(answer);
      else res.json(answer);
    };
  }
}

/** Registers one endpoint of the contract; see RouteTable. */
export function route<K extends ApiKey, S extends RouteOptions<K>>(table: RouteTable, key: K, options: S, handler: RouteHandler<K, S>): void {
  table.add(key, options, handler);
}

function splitKey<K extends ApiKey>(key: K): [MethodOf<K>, PathOf<K>] {
  const space = key.indexOf(' ');
  return [key.slice(0, space) as MethodOf<K>, key.slice(space + 1) as PathOf<K>];
}

/** 405 with the Allow header, for any method a path does not take. */
function methodNotAllowed(allowed: string[]): RequestHandler {
  return (req, res, next) => {
    res.setHeader('Allow', allowed.join(', '));
    next(new ApiError(405, 'method_not_allowed', `该接口不支持 ${req.method} 请求，请使用 ${allowed.join(' 或 ')}`));
  };
}
