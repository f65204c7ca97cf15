/**
 * The zod schema of one application form file (forms/<slug>.json, an `ApplicationForm` of
 * src/shared/forms/types.ts written out in full) and of forms/manifest.json. Value lists come from
 * the shared form model (FIELD_TYPES, PREFILL_SOURCES); unknown keys are rejected; what a type
 * cannot say is cross-checked: unique section and field keys, selects with two or more distinct
 * options, `visibleWhen` naming an earlier select of the same section and values it offers,
 * bounds in order, units on numbers, properties only on the field types that use them, and
 * prefill sources only on fields of a matching type.
 */
import { z } from 'zod';
import { parseDataFile } from '../../server/data-file';
import type { ApplicationForm, FieldType, PrefillSource } from '../../../src/shared/forms/types';
import { FIELD_TYPES, PREFILL_SOURCES } from '../../../src/shared/forms/types';

/** Shown text: not empty, no stray whitespace at either end. */
const text = z
  .string()
  .min(1)
  .refine((s) => s.trim() === s, { error: 'leading or trailing whitespace' });
/** A section or field key: the key of the value, e.g. `registeredCapital`. */
const key = z.string().regex(/^[a-z][A-Za-z0-9]*$/, { error: 'key must be lowerCamelCase letters and digits' });
/** A file name without `.json`: lower-case ASCII words joined by hyphens. */
export const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'slug must be lower-case ASCII words joined by hyphens' });
/** A date window bound in calendar days from today: negative is in the past. */
const days = z.number().int().min(-36500).max(36500);

const optionSchema = z.strictObject({
  value: z.string().regex(/^[a-z][a-z0-9_]*$/, { error: 'option value must be lower-case letters, digits and _' }),
  label: text,
});

const fieldSchema = z.strictObject({
  key,
  label: text,
  type: z.enum(FIELD_TYPES),
  required: z.boolean(),
  hint: text.optional(),
  unit: text.optional(),
  min: z.number().finite().optional(),
  max: z.number().finite().optional(),
  decimals: z.number().int().min(0).max(6).optional(),
  minLength: z.number().int().min(1).optional(),
  maxLength: z.number().int().min(1).max(5000).optional(),
  options: z.array(optionSchema).optional(),
  divisionDepth: z.enum(['district', 'township', 'village']).optional(),
  minDaysFromToday: days.optional(),
  maxDaysFromToday: days.optional(),
  prefill: z.enum(PREFILL_SOURCES).optional(),
  locked: z.boolean().optional(),
  visibleWhen: z.strictObject({ field: key, in: z.array(z.string().min(1)).min(1) }).optional(),
});

const sectionSchema = z.strictObject({
  key,
  title: text,
  description: text.optional(),
  fields: z.array(fieldSchema).min(1),
  repeat: z.strictObject({ min: z.number().int().min(0), max: z.number().int().min(1), itemLabel: text }).optional(),
});

type FieldData = z.infer<typeof fieldSchema>;

/** Which field types may carry which optional properties. */
const NUMERIC: readonly FieldType[] = ['number', 'money'];
const TEXTUAL: readonly FieldType[] = ['text', 'textarea', 'address'];
/** The field type a prefilled value fits. */
const PREFILL_TYPES: Record<PrefillSource, readonly FieldType[]> = {
  'applicant.name': ['text'],
  'applicant.idNumber': ['id_number'],
  'applicant.phone': ['phone'],
  'applicant.address': ['address'],
  'company.name': ['text'],
  'vehicle.plate': ['plate'],
};

