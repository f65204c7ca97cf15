/**
 * The mock backend as an express app over one World, so tests start it in-process
 * (test/support/mock-server.ts); mock/main.ts is the CLI around it.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import compression from 'compression';
import express from 'express';
import type { Express, RequestHandler } from 'express';
import { apiRouter } from './server/api';
import { ApiError, errorHandler } from './server/errors';
import type { World } from './world';

export interface AppOptions {
  /** H5 build to serve with SPA fallback; skipped if absent or missing on disk */
  staticDir?: string;
  /** where 500s are logged (with stack, server side only); defaults to console */
  logger?: Pick<Console, 'error'>;
}

/** Any origin may call: WeChat DevTools and the H5 dev server run on other origins/ports. */
const cors: RequestHandler = (req, res, next) => {
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('Access-Control-Allow-Methods', 'GET, POST, PUT, PATCH, DELETE, OPTIONS');
  res.setHeader('Access-Control-Allow-Headers', req.header('Access-Control-Request-Headers') ?? 'Content-Type');
  res.setHeader('Access-Control-Max-Age', '600');
  if (req.method === 'OPTIONS') {
    res.status(204).end();
    return;
  }
  next();
};

export function createApp(world: World, options: AppOptions = {}): Express {
  const logger = options.logger ?? console;
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false); // clock-dependent JSON; ETags would only waste hashing

  app.use(cors);
  app.use(compression());
  app.use(express.json({ limit: '100kb' }));

  app.use('/api', apiRouter(world));
  app.use('/api', (req, _res, next) => next(new ApiError(404, 'not_found', `接口不存在：${req.method} ${req.originalUrl.split('?')[0]}`)));

  const staticDir = options.staticDir ? path.resolve(options.staticDir) : undefined;
  if (staticDir && existsSync(path.join(staticDir, 'index.html'))) {
    app.use(express.static(staticDir, { index: 'index.html' }));
    // SPA fallback: any other page GET gets index.html and the client router takes over.
    app.use((req, res, next) => {
      if (req.method !== 'GET' && req.method !== 'HEAD') return next();
      res.sendFile(path.join(staticDir, 'index.html'));
    });
  }

  app.use((req, _res, next) => next(new ApiError(404, 'not_found', `页面不存在：${req.path}`)));

  app.use(errorHandler(logger));
  return app;
}
