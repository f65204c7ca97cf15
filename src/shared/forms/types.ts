/**
 * The application form (申请表) of an item, as data: sections of typed fields. The mock server
 * serves each item's form with its drafts, the app renders it field by field, and BOTH validate
 * the values with the same function (validate.ts), so a citizen sees at once the message the
 * server would answer at submit. Pure types and constant arrays.
 */

/** The typed fields of the design card: each has its own input and its own check. */
export const FIELD_TYPES = [
  'text',
  'textarea',
  'date',
  'number',
  'money',
  'select',
  'division',
  'address',
  'phone',
  'id_number',
  'credit_code',
  'plate',
  'checkbox',
  'file',
] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

export interface FieldOption {
  value: string;
  label: string;
}

/**
 * Where a field's value can come from instead of being typed: the real-name profile, the
 * company the citizen represents, or one of their e-certificates. Identity fields taken from
 * the real-name profile are read-only (`locked`).
 */
export const PREFILL_SOURCES = [
  'applicant.name',
  'applicant.idNumber',
  'applicant.phone',
  'applicant.address',
  'company.name',
  'vehicle.plate',
] as const;
export type PrefillSource = (typeof PREFILL_SOURCES)[number];

export interface FormField {
  /** unique within its section; the value's key */
  key: string;
  label: string;
  type: FieldType;
  required: boolean;
  /** help under the label, e.g. 与营业执照一致 */
  hint?: string;
  /** number and money: the unit shown after the input, e.g. 吨, 米, 万元 */
  unit?: string;
  /** number and money: inclusive bounds, and how many decimals are allowed */
  min?: number;
  max?: number;
  decimals?: number;
  /** text and textarea */
  minLength?: number;
  maxLength?: number;
  /** select */
  options?: FieldOption[];
  /** division: how deep the citizen must choose; default village */
  divisionDepth?: 'district' | 'township' | 'village';
  /** date: allowed window relative to today, in calendar days (e.g. travel within 0..30) */
  minDaysFromToday?: number;
  maxDaysFromToday?: number;
  prefill?: PrefillSource;
  /** prefilled identity fields cannot be edited */
  locked?: boolean;
  /** shown (and validated) only when another field of the same section has one of these values */
  visibleWhen?: { field: string; in: string[] };
}

export interface FormSection {
  key: string;
  title: string;
  description?: string;
  fields: FormField[];
  /** a list of entries of the same fields, e.g. 股东 (shareholders) */
  repeat?: { min: number; max: number; itemLabel: string };
}

/**
 * A check across fields, on paths `section.field` (a repeated section's field: every entry):
 * - `order`: `later` may not come before `earlier` (dates), e.g. 通行结束日期 after 通行开始日期;
 * - `sum`: the entries of a repeated section's money field add up to another field, e.g. 股东认缴出资
 *   to 注册资本;
 * - `refuse`: a value that rules the application out, with the reason, e.g. 可解体 cargo for an
 *   over-limit permit.
 * The message is shown at the last-named field.
 */
export type FormRule =
  | { kind: 'order'; earlier: string; later: string; message: string }
  | { kind: 'sum'; parts: string; total: string; message: string }
  | { kind: 'refuse'; field: string; value: string; message: string };

export const FORM_RULE_KINDS = ['order', 'sum', 'refuse'] as const;

export interface ApplicationForm {
  /** a readable slug, e.g. company-registration */
  id: string;
  title: string;
  sections: FormSection[];
  /** checks across fields (validate.ts), run by the app and the server alike */
  rules?: FormRule[];
}

/** A scalar value as the form holds it: text (numbers as decimal text), or a checkbox. */
export type FieldValue = string | boolean;
export type SectionValues = Record<string, FieldValue>;
/** Values by section key: one entry, or a list for a repeated section. */
export type FormValues = Record<string, SectionValues | SectionValues[]>;

/** Field errors by path: `section.field`, or `section.index.field` in a repeated section. */
export type FieldErrors = Record<string, string>;