/** The problems of one field on its own, as [property, message]. */
function fieldProblems(f: FieldData): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const only = (prop: keyof FieldData, types: readonly FieldType[]) => {
    if (f[prop] !== undefined && !types.includes(f.type)) out.push([prop, `"${prop}" is not used by a ${f.type} field`]);
  };
  only('unit', NUMERIC);
  only('min', NUMERIC);
  only('max', NUMERIC);
  only('decimals', NUMERIC);
  only('minLength', TEXTUAL);
  only('maxLength', TEXTUAL);
  only('options', ['select']);
  only('divisionDepth', ['division']);
  only('minDaysFromToday', ['date']);
  only('maxDaysFromToday', ['date']);
  if (NUMERIC.includes(f.type) && f.unit === undefined) out.push(['unit', `${f.type} field "${f.key}" needs a unit (元, 万元, 吨, 米, 人 …)`]);
  if (f.min !== undefined && f.max !== undefined && f.min > f.max) out.push(['min', `min (${f.min}) exceeds max (${f.max})`]);
  if (f.minLength !== undefined && f.maxLength !== undefined && f.minLength > f.maxLength) {
    out.push(['minLength', `minLength (${f.minLength}) exceeds maxLength (${f.maxLength})`]);
  }
  if (f.minDaysFromToday !== undefined && f.maxDaysFromToday !== undefined && f.minDaysFromToday > f.maxDaysFromToday) {
    out.push(['minDaysFromToday', `minDaysFromToday (${f.minDaysFromToday}) exceeds maxDaysFromToday (${f.maxDaysFromToday})`]);
  }
  if (f.type === 'select') {
    const options = f.options ?? [];
    if (options.length < 2) out.push(['options', `select "${f.key}" needs at least 2 options`]);
    const values = new Set<string>();
    for (const o of options) {
      if (values.has(o.value)) out.push(['options', `select "${f.key}" has the option value "${o.value}" twice`]);
      values.add(o.value);
    }
  }
  if (f.prefill !== undefined && !PREFILL_TYPES[f.prefill].includes(f.type)) {
    out.push(['prefill', `prefill ${f.prefill} does not fit a ${f.type} field (use ${PREFILL_TYPES[f.prefill].join(' or ')})`]);
  }
  if (f.locked && f.prefill === undefined) out.push(['locked', `locked field "${f.key}" has no prefill: nothing could ever fill it`]);
  if (f.locked && f.visibleWhen) out.push(['locked', `locked field "${f.key}" cannot depend on another field`]);
  return out;
}

/** `section.field` */
const fieldPath = z.string().regex(/^[a-z][A-Za-z0-9]*\.[a-z][A-Za-z0-9]*$/, { error: 'a rule names fields as section.field' });
const ruleSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('order'), earlier: fieldPath, later: fieldPath, message: text }),
  z.strictObject({ kind: z.literal('sum'), parts: fieldPath, total: fieldPath, message: text }),
  z.strictObject({ kind: z.literal('refuse'), field: fieldPath, value: z.string().min(1), message: text }),
]);

/** The field a rule path names, and whether its section repeats. */
function fieldAt(form: { sections: Array<z.infer<typeof sectionSchema>> }, path: string): { field: FieldData; repeated: boolean } | undefined {
  const [sectionKey, fieldKey] = path.split('.');
  const section = form.sections.find((s) => s.key === sectionKey);
  const field = section?.fields.find((f) => f.key === fieldKey);
  return section && field ? { field, repeated: section.repeat !== undefined } : undefined;
}

/** What a rule's fields must be: dates to order, money to sum (parts repeated, total not), a select's option to refuse. */
function ruleProblems(form: { sections: Array<z.infer<typeof sectionSchema>> }, rule: z.infer<typeof ruleSchema>): string[] {
  const need = (path: string, types: readonly FieldType[], repeated: boolean): string[] => {
    const found = fieldAt(form, path);
    if (!found) return [`${path} is no field of this form`];
    const out: string[] = [];
    if (!types.includes(found.field.type)) out.push(`${path} is a ${found.field.type} field, not ${types.join(' or ')}`);
    if (found.repeated !== repeated) out.push(`${path} must ${repeated ? '' : 'not '}be in a repeated section`);
    return out;
  };
  switch (rule.kind) {
    case 'order':
      return [...need(rule.earlier, ['date'], false), ...need(rule.later, ['date'], false)];
    case 'sum':
      return [...need(rule.parts, ['money', 'number'], true), ...need(rule.total, ['money', 'number'], false)];
    case 'refuse': {
      const problems = need(rule.field, ['select'], false);
      const found = fieldAt(form, rule.field);
      if (problems.length === 0 && !found?.field.options?.some((o) => o.value === rule.value)) problems.push(`${rule.value} is not an option of ${rule.field}`);
      return problems;
    }
  }
}

