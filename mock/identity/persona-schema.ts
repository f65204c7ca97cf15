/**
 * The zod schema of one seeded persona file (personas/<id>.json). It mirrors `PersonaSeed`
 * (personas.ts) field by field, takes its value lists from the shared API contract, rejects
 * unknown keys and checks what a type cannot say: GB 11643 ID numbers, phones, plates, credit
 * codes, dates, division codes and unique keys. Seed data is code: a wrong digit stops the start.
 */
import { z } from 'zod';
import { parseDataFile } from '../server/data-file';
import { CERTIFICATE_KINDS, PERSONA_IDS, TRUST_LEVELS } from '../../src/shared/api/identity';
import { creditCodeError, idNumberError, phoneError, plateError } from '../../src/shared/identity/checks';
import type { FieldMask } from './model';
import type { PersonaSeed } from './personas';

export const FIELD_MASKS = ['name', 'idNumber', 'address', 'number', 'none'] as const;
export const COMPANY_STATUSES = ['registering', 'active'] as const;

/** Shown text: not empty, no stray whitespace at either end. */
const text = z
  .string()
  .min(1)
  .refine((s) => s.trim() === s, { error: 'leading or trailing whitespace' });
/** A key inside one persona (certificate, company): an identifier such as `id_card`. */
const key = z.string().regex(/^[a-z][a-z0-9_]*$/, { error: 'key must be lower-case letters, digits and _' });
/** A check from src/shared/identity/checks.ts: its Chinese message becomes the issue. */
const checked = (check: (s: string) => string | null) =>
  z.string().superRefine((s, ctx) => {
    const problem = check(s) ?? (s.trim() === s ? null : 'leading or trailing whitespace');
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
/** 18 characters, GB 11643 check digit, upper-case X. Births are bounded by the persona's dates below. */
const idNumber = checked((s) => idNumberError(s, new Date(Date.UTC(2999, 0, 1))) ?? (s === s.toUpperCase() ? null : 'write the check character as upper-case X'));
const date = z.iso.date();
/** A village or community (12 digits): where the persona lives. */
const addressDivision = z.string().regex(/^\d{12}$/, { error: 'residence division code must be 12 digits (village/community)' });
/** A district, township or village (6, 9 or 12 digits), as halls and companies are placed. */
const divisionCode = z.string().regex(/^(\d{6}|\d{9}|\d{12})$/, { error: 'division code must be 6, 9 or 12 digits' });

const fieldSchema = z.strictObject({ label: text, value: text, mask: z.enum(FIELD_MASKS) });

const certificateSchema = z
  .strictObject({
    key,
    kind: z.enum(CERTIFICATE_KINDS),
    name: text,
    number: text,
    numberMask: z.enum(FIELD_MASKS),
    issuer: text,
    issuedOn: date,
    validUntil: date.optional(),
    trustLevel: z.enum(TRUST_LEVELS),
    fields: z.array(fieldSchema).min(1),
  })
  .superRefine((c, ctx) => {
    // an ID number on a certificate belongs to someone born before it was issued
    const issued = new Date(`${c.issuedOn}T00:00:00Z`);
    const idProblem = (s: string) => idNumberError(s, issued);
    if (c.numberMask === 'idNumber') {
      const problem = idProblem(c.number);
      if (problem) ctx.addIssue({ code: 'custom', path: ['number'], message: problem });
    }
    if (c.kind === 'vehicle_licence') {
      const problem = plateError(c.number);
      if (problem) ctx.addIssue({ code: 'custom', path: ['number'], message: problem });
    }
    c.fields.forEach((f, i) => {
      const problem = f.mask === 'idNumber' ? idProblem(f.value) : null;
      if (problem) ctx.addIssue({ code: 'custom', path: ['fields', i, 'value'], message: problem });
    });
    if (c.validUntil !== undefined && c.validUntil <= c.issuedOn) {
      ctx.addIssue({ code: 'custom', path: ['validUntil'], message: `validUntil (${c.validUntil}) is not after issuedOn (${c.issuedOn})` });
    }
  });

const companySchema = z.strictObject({
  key,
  name: text,
  status: z.enum(COMPANY_STATUSES),
  divisionCode,
  creditCode: checked(creditCodeError).optional(),
});

export const personaSchema = z
  .strictObject({
    id: z.enum(PERSONA_IDS),
    displayName: text,
    summary: text,
    name: text.optional(),
    idNumber: idNumber.optional(),
    phone: checked(phoneError),
    verifiedAt: z.iso.datetime({ offset: true }).optional(),
    address: z.strictObject({ divisionCode: addressDivision, detail: text }).optional(),
    companies: z.array(companySchema),
    certificates: z.array(certificateSchema),
    /** the hall (its division code) whose window this persona works at */
    clerkOfHall: divisionCode.optional(),
  })
  .superRefine((p, ctx) => {
    // real-name verification sets these three together; certificates need a verified holder
    const verified = [p.name, p.idNumber, p.verifiedAt].filter((v) => v !== undefined).length;
    if (verified !== 0 && verified !== 3) {
      ctx.addIssue({ code: 'custom', path: [p.verifiedAt === undefined ? 'verifiedAt' : p.idNumber === undefined ? 'idNumber' : 'name'], message: 'name, idNumber and verifiedAt go together (a verified persona has all three)' });
    }
    if (p.idNumber && p.verifiedAt) {
      const problem = idNumberError(p.idNumber, new Date(p.verifiedAt));
      if (problem) ctx.addIssue({ code: 'custom', path: ['idNumber'], message: problem });
    }
    if (p.certificates.length > 0 && p.name === undefined) {
      ctx.addIssue({ code: 'custom', path: ['certificates'], message: 'certificates need a verified persona (their holder is `name`)' });
    }
    const unique = (list: ReadonlyArray<{ key: string }>, field: 'companies' | 'certificates') => {
      const seen = new Set<string>();
      list.forEach((item, i) => {
        if (seen.has(item.key)) ctx.addIssue({ code: 'custom', path: [field, i, 'key'], message: `duplicate key "${item.key}"` });
        seen.add(item.key);
      });
    };
    unique(p.companies, 'companies');
    unique(p.certificates, 'certificates');
  });

/** One parsed persona. The check makes it a PersonaSeed, so everything downstream stays as it was. */
export type ParsedPersona = AssignableTo<z.infer<typeof personaSchema>, PersonaSeed>;
/** …and the schema names every PersonaSeed field (a new optional field cannot be forgotten here). */
export type PersonaCoversSeed = AssignableTo<Exclude<keyof PersonaSeed, keyof ParsedPersona>, never>;
/** FIELD_MASKS is exactly FieldMask (model.ts), both ways. */
export type FieldMasksMatch = [AssignableTo<FieldMask, (typeof FIELD_MASKS)[number]>, AssignableTo<(typeof FIELD_MASKS)[number], FieldMask>];
type AssignableTo<T extends U, U> = T;

/** One persona file's content, validated, or one error naming `file` and the path of every bad field. */
export function parsePersona(data: unknown, file: string): ParsedPersona {
  return parseDataFile(personaSchema, data, 'persona', file);
}
