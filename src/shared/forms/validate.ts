/**
 * One validation of an application form's values, run by the app as the citizen types and by
 * the mock server at every save and at submit. Messages are the Chinese words shown at the
 * field. Pure: what only the server knows (that a division code exists) comes in through the
 * context.
 */
import { creditCodeError, idNumberError, phoneError, plateError } from '../identity/checks';
import type { ApplicationForm, FieldErrors, FieldValue, FormField, FormRule, FormSection, FormValues, SectionValues } from './types';

export interface ValidationContext {
  /** today's date in Beijing, YYYY-MM-DD, for date windows and ID birth dates */
  today: string;
  /** the server's check that a division code exists; the app leaves it out */
  isDivision?: (code: string) => boolean;
  /** the server's check that an upload id belongs to the citizen and is usable */
  isUpload?: (id: string) => boolean;
}

/** A section's entries: one object, or the list of a repeated section. */
export function sectionEntries(section: FormSection, values: FormValues): SectionValues[] {
  const raw = values[section.key];
  if (section.repeat) return Array.isArray(raw) ? raw : [];
  return raw && !Array.isArray(raw) ? [raw] : [{}];
}

export function isVisible(field: FormField, entry: SectionValues): boolean {
  if (!field.visibleWhen) return true;
  const other = entry[field.visibleWhen.field];
  return typeof other === 'string' && field.visibleWhen.in.includes(other);
}

const isEmpty = (v: FieldValue | undefined): boolean => v === undefined || v === '' || v === false;

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function numberProblem(field: FormField, text: string): string | null {
  const decimals = field.decimals ?? (field.type === 'money' ? 2 : 0);
  const pattern = decimals > 0 ? new RegExp(`^\\d+(\\.\\d{1,${decimals}})?$`) : /^\d+$/;
  if (!pattern.test(text)) {
    return decimals > 0 ? `请填写数字，最多${decimals}位小数` : '请填写整数';
  }
  const n = Number(text);
  const unit = field.unit ?? '';
  if (field.min !== undefined && n < field.min) return `不能小于${field.min}${unit}`;
  if (field.max !== undefined && n > field.max) return `不能大于${field.max}${unit}`;
  return null;
}

function dateProblem(field: FormField, text: string, today: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || Number.isNaN(Date.parse(`${text}T00:00:00Z`)) || new Date(`${text}T00:00:00Z`).toISOString().slice(0, 10) !== text) {
    return '请选择有效的日期';
  }
  if (field.minDaysFromToday !== undefined && text < addDays(today, field.minDaysFromToday)) {
    return field.minDaysFromToday === 0 ? '日期不能早于今天' : `日期不能早于${addDays(today, field.minDaysFromToday)}`;
  }
  if (field.maxDaysFromToday !== undefined && text > addDays(today, field.maxDaysFromToday)) {
    return `日期不能晚于${addDays(today, field.maxDaysFromToday)}`;
  }
  return null;
}

const DIVISION_DIGITS = { district: 6, township: 9, village: 12 } as const;

/** The message for one present value of a field, or null when it is fine. */
export function fieldProblem(field: FormField, value: FieldValue, ctx: ValidationContext): string | null {
  if (field.type === 'checkbox') return typeof value === 'boolean' ? null : '请勾选或取消勾选';
  if (typeof value !== 'string') return '请填写文字';
  const text = value.trim();
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'address': {
      const length = [...text].length;
      const max = field.maxLength ?? (field.type === 'textarea' ? 500 : 100);
      if (field.minLength !== undefined && length < field.minLength) return `至少填写${field.minLength}个字`;
      if (length > max) return `不能超过${max}个字`;
      return null;
    }
    case 'number':
    case 'money':
      return numberProblem(field, text);
    case 'date':
      return dateProblem(field, text, ctx.today);
    case 'select':
      return field.options?.some((o) => o.value === text) ? null : '请从选项中选择';
    case 'division': {
      const digits = DIVISION_DIGITS[field.divisionDepth ?? 'village'];
      if (!/^50\d+$/.test(text) || text.length < digits) {
        return field.divisionDepth === 'district' ? '请选择区县' : field.divisionDepth === 'township' ? '请选择到乡镇（街道）' : '请选择到村（社区）';
      }
      if (ctx.isDivision && !ctx.isDivision(text)) return '所选地区不存在，请重新选择';
      return null;
    }
    case 'phone':
      return phoneError(text);
    case 'id_number':
      return idNumberError(text, new Date(`${ctx.today}T23:59:59+08:00`));
    case 'credit_code':
      return creditCodeError(text);
    case 'plate':
      return plateError(text);
    case 'file':
      if (!/^up_[A-Za-z0-9_-]{6,40}$/.test(text)) return '请重新上传文件';
      if (ctx.isUpload && !ctx.isUpload(text)) return '文件不存在或已失效，请重新上传';
      return null;
  }
}

