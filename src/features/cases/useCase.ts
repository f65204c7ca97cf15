import { useCallback, useEffect, useRef, useState } from 'react';
import { useMutation } from '../../core/hooks/useMutation';
import type { Application } from '../../shared/api/applications';
import { usePersonal } from '../identity/usePersonal';
import { casesService } from './casesService';
import { caseChanged, onCaseChanged } from './events';

/**
 * One case, from ONE request (GET /applications/:id), and what the citizen does to it here:
 * withdraw, confirm receipt, change the delivery address. Each action's answer is the case as
 * the server now has it, shown at once without another read.
 */
export function useCase(id: string | undefined) {
  const read = usePersonal(id ? () => casesService.case(id) : null, [id]);
  const [latest, setLatest] = useState<Application | null>(null);
  // a new read supersedes what an earlier action answered
  useEffect(() => setLatest(null), [read.data]);
  const { retry } = read;
  const self = useRef({});
  useEffect(() => onCaseChanged((changed, from) => changed === id && from !== self.current && retry()), [id, retry]);

  const withdraw = useMutation(() => casesService.withdraw(id as string));
  const receipt = useMutation(() => casesService.confirmReceipt(id as string));
  const address = useMutation((addressId: string) => casesService.changeAddress(id as string, addressId));

  const run = useCallback(async <I,>(m: { submit: (input: I) => Promise<{ status: string; data?: Application }> }, input: I) => {
    const outcome = await m.submit(input);
    if (outcome.status === 'success' && outcome.data) {
      setLatest(outcome.data);
      // 我的办件 below this page: the case may have moved to another tab
      caseChanged(outcome.data.id, self.current);
    }
    return outcome.status === 'success';
  }, []);

  const state = read.status === 'success' && latest ? { ...read, data: latest } : read;
  return {
    state,
    withdraw: { ...withdraw, run: () => run(withdraw, undefined) },
    receipt: { ...receipt, run: () => run(receipt, undefined) },
    address: { ...address, run: (addressId: string) => run(address, addressId) },
  };
}

export type CaseHandle = ReturnType<typeof useCase>;
