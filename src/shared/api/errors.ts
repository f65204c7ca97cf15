/**
 * The error body every non-2xx API response carries.
 * `fields` names each offending request field with a Chinese message a citizen can act on.
 */
export interface ApiErrorBody {
  error: {
    code: ApiErrorCode;
    message: string;
    fields?: Record<string, string>;
  };
}

export type ApiErrorCode =
  | 'bad_request'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'method_not_allowed'
  | 'conflict'
  | 'unprocessable'
  | 'rate_limited'
  | 'internal';
