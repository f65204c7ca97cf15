/**
 * The value limits of subscribe-message data, per field type (domain.md, "WeChat messages and
 * payment"). WeChat refuses a whole send when one value breaks its type's rule, so the citizen
 * would get nothing: every value is fitted (`fitField`) before a send and checked
 * (`fieldError`) again at the send itself.
 */
import type { TemplateFieldType, TemplateSpec } from '../../src/shared/api/messages';
import { fieldTypeOf } from '../../src/shared/api/messages';

const HAN = '\\u4e00-\\u9fa5';
/** 2026年12月2日 or 2026-12-02 */
const DATE = `(?:\\d{4}年\\d{1,2}月\\d{1,2}日|\\d{4}-\\d{2}-\\d{2})`;
/** 15:01 (24-hour) */
const CLOCK = `(?:[01]?\\d|2[0-3]):[0-5]\\d`;
/** a time: a clock time, with a date before it or not; a range joined by ~ */
const TIME_POINT = `(?:${DATE} )?${CLOCK}`;
const DATE_POINT = `${DATE}(?: ${CLOCK})?`;

const RULES: Record<TemplateFieldType, { test: (v: string) => boolean; rule: string }> = {
  thing: { test: (v) => [...v].length <= 20, rule: 'at most 20 characters' },
  character_string: { test: (v) => /^[\x21-\x7e]{1,32}$/.test(v), rule: 'at most 32 digits, letters or symbols' },
  number: { test: (v) => /^\d+(\.\d+)?$/.test(v) && v.length <= 32, rule: 'at most 32 digits' },
  letter: { test: (v) => /^[A-Za-z]{1,32}$/.test(v), rule: 'at most 32 letters' },
  phrase: { test: (v) => new RegExp(`^[${HAN}]{1,5}$`).test(v), rule: 'at most 5 Chinese characters' },
  name: { test: (v) => new RegExp(`^[${HAN}·]{1,10}$`).test(v) || /^[A-Za-z][A-Za-z ]{0,19}$/.test(v), rule: 'at most 10 Chinese characters or 20 letters' },
  phone_number: { test: (v) => /^[\d+\-()]{1,17}$/.test(v), rule: 'at most 17 digits and symbols' },
  car_number: {
    test: (v) => [...v].length <= 8 && new RegExp(`^[${HAN}A-Z0-9][A-Z0-9]*[${HAN}A-Z0-9]?$`).test(v),
    rule: 'at most 8 characters, Chinese only first or last',
  },
  amount: { test: (v) => /^[¥￥$€£]\d{1,10}(\.\d{1,2})?元?$/.test(v), rule: 'a currency sign and at most 10 digits, 元 at the end allowed' },
  time: { test: (v) => new RegExp(`^${TIME_POINT}(?:~${TIME_POINT})?$`).test(v), rule: 'a 24-hour time (15:01 or 2026年12月2日 15:01), a range joined by ~' },
  date: { test: (v) => new RegExp(`^${DATE_POINT}(?:~${DATE_POINT})?$`).test(v), rule: 'a date (2026年12月2日 or 2026-12-02, a time may follow), a range joined by ~' },
};

/** Why a value breaks its type's rule, or null when WeChat accepts it. */
export function fieldError(type: TemplateFieldType, value: string): string | null {
  if (value.length === 0) return `${type}: empty`;
  if (/[\r\n\u2028\u2029]/.test(value)) return `${type}: line break`;
  return RULES[type].test(value) ? null : `${type}: ${RULES[type].rule}, got "${value}"`;
}

const ELLIPSIS = '…';

/**
 * A value made to fit its type: line breaks and runs of spaces become one space; a `thing` that
 * is too long keeps 19 characters and an ellipsis (the citizen still recognises the item); a
 * `character_string` keeps its ASCII characters, at most 32; a `phrase` its first 5 Chinese
 * characters. Times are made with `wechatTime`. Throws when no fitting value exists (a program
 * error: the template data builder must not send it).
 */
export function fitField(type: TemplateFieldType, raw: string): string {
  let value = raw.replace(/[\r\n\u2028\u2029\t]+/g, ' ').replace(/ {2,}/g, ' ').trim();
  if (type === 'thing' && [...value].length > 20) value = [...value].slice(0, 19).join('') + ELLIPSIS;
  if (type === 'character_string') value = value.replace(/[^\x21-\x7e]/g, '').slice(0, 32);
  if (type === 'phrase') value = [...value.replace(new RegExp(`[^${HAN}]`, 'g'), '')].slice(0, 5).join('');
  const error = fieldError(type, value);
  if (error) throw new Error(`cannot fit "${raw}" as ${error}`);
  return value;
}

/** 2026年12月2日 15:01, Beijing time, as `time` and `date` fields take it. */
export function wechatTime(at: Date): string {
  const bj = new Date(at.getTime() + 8 * 3600_000);
  const hh = String(bj.getUTCHours()).padStart(2, '0');
  const mm = String(bj.getUTCMinutes()).padStart(2, '0');
  return `${bj.getUTCFullYear()}年${bj.getUTCMonth() + 1}月${bj.getUTCDate()}日 ${hh}:${mm}`;
}

export type TemplateData = Record<string, { value: string }>;

/**
 * Every problem of a send's data against its template: a field missing, a key the template does
 * not have, a value breaking its type. Empty when WeChat would accept it.
 */
export function templateDataErrors(template: TemplateSpec, data: TemplateData): string[] {
  const errors: string[] = [];
  for (const key of Object.keys(template.fields)) if (!data[key]) errors.push(`${key}: missing`);
  for (const [key, { value }] of Object.entries(data)) {
    const type = fieldTypeOf(key);
    if (!type || !(key in template.fields)) {
      errors.push(`${key}: not a field of ${template.title}`);
      continue;
    }
    const error = fieldError(type, value);
    if (error) errors.push(`${key} ${error}`);
  }
  return errors;
}

/** The template's data from raw values, each fitted to its field's type. */
export function fitTemplateData(template: TemplateSpec, raw: Record<string, string>): TemplateData {
  const data: TemplateData = {};
  for (const key of Object.keys(template.fields)) {
    const type = fieldTypeOf(key);
    if (!type) throw new Error(`template ${template.title}: field ${key} has no type`);
    data[key] = { value: fitField(type, raw[key] ?? '') };
  }
  return data;
}
