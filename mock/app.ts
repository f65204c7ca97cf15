/**
 * The mock backend as an express app over one World, so tests start it in-process
 * (test/support/mock-server.ts); mock/main.ts is the CLI around it.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import compression from 'compression';
import express from 'express';
import type { Express } from 'express';
import { apiRouter } from './server/api';
import { precompressedAssets } from './server/precompressed';
import { ApiError, errorHandler } from './server/errors';
import { cors, corsOriginsFromEnv, securityHeaders } from './server/security';
import type { World } from './world';

export interface AppOptions {
  /** H5 build to serve with SPA fallback; skipped if absent or missing on disk */
  staticDir?: string;
  /** where 500s are logged (with stack, server side only); defaults to console */
  logger?: Pick<Console, 'error'>;
  /** other origins allowed to call the API (CORS); default MOCK_CORS_ORIGINS, see security.ts */
  corsOrigins?: readonly string[];
}

export function createApp(world: World, options: AppOptions = {}): Express {
  const logger = options.logger ?? console;
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false); // clock-dependent JSON; ETags would only waste hashing

  const staticDir = options.staticDir ? path.resolve(options.staticDir) : undefined;
  const indexHtml = staticDir && existsSync(path.join(staticDir, 'index.html')) ? path.join(staticDir, 'index.html') : undefined;

  app.use(securityHeaders(indexHtml));
  app.use(cors(options.corsOrigins ?? corsOriginsFromEnv(process.env.MOCK_CORS_ORIGINS)));
  app.use(compression());
  app.use(express.json({ limit: '100kb' }));

  app.use('/api', apiRouter(world));
  app.use('/api', (req, _res, next) => next(new ApiError(404, 'not_found', `接口不存在：${req.method} ${req.originalUrl.split('?')[0]}`)));

  if (staticDir && indexHtml) {
    app.use(precompressedAssets(staticDir));
    app.use(express.static(staticDir, { index: 'index.html' }));
    // SPA fallback: any other page GET gets index.html and the client router takes over. A path
    // naming a file (an extension) that is not there is a 404, not the page: a stale index.html
    // asking for an old hashed chunk must fail as a missing script, not run HTML as JS.
    app.use((req, res, next) => {
      if (req.method !== 'GET' && req.method !== 'HEAD') return next();
      if (path.posix.extname(req.path) !== '') return next();
      res.sendFile(indexHtml);
    });
  }

  app.use((req, _res, next) => next(new ApiError(404, 'not_found', `页面不存在：${req.path}`)));

  app.use(errorHandler(logger));
  return app;
}
