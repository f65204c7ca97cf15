/**
 * Refusals of the applications slice, in the identity slice's status rule: a body the contract's
 * types would refuse is 400 (zod), a well-typed value that is not acceptable is 422, a clash with
 * state is 409, another citizen's record is 404 (never 403). Every refusal names its field, is
 * decided before anything is written, and never echoes a phone or ID number.
 */
import type { Response } from 'express';
import { ApiError } from '../server/errors';

/** 422 naming every field; the message is the first field's, or a summary for several. */
export function refuse(fields: Record<string, string>, summary?: string): never {
  const messages = Object.values(fields);
  const message = summary ?? (messages.length > 1 ? `有${messages.length}处需要修改：${messages[0]}` : messages[0]);
  throw new ApiError(422, 'unprocessable', message, fields);
}

/** refuse() when any field has a problem. */
export function refuseIfAny(fields: Record<string, string>, summary?: (count: number) => string): void {
  const count = Object.keys(fields).length;
  if (count > 0) refuse(fields, summary?.(count));
}

export const badRequest = (field: string, message: string) => new ApiError(400, 'bad_request', message, { [field]: message });
export const conflict = (field: string, message: string) => new ApiError(409, 'conflict', message, { [field]: message });
/** Not there, or another citizen's: the same 404. */
export const missing = (field: string, message: string) => new ApiError(404, 'not_found', message, { [field]: message });

/** Thrown after a handler has sent a body of its own (409 with `current`): the error middleware skips it. */
class Sent extends Error {}

/** Sends a JSON body with its status now, and stops the handler (the route helper sends nothing more). */
export function sendAndStop(res: Response, status: number, body: unknown): never {
  res.status(status).json(body);
  throw new Sent('response already sent');
}
