/**
 * The application forms (申请表): one JSON file per form in this folder (an `ApplicationForm`
 * written out in full), mapped from catalog item names by manifest.json, read and validated once
 * at import (server start). Any bad file stops the start with its name and the path of the bad
 * field (see schema.ts); a file that is not listed, or a listed file that is missing, too.
 *
 * `formForItemName` answers an item's own form, or the general form for every other item.
 * See README.md in this folder.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { ApplicationForm } from '../../../src/shared/forms/types';
import { readJsonFile, shownPath } from '../../server/data-file';
import { parseForm, parseFormManifest } from './schema';

export const FORMS_DIR = __dirname;
const MANIFEST = 'manifest.json';

export interface FormCatalog {
  /** the form of every item without one of its own */
  general: ApplicationForm;
  /** by catalog item name, in manifest order */
  byItemName: Map<string, ApplicationForm>;
  /** by form id (= slug), in manifest order: the general form last */
  byId: Map<string, ApplicationForm>;
}

/** Reads and validates the manifest and every form it lists; `dir` is for tests. */
export function loadForms(dir: string = FORMS_DIR): FormCatalog {
  const manifestFile = path.join(dir, MANIFEST);
  const manifest = parseFormManifest(readJsonFile(manifestFile, 'forms'), shownPath(manifestFile));

  const problems: string[] = [];
  // Load order: the item forms as the manifest first names them, then the general form.
  const slugs: string[] = [];
  for (const entry of manifest.items) if (!slugs.includes(entry.form)) slugs.push(entry.form);
  if (slugs.includes(manifest.general)) problems.push(`${manifest.general} is the general form and cannot also be an item's own form`);
  slugs.push(manifest.general);

  const names = new Set<string>();
  for (const entry of manifest.items) {
    if (names.has(entry.name)) problems.push(`"${entry.name}" is listed more than once`);
    names.add(entry.name);
  }
  const files = readdirSync(dir).filter((f) => f.endsWith('.json') && f !== MANIFEST);
  // `./forms` must resolve to this module: tsx tries index.json before index.ts
  if (files.includes('index.json')) problems.push('index.json would shadow the loader: pick another slug');
  for (const f of files) if (!slugs.includes(f.slice(0, -'.json'.length))) problems.push(`${f} is not listed in ${MANIFEST}`);
  for (const s of slugs) if (!files.includes(`${s}.json`)) problems.push(`${s}.json is listed in ${MANIFEST} but missing`);
  if (problems.length > 0) throw new Error(`forms: manifest ${MANIFEST} does not match the folder:\n  ${problems.join('\n  ')}`);

  const byId = new Map<string, ApplicationForm>();
  for (const s of slugs) {
    const file = path.join(dir, `${s}.json`);
    const form: ApplicationForm = parseForm(readJsonFile(file, 'forms'), shownPath(file));
    if (form.id !== s) problems.push(`${s}.json: id "${form.id}" must be the file's slug "${s}"`);
    byId.set(s, form);
  }
  if (problems.length > 0) throw new Error(`forms: conflicting form files:\n  ${problems.join('\n  ')}`);

  const get = (s: string): ApplicationForm => {
    const form = byId.get(s);
    if (!form) throw new Error(`forms: ${s} was not loaded`);
    return form;
  };
  return {
    general: get(manifest.general),
    byItemName: new Map(manifest.items.map((entry) => [entry.name, get(entry.form)])),
    byId,
  };
}

const FORMS = loadForms();

/** Every form, by id (= file slug): the item forms in manifest order, then the general form. */
export const APPLICATION_FORMS: ReadonlyMap<string, ApplicationForm> = FORMS.byId;
/** The catalog item names that have a form of their own, in manifest order. */
export const ITEM_NAMES_WITH_FORMS: readonly string[] = [...FORMS.byItemName.keys()];
/** The form of every item without one of its own. */
export const GENERAL_FORM: ApplicationForm = FORMS.general;

/** The application form of the catalog item with this name: its own, or the general form. */
export function formForItemName(name: string): ApplicationForm {
  return FORMS.byItemName.get(name) ?? FORMS.general;
}
