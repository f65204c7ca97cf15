import { call } from '../../core/http/client';
import type { CaseControl, CaseControlInput, CommandCentreQuery } from '../../shared/api/cases';
import type { ClockChange } from '../../shared/api/dev';

/**
 * Typed calls of the command centre (CasesApi, DevApi): the mock server's reviewer and clock
 * endpoints, which exist only there. A poll is not retried inside the call: the next poll is the
 * retry, so a slow server never sees a poll and its retries pile up.
 */
export const centreService = {
  cases: (query: CommandCentreQuery) => call('GET /dev/cases', { query: { ...query } }, { retries: 0, timeout: 8000 }),
  control: (id: string, control: CaseControl, input: CaseControlInput) => call('POST /dev/cases/:id/:control', { params: { id, control }, body: input }),
  clock: () => call('GET /dev/clock', {}, { retries: 0, timeout: 8000 }),
  changeClock: (change: ClockChange) => call('POST /dev/clock', { body: change }),
};
