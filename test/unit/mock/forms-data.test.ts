/**
 * The application forms as data (mock/applications/forms/): every file validates, the manifest
 * names real catalog items, each hand-designed form accepts a realistic filled-in form and refuses
 * one wrong value per field at that field's path, and broken data is rejected naming the field.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { APPLICATION_FORMS, FORMS_DIR, GENERAL_FORM, ITEM_NAMES_WITH_FORMS, formForItemName, loadForms } from '../../../mock/applications/forms';
import { parseForm } from '../../../mock/applications/forms/schema';
import { buildDivisionTree, loadDivisionsFile } from '../../../mock/halls/divisions';
import { sharedStores } from '../../../mock/world';
import { COMPANY_NAME_FIELD, checkCompanyName } from '../../../src/shared/forms/company-name';
import { OVER_LIMIT_FORM_ID, overLimitFromValues } from '../../../src/shared/forms/over-limit';
import { FIELD_TYPES } from '../../../src/shared/forms/types';
import type { ApplicationForm, FieldValue, FormField, FormValues, SectionValues } from '../../../src/shared/forms/types';
import { isVisible, validateForm } from '../../../src/shared/forms/validate';
import { creditCodeCheckCharacter, idCheckCharacter } from '../../../src/shared/identity/checks';

const FORM_FILES = readdirSync(FORMS_DIR).filter((f) => f.endsWith('.json') && f !== 'manifest.json');
const readForm = (file: string): Record<string, unknown> => JSON.parse(readFileSync(path.join(FORMS_DIR, file), 'utf8')) as Record<string, unknown>;

const TODAY = '2026-12-02';
const tree = buildDivisionTree(loadDivisionsFile());
const ctx = { today: TODAY, isDivision: (code: string) => tree.byCode.has(code) };

/** SAMPLE identity numbers with valid check characters. */
const id = (first17: string): string => first17 + idCheckCharacter(first17);
const YU = id('51010719850312135');
const TIAN = id('50024319780521071');
const TU = id('50023619900615062');
const CREDIT = ((first17: string) => first17 + creditCodeCheckCharacter(first17))('91500107MA5U0Q8K1');

const applicant = (name: string, idNumber: string, phone: string): SectionValues => ({ name, idNumber, phone });

