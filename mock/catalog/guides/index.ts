/**
 * The hand-written guides: one JSON file per item in this folder (an `ItemSpec` written out in
 * full), listed in order by manifest.json, read and validated once at import (server start).
 * Any bad file stops the start with its name and the path of the bad field (see schema.ts).
 *
 * Order matters: basic codes are assigned by position (build.ts), so the manifest, not the
 * directory listing, fixes each list's order. See README.md in this folder.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { readJsonFile, shownPath } from '../../server/data-file';
import type { ItemSpec } from '../spec';
import { parseGuide, parseManifest } from './schema';

export const GUIDES_DIR = __dirname;
const MANIFEST = 'manifest.json';

export interface AddedItem {
  /** name of the SAMPLE filler whose place and basic code this item takes */
  replaces: string;
  spec: ItemSpec;
}

export interface GuideLists {
  /** REAL_ITEMS minus its NAMED_ITEMS tail */
  real: ItemSpec[];
  named: ItemSpec[];
  minimumLiving: ItemSpec;
  added: AddedItem[];
}

/** Reads and validates the manifest and every guide it lists; `dir` is for tests. */
export function loadGuides(dir: string = GUIDES_DIR): GuideLists {
  const manifestFile = path.join(dir, MANIFEST);
  const manifest = parseManifest(readJsonFile(manifestFile, 'guides'), shownPath(manifestFile));
  const listed = [...manifest.real, ...manifest.named, manifest.minimumLiving, ...manifest.added.map((a) => a.guide)];

  const problems: string[] = [];
  const seen = new Set<string>();
  for (const s of listed) {
    if (seen.has(s)) problems.push(`${s} is listed more than once`);
    seen.add(s);
  }
  const files = readdirSync(dir).filter((f) => f.endsWith('.json') && f !== MANIFEST);
  // `./guides` must resolve to this module: tsx tries index.json before index.ts
  if (files.includes('index.json')) problems.push('index.json would shadow the loader: pick another slug');
  for (const f of files) if (!seen.has(f.slice(0, -'.json'.length))) problems.push(`${f} is not listed in ${MANIFEST}`);
  for (const s of listed) if (!files.includes(`${s}.json`)) problems.push(`${s}.json is listed in ${MANIFEST} but missing`);
  const replaced = new Set<string>();
  for (const a of manifest.added) {
    if (replaced.has(a.replaces)) problems.push(`"${a.replaces}" is replaced twice`);
    replaced.add(a.replaces);
  }
  if (problems.length > 0) throw new Error(`guides: manifest ${MANIFEST} does not match the folder:\n  ${problems.join('\n  ')}`);

  const bySlug = new Map<string, ItemSpec>();
  const names = new Map<string, string>();
  const formIds = new Map<string, string>();
  for (const s of listed) {
    const file = path.join(dir, `${s}.json`);
    const spec: ItemSpec = parseGuide(readJsonFile(file, 'guides'), shownPath(file));
    if (names.has(spec.name)) problems.push(`${s}.json: name "${spec.name}" is also the name of ${names.get(spec.name)}.json`);
    names.set(spec.name, s);
    spec.materials.forEach((m, i) => {
      if (!m.formDef) return;
      const other = formIds.get(m.formDef.id);
      if (other !== undefined) problems.push(`${s}.json: materials[${i}].formDef.id "${m.formDef.id}" is also used by ${other}.json`);
      formIds.set(m.formDef.id, s);
    });
    bySlug.set(s, spec);
  }
  if (problems.length > 0) throw new Error(`guides: conflicting guide files:\n  ${problems.join('\n  ')}`);

  const get = (s: string): ItemSpec => {
    const spec = bySlug.get(s);
    if (!spec) throw new Error(`guides: ${s} was not loaded`);
    return spec;
  };
  return {
    real: manifest.real.map(get),
    named: manifest.named.map(get),
    minimumLiving: get(manifest.minimumLiving),
    added: manifest.added.map((a) => ({ replaces: a.replaces, spec: get(a.guide) })),
  };
}

const LISTS = loadGuides();

/** Named items whose table rows stay in table.ts / table-ps.ts (they replace the composed spec). */
export const NAMED_ITEMS: ItemSpec[] = LISTS.named;
/** Every real city/district guide build.ts places first: the best-known items, then NAMED_ITEMS. */
export const REAL_ITEMS: ItemSpec[] = [...LISTS.real, ...NAMED_ITEMS];
/** The township guide local.ts swaps in for its row. */
export const MINIMUM_LIVING: ItemSpec = LISTS.minimumLiving;
/** Real items that each take the place and basic code of one SAMPLE filler (build.ts). */
export const ADDED_ITEMS: AddedItem[] = LISTS.added;
