import type { ErrorRequestHandler, Response } from 'express';
import type { ApiErrorBody, ApiErrorCode } from '../../src/shared/api/errors';

/** Thrown (or passed to next) by handlers; the error middleware turns it into the JSON body. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export function sendError(res: Response, status: number, code: ApiErrorCode, message: string, fields?: Record<string, string>): void {
  const body: ApiErrorBody = { error: fields ? { code, message, fields } : { code, message } };
  res.status(status).json(body);
}

export const notFound = (message: string) => new ApiError(404, 'not_found', message);

/** body-parser marks its errors with `type` and a 4xx `status`. */
function isBodyParserError(err: unknown): err is { type: string; status: number } {
  return typeof err === 'object' && err !== null && 'type' in err && 'status' in err && typeof err.status === 'number';
}

/** The last middleware: every error becomes the JSON error body; only 500s are logged, with stack. */
export function errorHandler(logger: Pick<Console, 'error'>): ErrorRequestHandler {
  return (err, _req, res, _next) => {
    if (res.headersSent) return;
    if (err instanceof ApiError) {
      sendError(res, err.status, err.code, err.message, err.fields);
    } else if (isBodyParserError(err) && err.status >= 400 && err.status < 500) {
      const message = err.type === 'entity.parse.failed' ? '请求体不是有效的 JSON' : '请求体无法处理';
      sendError(res, err.status, 'bad_request', message);
    } else {
      logger.error('[mock] unhandled error', err);
      sendError(res, 500, 'internal', '服务器开小差了，请稍后再试');
    }
  };
}