/** Every hand-designed form, filled in as a citizen would (SAMPLE values, real division codes). */
const SAMPLES: Record<string, FormValues> = {
  'company-registration': {
    applicant: applicant('喻明远', YU, '13912345678'),
    company: { name: '重庆明远商贸有限公司', companyType: 'llc', registeredCapital: '100', operatingTerm: 'fixed', operatingYears: '30' },
    domicile: { division: '500107001004', detail: '兴胜路28号2单元5-1' },
    scope: { businessScope: '日用百货销售；五金产品零售；文具用品零售' },
    shareholders: [
      { name: '喻明远', idType: 'id_card', idNumber: YU, subscribed: '60', method: 'currency', deadline: '2031-06-30' },
      { name: '重庆远达投资有限公司', idType: 'credit_code', creditCode: CREDIT, subscribed: '40', method: 'in_kind', deadline: '2027-12-31' },
    ],
    legalRepresentative: { name: '喻明远', idNumber: YU, position: 'manager', phone: '13912345678' },
  },
  'oversize-transport-permit': {
    applicant: applicant('田兴华', TIAN, '13512345678'),
    carrier: { name: '彭水县兴华运输有限公司', transportLicence: '渝交运管许可彭字500243000123号' },
    vehicle: { plate: '渝H38261', kind: 'combination', trailerPlate: '渝H1234挂', driveAxle: 'tandem', axles: '6', model: '解放CA4250P66K24T1A1E5' },
    cargo: { name: '变压器', divisible: 'indivisible', totalMass: '58.5', length: '17.50', width: '3.20', height: '4.10' },
    route: { from: '500243106', to: '500107001', routeDescription: '经G65包茂高速、G50沪渝高速至九龙坡区，途经乌江大桥', startDate: '2026-12-10', endDate: '2026-12-12' },
  },
  'social-security-card': {
    applicant: { ...applicant('涂丽丽', TU, '13812345678'), address: '夔门街道宝塔坪社区夔门路16号' },
    card: { applyType: 'reissue', lossReported: true, personType: 'employee', pickupPlace: '500236003' },
  },
  'residence-permit': {
    applicant: applicant('喻明远', YU, '13912345678'),
    residence: { division: '500107001004', detail: '兴胜路28号2单元5-1', since: '2025-03-01', reason: 'employment', employer: '重庆明远商贸有限公司' },
    origin: { hukouAddress: '四川省成都市武侯区浆洗街12号' },
  },
  'housing-fund-withdrawal': {
    applicant: applicant('喻明远', YU, '13912345678'),
    withdrawal: { reason: 'rent', houseAddress: '重庆市九龙坡区兴胜路28号2单元5-1', monthlyRent: '1800', amount: '21600' },
    payee: { bank: 'cqrcb', cardNumber: '6214123412341234' },
  },
  'sole-trader-registration': {
    applicant: applicant('涂丽丽', TU, '13812345678'),
    business: { tradeName: '奉节县丽丽副食店', composition: 'family', familyMembers: '王强', businessScope: '食品销售（仅销售预包装食品）；日用百货销售', capital: '5', employees: '2' },
    premises: { kind: 'physical', division: '500236003001', detail: '宝塔坪社区夔门路16号' },
  },
  'minimum-living-allowance': {
    applicant: { ...applicant('田兴华', TIAN, '13512345678'), address: '黄家镇光辉村3组12号' },
    household: { hukouDivision: '500243106200', applyAs: 'family', familySize: '3', monthlyIncome: '1200', reason: '家中主要劳动力因病无法务工，收入微薄', declaration: true },
  },
  passport: {
    applicant: applicant('涂丽丽', TU, '13812345678'),
    application: { category: 'renew', renewReason: 'expiring', oldPassportNumber: 'EA1234567', purpose: 'tourism', destination: '新加坡' },
    emergencyContact: { name: '王强', phone: '13712345678' },
  },
  'birth-registration': {
    applicant: applicant('喻明远', YU, '13912345678'),
    newborn: { name: '喻小远', gender: 'male', birthDate: '2026-11-20', ethnicity: '汉族', certificateNumber: 'Q500123456' },
    household: { division: '500107001004', follow: 'father', headName: '喻明远', relation: 'son' },
  },
  'driving-licence-renewal': {
    applicant: applicant('田兴华', TIAN, '13512345678'),
    licence: { reason: 'expiry', vehicleClass: 'a2', fileNumber: '500100123456' },
    medical: { examDate: '2026-11-15', institution: '彭水苗族土家族自治县人民医院' },
  },
  'id-card-reissue': {
    applicant: applicant('田兴华', TIAN, '13512345678'),
    reissue: { reason: 'lost', lostDate: '2026-11-28', lostPlace: '解放碑步行街', reported: true },
  },
  general: {
    applicant: { phone: '13512345678' },
    request: { description: '申请办理本事项，相关材料已按办事指南准备齐全。', note: '' },
  },
};

/** One wrong value for a field, by its type and bounds. */
function wrongValue(field: FormField): FieldValue {
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'address':
      return '字'.repeat((field.maxLength ?? (field.type === 'textarea' ? 500 : 100)) + 1);
    case 'date':
      return '2026-02-30';
    case 'number':
    case 'money':
      return field.max !== undefined ? String(field.max + 1) : '1.2.3';
    case 'select':
      return 'not_an_option';
    case 'division':
      return '500';
    case 'phone':
      return '1381234567';
    case 'id_number':
      return `${YU.slice(0, 17)}${YU[17] === '0' ? '1' : '0'}`;
    case 'credit_code':
      return '91500107MA5U0Q8K1I';
    case 'plate':
      return '渝I12345';
    case 'checkbox':
      return 'yes';
    case 'file':
      return 'not-an-upload';
  }
}

