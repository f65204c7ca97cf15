/**
 * The API contract of the mock server and the app, in one place: every domain's types, value
 * lists and endpoint table. Pure types and constant arrays: nothing here may import Taro, Node
 * or any runtime library, since both the mini-program bundle and the server import it.
 */
import type { ApplicationsApi } from './applications';
import type { CasesApi } from './cases';
import type { CatalogApi } from './catalog';
import type { ComplaintsApi } from './complaints';
import type { DevApi } from './dev';
import type { EvaluationsApi } from './evaluations';
import type { HallsApi } from './halls';
import type { IdentityApi } from './identity';
import type { MessagesApi } from './messages';

export type { Page, CountedPage, PageQuery } from './page';
export type { ApiErrorBody, ApiErrorCode } from './errors';

/** Every endpoint of the mock server's `/api`. */
export interface Api extends HallsApi, CatalogApi, IdentityApi, ApplicationsApi, CasesApi, EvaluationsApi, ComplaintsApi, DevApi, MessagesApi {}
export type ApiKey = keyof Api & string;