function requiredMessage(field: FormField): string {
  switch (field.type) {
    case 'select':
    case 'division':
    case 'date':
      return `请选择${field.label}`;
    case 'checkbox':
      return `请勾选${field.label}`;
    case 'file':
      return `请上传${field.label}`;
    default:
      return `请填写${field.label}`;
  }
}

/**
 * Every problem of the values, by field path. `partial` (drafts) checks only what is filled in:
 * a half-done draft is fine, a wrong value in it is not.
 */
export function validateForm(form: ApplicationForm, values: FormValues, ctx: ValidationContext, partial = false): FieldErrors {
  const errors: FieldErrors = {};
  for (const section of form.sections) {
    const raw = values[section.key];
    if (section.repeat) {
      const list = Array.isArray(raw) ? raw : [];
      if (raw !== undefined && !Array.isArray(raw)) errors[section.key] = `${section.title}格式不正确`;
      else if (!partial && list.length < section.repeat.min) errors[section.key] = `请至少添加${section.repeat.min}个${section.repeat.itemLabel}`;
      else if (list.length > section.repeat.max) errors[section.key] = `最多添加${section.repeat.max}个${section.repeat.itemLabel}`;
    } else if (raw !== undefined && Array.isArray(raw)) {
      errors[section.key] = `${section.title}格式不正确`;
    }
    sectionEntries(section, values).forEach((entry, index) => {
      const prefix = section.repeat ? `${section.key}.${index}` : section.key;
      const known = new Set(section.fields.map((f) => f.key));
      for (const key of Object.keys(entry)) if (!known.has(key)) errors[`${prefix}.${key}`] = '表单中没有这一项';
      for (const field of section.fields) {
        if (!isVisible(field, entry)) continue;
        const value = entry[field.key];
        const path = `${prefix}.${field.key}`;
        if (isEmpty(value)) {
          if (field.required && !partial) errors[path] = requiredMessage(field);
          continue;
        }
        const problem = fieldProblem(field, value as FieldValue, ctx);
        if (problem) errors[path] = problem;
      }
    });
  }
  for (const key of Object.keys(values)) {
    if (!form.sections.some((s) => s.key === key)) errors[key] = '表单中没有这一部分';
  }
  for (const rule of form.rules ?? []) {
    const problem = ruleProblem(rule, values, errors, partial);
    if (problem) errors[problem.path] ??= problem.message;
  }
  return errors;
}

/** The single value at `section.field` (not a repeated section), as text. */
function valueAt(values: FormValues, path: string): string | undefined {
  const [section, field] = path.split('.');
  const entry = values[section];
  if (!entry || Array.isArray(entry)) return undefined;
  const v = entry[field];
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
}

/** Money text → fen, so sums compare exactly. */
const toFen = (text: string): number => Math.round(Number(text) * 100);

/**
 * One cross-field rule, checked only on values that are present and valid on their own (a field
 * with its own error keeps that error). `partial`: a sum is checked only once every part is there.
 */
function ruleProblem(rule: FormRule, values: FormValues, errors: FieldErrors, partial: boolean): { path: string; message: string } | null {
  switch (rule.kind) {
    case 'order': {
      const earlier = valueAt(values, rule.earlier);
      const later = valueAt(values, rule.later);
      if (!earlier || !later || errors[rule.earlier] || errors[rule.later]) return null;
      return later < earlier ? { path: rule.later, message: rule.message } : null;
    }
    case 'refuse':
      return valueAt(values, rule.field) === rule.value ? { path: rule.field, message: rule.message } : null;
    case 'sum': {
      const total = valueAt(values, rule.total);
      const [section, field] = rule.parts.split('.');
      const list = values[section];
      if (!total || errors[rule.total] || !Array.isArray(list) || list.length === 0) return null;
      const parts = list.map((entry, i) => ({ value: entry[field], path: `${section}.${i}.${field}` }));
      if (parts.some((p) => errors[p.path])) return null;
      const filled = parts.filter((p): p is { value: string; path: string } => typeof p.value === 'string' && p.value.trim() !== '');
      if (filled.length < parts.length && partial) return null;
      const sum = filled.reduce((s, p) => s + toFen(p.value), 0);
      return sum === toFen(total) ? null : { path: rule.total, message: rule.message.replace('{sum}', String(sum / 100)) };
    }
  }
}