/** Every filled-in, visible field of a sample: [path, section key, entry index or undefined, field]. */
function visibleFields(form: ApplicationForm, values: FormValues): Array<[string, string, number | undefined, FormField]> {
  const out: Array<[string, string, number | undefined, FormField]> = [];
  for (const section of form.sections) {
    const raw = values[section.key];
    const entries = Array.isArray(raw) ? raw : raw ? [raw] : [];
    entries.forEach((entry, i) => {
      for (const field of section.fields) {
        if (!isVisible(field, entry) || entry[field.key] === undefined || entry[field.key] === '') continue;
        const index = section.repeat ? i : undefined;
        out.push([index === undefined ? `${section.key}.${field.key}` : `${section.key}.${i}.${field.key}`, section.key, index, field]);
      }
    });
  }
  return out;
}

function withValue(values: FormValues, section: string, index: number | undefined, key: string, value: FieldValue): FormValues {
  const raw = values[section];
  if (Array.isArray(raw)) return { ...values, [section]: raw.map((e, i) => (i === index ? { ...e, [key]: value } : e)) };
  return { ...values, [section]: { ...raw, [key]: value } };
}

describe('form files', () => {
  it('are one per form, each with a readable ASCII slug, every one loaded', () => {
    expect(FORM_FILES).toHaveLength(12);
    for (const f of FORM_FILES) expect(f).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*\.json$/);
    expect([...APPLICATION_FORMS.keys()].sort()).toEqual(FORM_FILES.map((f) => f.slice(0, -5)).sort());
  });

  it.each(FORM_FILES)('%s validates', (file) => {
    expect(() => parseForm(readForm(file), file)).not.toThrow();
  });

  it('take identity fields from the real-name profile, name and ID number locked', () => {
    for (const form of APPLICATION_FORMS.values()) {
      for (const section of form.sections) {
        for (const field of section.fields) {
          if (section.key === 'applicant' && (field.prefill === 'applicant.name' || field.prefill === 'applicant.idNumber')) expect(field.locked).toBe(true);
          if (field.prefill === 'applicant.phone' || field.prefill === 'applicant.address') expect(field.locked).toBeUndefined();
        }
      }
    }
  });
});

describe('manifest', () => {
  const basics = sharedStores().catalog.basics;
  const names = new Set(basics.map((b) => b.spec.name));

  it('names catalog items exactly', () => {
    expect(ITEM_NAMES_WITH_FORMS.filter((n) => !names.has(n))).toEqual([]);
  });

  it('gives the named items their own forms, the district company registration the city one, every other item the general form', () => {
    expect(formForItemName('企业设立登记').id).toBe('company-registration');
    expect(formForItemName('企业设立登记（区县级）')).toBe(formForItemName('企业设立登记'));
    expect(formForItemName('超限运输车辆行驶公路许可').id).toBe(OVER_LIMIT_FORM_ID);
    expect(formForItemName('出生登记').id).toBe('birth-registration');
    expect(formForItemName('结婚登记')).toBe(GENERAL_FORM);
    expect(formForItemName('没有这个事项')).toBe(GENERAL_FORM);
    const own = basics.filter((b) => formForItemName(b.spec.name) !== GENERAL_FORM).map((b) => b.spec.name);
    expect(new Set(own)).toEqual(new Set(ITEM_NAMES_WITH_FORMS));
  });
});

