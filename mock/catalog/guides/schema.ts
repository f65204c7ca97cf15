/**
 * The zod schema of one hand-written guide file (guides/<slug>.json) and of the manifest
 * (guides/manifest.json). A guide file is one `ItemSpec` written out in full; the schema mirrors
 * that type field by field, takes every value list from the shared API contract, rejects unknown
 * keys and cross-checks what a type cannot say (material keys, fees, time limits, step numbers).
 */
import { z } from 'zod';
import { parseDataFile } from '../../server/data-file';
import {
  AUDIENCES,
  ITEM_TYPES,
  MATERIAL_FORMS,
  MATERIAL_MEDIA,
  MATERIAL_REQUIREMENTS,
  MATERIAL_SOURCES,
  ONLINE_DEPTHS,
  RESULT_TYPES,
} from '../../../src/shared/api/catalog';
import { HALL_LEVELS } from '../../../src/shared/api/halls';
import type { ItemSpec } from '../spec';

/** Shown text: not empty, no stray whitespace at either end. */
const text = z
  .string()
  .min(1)
  .refine((s) => s.trim() === s, { error: 'leading or trailing whitespace' });
const count = z.number().int().nonnegative();
/** A material key, referenced by situations: an identifier such as `idCard` or `old_passport`. */
const materialKey = z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/, { error: 'material key must be an identifier (letters, digits, _)' });
/** A file name without `.json`: lower-case ASCII words joined by hyphens, e.g. `id-card-reissue`. */
const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'slug must be lower-case ASCII words joined by hyphens' });

const formDefSchema = z.strictObject({
  id: slug,
  title: text,
  fields: z.array(z.tuple([text, text])).min(1),
  note: text,
});

const materialSchema = z.strictObject({
  key: materialKey,
  name: text,
  form: z.enum(MATERIAL_FORMS),
  medium: z.enum(MATERIAL_MEDIA),
  copies: z.number().int().min(1),
  requirement: z.enum(MATERIAL_REQUIREMENTS),
  source: z.enum(MATERIAL_SOURCES),
  issuer: text.optional(),
  notes: text.optional(),
  formDef: formDefSchema.optional(),
});

const situationSchema = z.strictObject({
  name: text,
  description: text,
  materials: z.array(materialKey).min(1),
});

const feeItemSchema = z.strictObject({
  name: text,
  amountYuan: z.number().nonnegative(),
  unit: text,
  basis: text,
  reduction: text.optional(),
});

const processStepSchema = z.strictObject({
  order: z.number().int(),
  name: text,
  description: text,
  timeLimit: text,
  basis: text.optional(),
});

const channelsSchema = z.strictObject({
  onlineDepth: z.literal(ONLINE_DEPTHS),
  appointment: z.boolean(),
  selfServiceTerminal: z.boolean(),
  onlinePayment: z.boolean(),
  express: z.boolean(),
  visits: count,
  visitsReason: text,
});

const faqSchema = z.strictObject({ question: text, answer: text });

export const guideSchema = z
  .strictObject({
    name: text,
    type: z.enum(ITEM_TYPES),
    level: z.enum(HALL_LEVELS),
    dept: text,
    audience: z.array(z.enum(AUDIENCES)).min(1),
    themes: z.array(text).min(1),
    aliases: z.array(text),
    popularity: z.number().int().min(0).max(100),
    // Hand-written guides are real items by definition; build.ts places real items first.
    real: z.literal(true),
    legalBasis: z.array(text).min(1),
    conditions: z.array(text).min(1),
    intermediary: z.array(text),
    statutoryDays: count,
    promisedDays: count,
    materials: z.array(materialSchema).min(1),
    situations: z.array(situationSchema).min(1),
    fees: z.strictObject({ items: z.array(feeItemSchema), note: text }),
    process: z.array(processStepSchema).min(1),
    channels: channelsSchema,
    result: z.strictObject({ name: text, type: z.enum(RESULT_TYPES), electronic: z.boolean() }),
    faq: z.array(faqSchema).min(1),
    allDistricts: z.boolean().optional(),
    townshipAccepts: z.boolean().optional(),
    ruralOnly: z.boolean().optional(),
    share: z.number().gt(0).max(1).optional(),
    resultSample: text.optional(),
  })
  .superRefine((g, ctx) => {
    const keys = new Set<string>();
    const formIds = new Set<string>();
    g.materials.forEach((m, i) => {
      if (keys.has(m.key)) ctx.addIssue({ code: 'custom', path: ['materials', i, 'key'], message: `duplicate material key "${m.key}"` });
      keys.add(m.key);
      if (m.formDef) {
        if (formIds.has(m.formDef.id)) ctx.addIssue({ code: 'custom', path: ['materials', i, 'formDef', 'id'], message: `duplicate form id "${m.formDef.id}"` });
        formIds.add(m.formDef.id);
      }
    });
    const used = new Set<string>();
    g.situations.forEach((s, i) =>
      s.materials.forEach((key, j) => {
        used.add(key);
        if (!keys.has(key)) ctx.addIssue({ code: 'custom', path: ['situations', i, 'materials', j], message: `unknown material key "${key}" (no material has it)` });
      }),
    );
    g.materials.forEach((m, i) => {
      if (!used.has(m.key)) ctx.addIssue({ code: 'custom', path: ['materials', i, 'key'], message: `material "${m.key}" is asked for in no situation` });
    });
    if (g.promisedDays > g.statutoryDays) {
      ctx.addIssue({ code: 'custom', path: ['promisedDays'], message: `promisedDays (${g.promisedDays}) exceeds statutoryDays (${g.statutoryDays})` });
    }
    g.process.forEach((step, i) => {
      if (step.order !== i + 1) ctx.addIssue({ code: 'custom', path: ['process', i, 'order'], message: `expected ${i + 1}: steps are numbered 1..n in order` });
    });
  });

/** One parsed guide. The check makes it an ItemSpec, so everything downstream stays as it was. */
export type GuideSpec = AssignableTo<z.infer<typeof guideSchema>, ItemSpec>;
/** …and the schema names every ItemSpec field (a new optional field cannot be forgotten here). */
export type GuideCoversItemSpec = AssignableTo<Exclude<keyof ItemSpec, keyof GuideSpec>, never>;
type AssignableTo<T extends U, U> = T;

export const manifestSchema = z.strictObject({
  $comment: z.string().optional(),
  /** REAL_ITEMS begins with these (the best-known items), in this order */
  real: z.array(slug).min(1),
  /** NAMED_ITEMS, which end REAL_ITEMS: named items that also have table rows */
  named: z.array(slug).min(1),
  /** MINIMUM_LIVING: the township guide local.ts swaps in for its row */
  minimumLiving: slug,
  /** ADDED_ITEMS: each guide takes the place and basic code of the SAMPLE filler `replaces` */
  added: z.array(z.strictObject({ guide: slug, replaces: text })),
});
export type GuideManifest = z.infer<typeof manifestSchema>;

/** One guide file's content, validated. `file` names it in the error. */
export function parseGuide(data: unknown, file: string): GuideSpec {
  return parseDataFile(guideSchema, data, 'guide', file);
}

export function parseManifest(data: unknown, file: string): GuideManifest {
  return parseDataFile(manifestSchema, data, 'guide', file);
}
