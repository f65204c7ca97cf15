import type { Response } from 'express';
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