export const formSchema = z
  .strictObject({
    id: slug,
    title: text,
    sections: z.array(sectionSchema).min(1),
    rules: z.array(ruleSchema).optional(),
  })
  .superRefine((form, ctx) => {
    const sectionKeys = new Set<string>();
    form.sections.forEach((section, s) => {
      if (sectionKeys.has(section.key)) ctx.addIssue({ code: 'custom', path: ['sections', s, 'key'], message: `duplicate section key "${section.key}"` });
      sectionKeys.add(section.key);
      if (section.repeat && section.repeat.min > section.repeat.max) {
        ctx.addIssue({ code: 'custom', path: ['sections', s, 'repeat', 'min'], message: `repeat.min (${section.repeat.min}) exceeds repeat.max (${section.repeat.max})` });
      }
      const earlier = new Map<string, FieldData>();
      section.fields.forEach((field, i) => {
        const at = (prop?: string): Array<string | number> => ['sections', s, 'fields', i, ...(prop ? [prop] : [])];
        const name = `${section.key}.${field.key}`;
        if (earlier.has(field.key)) ctx.addIssue({ code: 'custom', path: at('key'), message: `duplicate field key "${name}"` });
        for (const [prop, message] of fieldProblems(field)) ctx.addIssue({ code: 'custom', path: at(prop), message: `${name}: ${message}` });
        if (field.visibleWhen) {
          const other = earlier.get(field.visibleWhen.field);
          if (!other) {
            ctx.addIssue({ code: 'custom', path: at('visibleWhen'), message: `${name}: visibleWhen names "${field.visibleWhen.field}", which is no earlier field of section "${section.key}"` });
          } else if (other.type !== 'select') {
            ctx.addIssue({ code: 'custom', path: at('visibleWhen'), message: `${name}: visibleWhen names "${other.key}", a ${other.type} field, not a select` });
          } else {
            for (const v of field.visibleWhen.in) {
              if (!other.options?.some((o) => o.value === v)) {
                ctx.addIssue({ code: 'custom', path: at('visibleWhen'), message: `${name}: visibleWhen value "${v}" is not an option of "${other.key}"` });
              }
            }
          }
        }
        earlier.set(field.key, field);
      });
    });
    (form.rules ?? []).forEach((rule, r) => {
      for (const message of ruleProblems(form, rule)) ctx.addIssue({ code: 'custom', path: ['rules', r], message: `rule ${rule.kind}: ${message}` });
    });
  });

/** One parsed form. The check makes it an ApplicationForm, so the app and validate.ts take it as it is. */
export type FormSpec = AssignableTo<z.infer<typeof formSchema>, ApplicationForm>;
/** …and every ApplicationForm is a valid shape: a new optional property of the model cannot be forgotten here. */
export type FormSchemaCoversModel = AssignableTo<ApplicationForm, z.input<typeof formSchema>>;
type AssignableTo<T extends U, U> = T;

export const manifestSchema = z.strictObject({
  $comment: z.string().optional(),
  /** the form of every item without one of its own */
  general: slug,
  /** in this order: catalog item name → form slug (several names may share a form) */
  items: z.array(z.strictObject({ name: text, form: slug })).min(1),
});
export type FormManifest = z.infer<typeof manifestSchema>;

/** One form file's content, validated. `file` names it in the error. */
export function parseForm(data: unknown, file: string): FormSpec {
  return parseDataFile(formSchema, data, 'form', file);
}

export function parseFormManifest(data: unknown, file: string): FormManifest {
  return parseDataFile(manifestSchema, data, 'form', file);
}
