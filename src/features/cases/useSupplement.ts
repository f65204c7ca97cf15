import { useCallback, useEffect, useMemo, useState } from 'react';
import { useAsync } from '../../core/hooks/useAsync';
import { useMutation } from '../../core/hooks/useMutation';
import { readStored, removeStored, writeStored } from '../../core/storage';
import type { Application } from '../../shared/api/applications';
import type { SupplementInput, SupplementRequest } from '../../shared/api/cases';
import { casesService } from './casesService';
import { caseChanged } from './events';

export type SupplementAnswer = SupplementInput['materials'][string];
export type SupplementAnswers = Record<string, SupplementAnswer>;

/**
 * The device's copy of a supplement's answers, under the request's id: certificate and upload ids
 * only, so a killed app or a failed request never loses what the citizen picked or uploaded.
 */
const keyOf = (requestId: string) => `supplement.v1.${requestId}`;

const isAnswers = (x: unknown): x is SupplementAnswers =>
  !!x &&
  typeof x === 'object' &&
  Object.values(x as Record<string, unknown>).every((a) => {
    const v = a as SupplementAnswer;
    return !!v && ((v.kind === 'certificate' && typeof v.certificateId === 'string') || (v.kind === 'upload' && Array.isArray(v.uploadIds)));
  });

export const localSupplements = {
  read: (requestId: string): SupplementAnswers => readStored(keyOf(requestId), isAnswers) ?? {},
  write: (requestId: string, answers: SupplementAnswers) => writeStored(keyOf(requestId), answers),
  remove: (requestId: string) => removeStored(keyOf(requestId)),
};

/**
 * 补正: exactly the asked materials, each answered by a certificate from 我的证照 or an upload.
 * Answers are kept on the device as they are given, and again after a refused or failed send.
 */
export function useSupplement(application: Application, request: SupplementRequest, send: (input: SupplementInput) => Promise<Application> = (input) => casesService.supplement(application.id, input)) {
  const [answers, setAnswers] = useState<SupplementAnswers>(() => localSupplements.read(request.id));
  const certificates = useAsync(() => casesService.certificates(), []);
  const mutation = useMutation(send);

  useEffect(() => {
    localSupplements.write(request.id, answers);
  }, [request.id, answers]);

  const answer = useCallback(
    (materialId: string, a: SupplementAnswer | undefined) => {
      setAnswers((all) => {
        const { [materialId]: _old, ...rest } = all;
        return a ? { ...rest, [materialId]: a } : rest;
      });
      mutation.clearFieldError(`materials.${materialId}`);
    },
    [mutation.clearFieldError],
  );

  const missing = useMemo(() => request.materials.filter((m) => !answers[m.materialId]).map((m) => m.materialId), [request.materials, answers]);

  const submit = useCallback(async () => {
    const outcome = await mutation.submit({ requestId: request.id, materials: answers });
    if (outcome.status === 'success') {
      localSupplements.remove(request.id);
      caseChanged(application.id);
    }
    return outcome;
  }, [mutation.submit, request.id, answers, application.id]);

  return { answers, answer, missing, certificates, mutation, submit };
}