describe('filled in', () => {
  const forms = [...APPLICATION_FORMS.values()];

  it('has a sample for every form', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual(forms.map((f) => f.id).sort());
  });

  it.each(forms.map((f) => [f.id, f] as const))('%s accepts the sample', (formId, form) => {
    expect(validateForm(form, SAMPLES[formId], ctx)).toEqual({});
  });

  it.each(forms.map((f) => [f.id, f] as const))('%s refuses one wrong value per field, at its path', (formId, form) => {
    const sample = SAMPLES[formId];
    const fields = visibleFields(form, sample);
    expect(fields.length).toBeGreaterThan(0);
    for (const [pathOf, section, index, field] of fields) {
      const errors = validateForm(form, withValue(sample, section, index, field.key, wrongValue(field)), ctx);
      expect([pathOf, Object.keys(errors)]).toEqual([pathOf, [pathOf]]);
    }
  });

  it.each(forms.map((f) => [f.id, f] as const))('%s refuses dates and numbers just outside their bounds', (formId, form) => {
    const sample = SAMPLES[formId];
    for (const [pathOf, section, index, field] of visibleFields(form, sample)) {
      const outside: string[] = [];
      if (field.type === 'date' && field.maxDaysFromToday !== undefined) {
        const d = new Date(`${TODAY}T00:00:00Z`);
        d.setUTCDate(d.getUTCDate() + field.maxDaysFromToday + 1);
        outside.push(d.toISOString().slice(0, 10));
      }
      if (field.type === 'date' && field.minDaysFromToday !== undefined) {
        const d = new Date(`${TODAY}T00:00:00Z`);
        d.setUTCDate(d.getUTCDate() + field.minDaysFromToday - 1);
        outside.push(d.toISOString().slice(0, 10));
      }
      if ((field.type === 'number' || field.type === 'money') && field.min !== undefined && field.min > 0) {
        outside.push(String(field.min / 2));
      }
      for (const value of outside) {
        const errors = validateForm(form, withValue(sample, section, index, field.key, value), ctx);
        expect([pathOf, value, Object.keys(errors)]).toEqual([pathOf, value, [pathOf]]);
      }
    }
  });

  it('the samples exercise every field type the forms use, and the forms use every type but file', () => {
    const used = new Set(forms.flatMap((f) => f.sections.flatMap((s) => s.fields.map((x) => x.type))));
    const exercised = new Set(forms.flatMap((f) => visibleFields(f, SAMPLES[f.id]).map(([, , , field]) => field.type)));
    expect([...used].sort()).toEqual(FIELD_TYPES.filter((t) => t !== 'file').sort());
    expect([...exercised].sort()).toEqual([...used].sort());
  });

  it('names every missing required field of a blank form', () => {
    for (const form of forms) {
      const errors = validateForm(form, {}, ctx);
      for (const section of form.sections.filter((s) => !s.repeat)) {
        for (const field of section.fields.filter((f) => f.required && !f.visibleWhen && f.type !== 'checkbox')) {
          expect(errors[`${section.key}.${field.key}`]).toMatch(/^请(填写|选择|上传)/);
        }
      }
    }
  });

  it('company registration: the name check and 1–50 shareholders', () => {
    const form = formForItemName('企业设立登记');
    const [section, key] = COMPANY_NAME_FIELD.path.split('.');
    expect(form.id).toBe(COMPANY_NAME_FIELD.formId);
    expect(form.sections.find((s) => s.key === section)?.fields.find((f) => f.key === key)?.prefill).toBe('company.name');
    const company = SAMPLES['company-registration'].company as SectionValues;
    expect(checkCompanyName(company.name as string).ok).toBe(true);
    expect(form.sections.find((s) => s.key === 'shareholders')?.repeat).toEqual({ min: 1, max: 50, itemLabel: '股东' });
    expect(validateForm(form, { ...SAMPLES['company-registration'], shareholders: [] }, ctx)).toEqual({ shareholders: '请至少添加1个股东' });
  });

  it('over-limit transport: the sample is classified from the form values', () => {
    expect(overLimitFromValues(SAMPLES[OVER_LIMIT_FORM_ID])).toEqual({
      over: true,
      reasons: ['车货总高4.1米，超过限值4米', '车货总宽3.2米，超过限值2.55米', '车货总质量58.5吨，超过6轴及以上车辆限值49吨'],
      class: '二类',
      decisionDays: 5,
    });
  });

  it('housing fund: the fields of the chosen reason are asked, the others not', () => {
    const form = formForItemName('住房公积金提取');
    const purchase = withValue(SAMPLES['housing-fund-withdrawal'], 'withdrawal', undefined, 'reason', 'purchase');
    expect(validateForm(form, purchase, ctx)).toEqual({ 'withdrawal.contractNumber': '请填写购房合同或不动产权证书编号', 'withdrawal.housePrice': '请填写购房总价' });
  });

  it('birth registration: the birth date lies within the past year', () => {
    const form = formForItemName('出生登记');
    const at = (birthDate: string) => validateForm(form, withValue(SAMPLES['birth-registration'], 'newborn', undefined, 'birthDate', birthDate), ctx);
    expect(at('2025-12-02')).toEqual({});
    expect(at('2025-12-01')).toEqual({ 'newborn.birthDate': '日期不能早于2025-12-02' });
    expect(at('2026-12-03')).toEqual({ 'newborn.birthDate': '日期不能晚于2026-12-02' });
  });
});

