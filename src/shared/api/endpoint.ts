/**
 * The shape of an endpoint table. Each domain describes its endpoints once as an interface whose
 * keys are `METHOD /path` (Express-style `:param` segments) and whose values say what the
 * endpoint takes and answers. The app's services call the one HTTP client with these keys and
 * the mock server registers its routes with the same keys, so a changed response shape fails
 * `tsc` on both sides. Pure types.
 */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface EndpointSpec {
  /** path parameters, from `:name` segments */
  params?: Record<string, string>;
  query?: object;
  body?: unknown;
  /** request headers the endpoint reads (e.g. Idempotency-Key, If-Match) */
  headers?: Record<string, string | undefined>;
  response: unknown;
}

/** Any endpoint table: `METHOD /path` → spec. */
export type EndpointTable = { [key: string]: EndpointSpec };

export type MethodOf<K extends string> = K extends `${infer M extends HttpMethod} ${string}` ? M : never;
export type PathOf<K extends string> = K extends `${HttpMethod} ${infer P}` ? P : never;

/** The names of a path's `:param` segments, e.g. '/items/:id/halls' → 'id'. */
export type PathParamNames<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? Name | PathParamNames<`/${Rest}`>
  : P extends `${string}:${infer Name}`
    ? Name
    : never;
