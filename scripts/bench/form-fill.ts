/**
 * A valid answer to any application form, and a small real PDF: what the bench's drafts are
 * filled with. The same rules as the mock tests' `fillForm` (test/support), kept here so the bench
 * does not depend on the test tree; if validate.ts learns a new check, a bench save reports the
 * draft's problems instead of timing a refused submit.
 */
import type { ApplicationForm, FieldValue, FormField, FormValues, SectionValues } from '../../src/shared/forms/types';
import { creditCodeCheckCharacter, idCheckCharacter } from '../../src/shared/identity/checks';

/** A one-page PDF, padded with a comment to `size` bytes. */
export function pdfBytes(size = 2000): Buffer {
  const head = '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n';
  const tail = 'trailer<</Root 1 0 R>>\n%%EOF\n';
  const pad = Math.max(0, size - head.length - tail.length - 2);
  return Buffer.from(`${head}%${'x'.repeat(pad)}\n${tail}`, 'latin1');
}

function withCheck(first17: string, check: (s: string) => string): string {
  return first17 + check(first17);
}

function addDaysTo(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** A value every check of validate.ts accepts for this field. */
function validValue(field: FormField, today: string, uploadId: string): FieldValue {
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'address': {
      const base = field.type === 'address' ? '九龙坡区兴胜路18号2单元' : '测试填写的内容';
      const min = field.minLength ?? 1;
      const max = field.maxLength ?? (field.type === 'textarea' ? 500 : 100);
      return base.repeat(Math.ceil(min / base.length) + 1).slice(0, Math.min(max, Math.max(min, base.length)));
    }
    case 'number':
    case 'money': {
      const value = field.min !== undefined ? Math.max(field.min, Math.min(field.max ?? field.min, Math.ceil(field.min))) : 1;
      return String(field.max !== undefined ? Math.min(value, field.max) : value);
    }
    case 'date':
      return addDaysTo(today, Math.max(field.minDaysFromToday ?? 0, Math.min(1, field.maxDaysFromToday ?? 1)));
    case 'select':
      return field.options?.[0]?.value ?? '';
    case 'division':
      return '500107001004'.slice(0, field.divisionDepth === 'district' ? 6 : field.divisionDepth === 'township' ? 9 : 12);
    case 'phone':
      return '13800138000';
    case 'id_number':
      return withCheck('50010719900101123', idCheckCharacter);
    case 'credit_code':
      return withCheck('91500107MA5U7C8J2', creditCodeCheckCharacter);
    case 'plate':
      return '渝A12345';
    case 'checkbox':
      return true;
    case 'file':
      return uploadId;
  }
}

/** Values for every visible, unlocked, not prefilled field (and the minimum of each repeated section). */
export function fillForm(form: ApplicationForm, today: string, uploadId: string): FormValues {
  const values: FormValues = {};
  for (const section of form.sections) {
    const entry = (): SectionValues => {
      const out: SectionValues = {};
      for (const field of section.fields) {
        if (field.locked || field.prefill) continue;
        if (field.visibleWhen && !field.visibleWhen.in.includes(String(out[field.visibleWhen.field] ?? ''))) continue;
        out[field.key] = validValue(field, today, uploadId);
      }
      return out;
    };
    values[section.key] = section.repeat ? Array.from({ length: Math.max(1, section.repeat.min) }, entry) : entry();
  }
  return values;
}
