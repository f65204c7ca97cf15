/**
 * The seeded personas as data (mock/identity/personas/): every file validates, the loader reads
 * them in PERSONA_IDS order, and broken data is rejected naming the file and the field.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PERSONA_IDS } from '../../../src/shared/api/identity';
import { parsePersona } from '../../../mock/identity/persona-schema';
import { PERSONAS_DIR, PERSONA_SEEDS, loadPersonas } from '../../../mock/identity/personas';

type Json = Record<string, unknown> & {
  idNumber?: string;
  certificates: Array<Record<string, unknown> & { number: string; fields: Array<{ value: string }> }>;
};
const readPersona = (file: string): Json => JSON.parse(readFileSync(path.join(PERSONAS_DIR, file), 'utf8')) as Json;
const FILES = readdirSync(PERSONAS_DIR).filter((f) => f.endsWith('.json'));

describe('persona files', () => {
  it('are one per PERSONA_ID', () => {
    expect(FILES.sort()).toEqual(PERSONA_IDS.map((id) => `${id}.json`).sort());
  });

  it.each(FILES)('%s validates', (file) => {
    expect(() => parsePersona(readPersona(file), file)).not.toThrow();
  });

  it('are loaded in PERSONA_IDS order, as PERSONA_SEEDS', () => {
    expect(PERSONA_SEEDS.map((p) => p.id)).toEqual([...PERSONA_IDS]);
    expect(loadPersonas()).toEqual(PERSONA_SEEDS);
    expect(PERSONA_SEEDS.find((p) => p.id === 'tu')?.clerkOfHall).toBe('500236003');
  });
});

describe('broken persona data', () => {
  function rejection(mutate: (p: Json) => void): string {
    const p = readPersona('tian.json');
    mutate(p);
    try {
      parsePersona(p, 'identity/personas/tian.json');
    } catch (e) {
      return (e as Error).message;
    }
    throw new Error('the broken persona was accepted');
  }
  // the same ID number with a wrong GB 11643 check digit (…0710 is valid)
  const BAD_ID = '500243197608210711';

  it('names the file and the field of an ID number with a bad check digit', () => {
    const message = rejection((p) => {
      p.idNumber = BAD_ID;
    });
    expect(message).toContain('identity/personas/tian.json');
    expect(message).toMatch(/^ {2}idNumber: 身份证号码校验位不正确/m);
  });

  it('checks ID numbers on certificates and in their fields', () => {
    const message = rejection((p) => {
      p.certificates[1].number = BAD_ID;
      p.certificates[0].fields[5].value = BAD_ID;
    });
    expect(message).toMatch(/^ {2}certificates\[1\]\.number: 身份证号码校验位不正确/m);
    expect(message).toMatch(/^ {2}certificates\[0\]\.fields\[5\]\.value: 身份证号码校验位不正确/m);
  });

  it('rejects an unknown certificate kind', () => {
    const message = rejection((p) => {
      p.certificates[0].kind = 'library_card';
    });
    expect(message).toMatch(/^ {2}certificates\[0\]\.kind: .*"id_card"/m);
  });

  it('rejects an unknown key', () => {
    const message = rejection((p) => {
      p.nickname = '老田';
    });
    expect(message).toMatch(/^ {2}\(root\): Unrecognized key: "nickname"/m);
  });

  it('checks plates, phones and division codes', () => {
    const message = rejection((p) => {
      p.certificates[2].number = '渝I38261';
      p.phone = '1592343108';
      p.address = { divisionCode: '500243106', detail: '光辉村四组28号' };
    });
    expect(message).toMatch(/^ {2}certificates\[2\]\.number: 号牌号码第二位/m);
    expect(message).toMatch(/^ {2}phone: 手机号码应为11位/m);
    expect(message).toMatch(/^ {2}address\.divisionCode: .*12 digits/m);
  });

  it('stops the load when a file is missing or not a persona', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'personas-'));
    try {
      cpSync(PERSONAS_DIR, dir, { recursive: true });
      rmSync(path.join(dir, 'tu.json'));
      writeFileSync(path.join(dir, 'zhang.json'), '{}');
      expect(() => loadPersonas(dir)).toThrow(/zhang\.json is not a persona[\s\S]*tu\.json is missing/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
