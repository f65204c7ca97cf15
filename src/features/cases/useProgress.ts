import { useState } from 'react';
import { HttpError } from '../../core/http/errors';
import { useMutation } from '../../core/hooks/useMutation';
import type { ProgressQuery, PublicProgress } from '../../shared/api/cases';
import { casesService } from './casesService';

export const PROGRESS_FIELD_MESSAGES = {
  number: '请输入正确的办件编号（YKB开头，共17位）',
  name: '请输入申请人姓名或单位名称',
} as const;

/** The instant checks, in the server's words, so a typo is said before anything is sent. */
export function checkProgressQuery(q: ProgressQuery): Partial<Record<keyof ProgressQuery, string>> {
  const errors: Partial<Record<keyof ProgressQuery, string>> = {};
  if (!/^YKB\d{14}$/.test(q.number.trim().toUpperCase())) errors.number = PROGRESS_FIELD_MESSAGES.number;
  if (!q.name.trim()) errors.name = PROGRESS_FIELD_MESSAGES.name;
  return errors;
}

/**
 * 进度查询 without signing in: the number and the applicant's name live in this page's state only
 * (never in its URL, never stored); the answer is the masked public progress.
 */
export function useProgress(query: (q: ProgressQuery) => Promise<PublicProgress> = casesService.progress) {
  const [input, setInput] = useState<ProgressQuery>({ number: '', name: '' });
  const [local, setLocal] = useState<Partial<Record<keyof ProgressQuery, string>>>({});
  const mutation = useMutation(query);

  const change = (field: keyof ProgressQuery, value: string) => {
    setInput((i) => ({ ...i, [field]: value }));
    setLocal((l) => ({ ...l, [field]: undefined }));
    mutation.clearFieldError(field);
  };

  const search = async () => {
    const errors = checkProgressQuery(input);
    setLocal(errors);
    if (Object.keys(errors).length > 0) return;
    await mutation.submit({ number: input.number.trim().toUpperCase(), name: input.name.trim() });
  };

  const notFound = mutation.status === 'error' && mutation.error instanceof HttpError && mutation.error.status === 404;
  return {
    input,
    change,
    search,
    errors: { number: local.number ?? mutation.fieldErrors.number, name: local.name ?? mutation.fieldErrors.name },
    /** not found, offline …: said above the form */
    formError: mutation.status === 'error' ? mutation.formError : undefined,
    notFound,
    submitting: mutation.status === 'submitting',
    result: mutation.status === 'success' ? mutation.data : undefined,
  };
}
