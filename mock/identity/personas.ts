/**
 * The seeded demo personas (domain.md), one JSON file each in personas/ (<id>.json), read and
 * validated once at import (server start) by persona-schema.ts; a bad file stops the start with
 * its name and the path of the bad field. SAMPLE DATA: the names come from the article; ID
 * numbers, phones, addresses, certificate numbers and the company are invented, with valid
 * GB 11643 check digits and real Chongqing division codes (checked again at seeding, store.ts).
 *
 * What the codes are: yu lives in 九龙坡区 杨家坪街道 兴胜路社区 (500107001004); tian in
 * 彭水苗族土家族自治县 黄家镇 光辉村 (500243106200), and his driving licence's number is his ID
 * number, as on every 机动车驾驶证; tu in 奉节县 夔门街道 宝塔坪社区 (500236003001), and she works at
 * the 夔门街道便民服务中心 (clerkOfHall 500236003): the cases her centre handles carry her name.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { PERSONA_IDS, type CertificateKind, type PersonaId, type TrustLevel } from '../../src/shared/api/identity';
import { readJsonFile, shownPath } from '../server/data-file';
import type { FieldMask } from './model';
import { parsePersona } from './persona-schema';

export interface PersonaCertificateSeed {
  key: string;
  kind: CertificateKind;
  name: string;
  number: string;
  numberMask: FieldMask;
  issuer: string;
  issuedOn: string;
  validUntil?: string;
  trustLevel: TrustLevel;
  fields: Array<{ label: string; value: string; mask: FieldMask }>;
}

export interface PersonaSeed {
  id: PersonaId;
  displayName: string;
  summary: string;
  name?: string;
  idNumber?: string;
  phone: string;
  verifiedAt?: string;
  /** the residence address, a real village/community code */
  address?: { divisionCode: string; detail: string };
  companies: Array<{ key: string; name: string; status: 'registering' | 'active'; divisionCode: string; creditCode?: string }>;
  certificates: PersonaCertificateSeed[];
  clerkOfHall?: string;
}

export const PERSONAS_DIR = path.join(__dirname, 'personas');

/** Reads and validates one file per persona, in PERSONA_IDS order; `dir` is for tests. */
export function loadPersonas(dir: string = PERSONAS_DIR): PersonaSeed[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
  const expected = PERSONA_IDS.map((id) => `${id}.json`);
  const problems = [
    ...files.filter((f) => !expected.includes(f)).map((f) => `${f} is not a persona (PERSONA_IDS: ${PERSONA_IDS.join(', ')})`),
    ...expected.filter((f) => !files.includes(f)).map((f) => `${f} is missing`),
  ];
  if (problems.length > 0) throw new Error(`personas: ${shownPath(dir)} does not match PERSONA_IDS:\n  ${problems.join('\n  ')}`);
  return PERSONA_IDS.map((id) => {
    const file = path.join(dir, `${id}.json`);
    const shown = shownPath(file);
    // The folder listing is checked first, so a file that cannot be read here is an fs error worth showing as is.
    const seed: PersonaSeed = parsePersona(readJsonFile(file, 'personas', { readErrors: 'as-is' }), shown);
    if (seed.id !== id) throw new Error(`invalid persona data in ${shown}:\n  id: "${seed.id}" in the file named ${id}.json`);
    return seed;
  });
}

export const PERSONA_SEEDS: readonly PersonaSeed[] = loadPersonas();

export function personaSeed(id: PersonaId): PersonaSeed {
  const seed = PERSONA_SEEDS.find((p) => p.id === id);
  if (!seed) throw new Error(`no persona ${id}`);
  return seed;
}
