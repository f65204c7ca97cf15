/**
 * The application form of an item (mock/applications/forms: its own, or the general form), and
 * the checks beyond validate.ts that a form carries: the company-name rule check of the
 * company-registration form, and the over-limit classification of the transport-permit form.
 */
import type { Guide } from '../../src/shared/api/catalog';
import { COMPANY_NAME_FIELD, checkCompanyName } from '../../src/shared/forms/company-name';
import type { OverLimitResult } from '../../src/shared/forms/over-limit';
import { OVER_LIMIT_FORM_ID, overLimitFromValues } from '../../src/shared/forms/over-limit';
import type { ApplicationForm, FieldErrors, FormValues } from '../../src/shared/forms/types';
import { formForItemName } from './forms';

export function formForGuide(guide: Pick<Guide, 'name'>): ApplicationForm {
  return formForItemName(guide.name);
}

/** Problems of the form's own rules, by form path (without the `form.` prefix). */
export function formRuleProblems(form: ApplicationForm, values: FormValues): FieldErrors {
  const problems: FieldErrors = {};
  if (form.id === COMPANY_NAME_FIELD.formId) {
    const [section, field] = COMPANY_NAME_FIELD.path.split('.');
    const entry = values[section];
    const name = entry && !Array.isArray(entry) ? entry[field] : undefined;
    if (typeof name === 'string' && name.trim() !== '') {
      const check = checkCompanyName(name);
      if (!check.ok) problems[COMPANY_NAME_FIELD.path] = check.problems[0];
    }
  }
  return problems;
}

/** The over-limit classification, for the forms that carry one. */
export function overLimitOf(form: ApplicationForm, values: FormValues): OverLimitResult | undefined {
  return form.id === OVER_LIMIT_FORM_ID ? (overLimitFromValues(values) ?? undefined) : undefined;
}