describe('broken form data', () => {
  const company = (): ApplicationForm => JSON.parse(JSON.stringify(formForItemName('企业设立登记'))) as ApplicationForm;
  const section = (form: ApplicationForm, key: string) => {
    const s = form.sections.find((x) => x.key === key);
    if (!s) throw new Error(key);
    return s;
  };
  const problemsOf = (data: unknown): string => {
    try {
      parseForm(data, 'broken.json');
    } catch (e) {
      return (e as Error).message;
    }
    throw new Error('parsed');
  };

  it('an unknown field type, naming the field', () => {
    const form = company();
    (section(form, 'company').fields[1] as unknown as { type: string }).type = 'slider';
    expect(problemsOf(form)).toMatch(/invalid form data in broken\.json:\n {2}sections\[1\]\.fields\[1\]\.type: /);
  });

  it('a rule naming a missing field, a field of the wrong type or place, or a value no option offers', () => {
    const form = company();
    form.rules = [
      { kind: 'order', earlier: 'company.nope', later: 'shareholders.deadline', message: '顺序' },
      { kind: 'sum', parts: 'company.registeredCapital', total: 'company.registeredCapital', message: '合计' },
      { kind: 'refuse', field: 'company.companyType', value: 'nothing', message: '不能' },
    ];
    const problems = problemsOf(form);
    expect(problems).toContain('rules[0]: rule order: company.nope is no field of this form');
    expect(problems).toContain('rules[0]: rule order: shareholders.deadline must not be in a repeated section');
    expect(problems).toContain('rules[1]: rule sum: company.registeredCapital must be in a repeated section');
    expect(problems).toContain('rules[2]: rule refuse: nothing is not an option of company.companyType');
  });

  it('a duplicate field key, and a duplicate section key', () => {
    const form = company();
    section(form, 'company').fields[2].key = 'name';
    expect(problemsOf(form)).toContain('sections[1].fields[2].key: duplicate field key "company.name"');
    const twice = company();
    twice.sections[2].key = 'company';
    expect(problemsOf(twice)).toContain('sections[2].key: duplicate section key "company"');
  });

  it('a select with one option, or an option twice', () => {
    const form = company();
    const type = section(form, 'company').fields[1];
    type.options = type.options?.slice(0, 1);
    expect(problemsOf(form)).toContain('sections[1].fields[1].options: company.companyType: select "companyType" needs at least 2 options');
    const twice = company();
    const t = section(twice, 'company').fields[1];
    const [first] = t.options ?? [];
    t.options = [first, first];
    expect(problemsOf(twice)).toContain('select "companyType" has the option value "llc" twice');
  });

  it('visibleWhen naming a missing field, a later field, a non-select or a value it does not offer', () => {
    const form = company();
    const years = section(form, 'company').fields[4];
    years.visibleWhen = { field: 'term', in: ['fixed'] };
    expect(problemsOf(form)).toContain('sections[1].fields[4].visibleWhen: company.operatingYears: visibleWhen names "term", which is no earlier field of section "company"');
    years.visibleWhen = { field: 'operatingTerm', in: ['forever'] };
    expect(problemsOf(form)).toContain('visibleWhen value "forever" is not an option of "operatingTerm"');
    years.visibleWhen = { field: 'registeredCapital', in: ['1'] };
    expect(problemsOf(form)).toContain('visibleWhen names "registeredCapital", a money field, not a select');
    const shareholders = section(company(), 'shareholders');
    const later = company();
    section(later, 'shareholders').fields[1].visibleWhen = { field: shareholders.fields[5].key, in: ['currency'] };
    expect(problemsOf(later)).toContain('visibleWhen names "method", which is no earlier field of section "shareholders"');
  });

  it('bounds out of order, a number without unit, properties of another type, a prefill of the wrong type, locked without prefill', () => {
    const form = company();
    const capital = section(form, 'company').fields[2];
    capital.min = 10;
    capital.max = 1;
    delete capital.unit;
    const name = section(form, 'company').fields[0];
    name.options = [{ value: 'a', label: '甲' }, { value: 'b', label: '乙' }];
    section(form, 'legalRepresentative').fields[3].prefill = 'applicant.name';
    section(form, 'scope').fields[0].locked = true;
    const message = problemsOf(form);
    expect(message).toContain('sections[1].fields[2].min: company.registeredCapital: min (10) exceeds max (1)');
    expect(message).toContain('sections[1].fields[2].unit: company.registeredCapital: money field "registeredCapital" needs a unit');
    expect(message).toContain('sections[1].fields[0].options: company.name: "options" is not used by a text field');
    expect(message).toContain('legalRepresentative.phone: prefill applicant.name does not fit a phone field');
    expect(message).toContain('scope.businessScope: locked field "businessScope" has no prefill');
  });

  it('unknown properties', () => {
    const form = company() as unknown as { sections: Array<{ fields: Array<Record<string, unknown>> }> };
    form.sections[1].fields[0].placeholder = '请输入';
    expect(problemsOf(form)).toMatch(/sections\[1\]\.fields\[0\]: .*placeholder/);
  });
});

