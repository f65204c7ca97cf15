import { call } from '../../core/http/client';
import type { CaseTab, ProgressQuery, SupplementInput } from '../../shared/api/cases';

/**
 * Typed calls for tracking a case after it is filed (CasesApi and the case reads of
 * ApplicationsApi): 我的办件 by tab, one case, the citizen's actions on it, the public query.
 */
export const casesService = {
  /** one tab of 我的办件, newest first, with every tab's count */
  list: (state: CaseTab, cursor?: string) => call('GET /applications', { query: { state, limit: 20, cursor } }),
  /** everything the case page shows, in one request */
  case: (id: string) => call('GET /applications/:id', { params: { id } }),
  withdraw: (id: string) => call('POST /applications/:id/withdraw', { params: { id } }),
  supplement: (id: string, input: SupplementInput) => call('POST /applications/:id/supplement', { params: { id }, body: input }),
  confirmReceipt: (id: string) => call('POST /applications/:id/receipt', { params: { id } }),
  changeAddress: (id: string, addressId: string) => call('PUT /applications/:id/delivery-address', { params: { id }, body: { addressId } }),
  addresses: () => call('GET /me/addresses'),
  certificates: () => call('GET /me/certificates'),
  /** no session needed; the name travels in the request's query (the server's contract), never in a page URL */
  progress: (query: ProgressQuery) => call('GET /progress', { query: { number: query.number, name: query.name } }, { recoverSession: false }),
};