describe('manifest and folder', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'forms-'));
    cpSync(FORMS_DIR, dir, { recursive: true, filter: (src) => !src.endsWith('.ts') && !src.endsWith('.md') });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const manifest = (): { general: string; items: Array<{ name: string; form: string }> } =>
    JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as { general: string; items: Array<{ name: string; form: string }> };
  const writeManifest = (m: unknown) => writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(m));

  it('the copy loads as the original does', () => {
    const copy = loadForms(dir);
    expect([...copy.byId.keys()]).toEqual([...APPLICATION_FORMS.keys()]);
    expect(copy.general).toEqual(GENERAL_FORM);
  });

  it('a file that is not listed, a listed file that is missing, index.json', () => {
    writeFileSync(path.join(dir, 'extra-form.json'), readFileSync(path.join(dir, 'passport.json')));
    expect(() => loadForms(dir)).toThrow('extra-form.json is not listed in manifest.json');
    rmSync(path.join(dir, 'extra-form.json'));
    rmSync(path.join(dir, 'passport.json'));
    expect(() => loadForms(dir)).toThrow('passport.json is listed in manifest.json but missing');
    writeFileSync(path.join(dir, 'index.json'), '{}');
    expect(() => loadForms(dir)).toThrow('index.json would shadow the loader');
  });

  it('an item listed twice, and a form whose id is not its slug', () => {
    const m = manifest();
    writeManifest({ ...m, items: [...m.items, m.items[0]] });
    expect(() => loadForms(dir)).toThrow('"企业设立登记" is listed more than once');
    writeManifest(m);
    const passport = JSON.parse(readFileSync(path.join(dir, 'passport.json'), 'utf8')) as { id: string };
    writeFileSync(path.join(dir, 'passport.json'), JSON.stringify({ ...passport, id: 'passport-form' }));
    expect(() => loadForms(dir)).toThrow('passport.json: id "passport-form" must be the file\'s slug "passport"');
  });

  it('a bad field names the file and the path', () => {
    const passport = JSON.parse(readFileSync(path.join(dir, 'passport.json'), 'utf8')) as ApplicationForm;
    passport.sections[1].fields[0].type = 'dropdown' as FormField['type'];
    writeFileSync(path.join(dir, 'passport.json'), JSON.stringify(passport));
    expect(() => loadForms(dir)).toThrow(/invalid form data in .*passport\.json:\n {2}sections\[1\]\.fields\[0\]\.type/);
  });
});
