/**
 * The one form validation both sides run: what a citizen is told at each field, and what a
 * half-done draft may contain.
 */
import type { ApplicationForm, FormValues } from '../../../src/shared/forms/types';
import { validateForm } from '../../../src/shared/forms/validate';

const FORM: ApplicationForm = {
  id: 'test-form',
  title: '测试申请表',
  sections: [
    {
      key: 'applicant',
      title: '申请人',
      fields: [
        { key: 'name', label: '姓名', type: 'text', required: true, maxLength: 20 },
        { key: 'idNumber', label: '身份证号码', type: 'id_number', required: true },
        { key: 'phone', label: '联系电话', type: 'phone', required: true },
      ],
    },
    {
      key: 'trip',
      title: '通行信息',
      fields: [
        { key: 'plate', label: '号牌号码', type: 'plate', required: true },
        { key: 'mass', label: '车货总质量', type: 'number', required: true, unit: '吨', min: 1, max: 200, decimals: 1 },
        { key: 'from', label: '起点', type: 'division', required: true, divisionDepth: 'township' },
        { key: 'start', label: '通行开始日期', type: 'date', required: true, minDaysFromToday: 0, maxDaysFromToday: 30 },
        { key: 'cargo', label: '货物类型', type: 'select', required: true, options: [{ value: 'machine', label: '机械设备' }, { value: 'other', label: '其他' }] },
        { key: 'cargoOther', label: '货物说明', type: 'text', required: true, visibleWhen: { field: 'cargo', in: ['other'] } },
      ],
    },
    {
      key: 'shareholders',
      title: '股东',
      repeat: { min: 1, max: 3, itemLabel: '股东' },
      fields: [
        { key: 'name', label: '股东名称', type: 'text', required: true },
        { key: 'capital', label: '认缴出资额', type: 'money', required: true, unit: '万元', min: 0.01 },
      ],
    },
  ],
};

const ctx = { today: '2026-12-02' };
const GOOD = {
  applicant: { name: '田兴华', idNumber: '11010519491231002X', phone: '13812345678' },
  trip: { plate: '渝H12345', mass: '49.5', from: '500243104', start: '2026-12-05', cargo: 'machine' },
  shareholders: [{ name: '喻某某', capital: '10.00' }],
};

describe('validateForm', () => {
  it('accepts a complete, correct form', () => {
    expect(validateForm(FORM, GOOD, ctx)).toEqual({});
  });

  it('names every missing required field in words, at its own path', () => {
    const errors = validateForm(FORM, {}, ctx);
    expect(errors['applicant.name']).toBe('请填写姓名');
    expect(errors['trip.from']).toBe('请选择起点');
    expect(errors['trip.start']).toBe('请选择通行开始日期');
    expect(errors.shareholders).toBe('请至少添加1个股东');
  });

  it('lets a draft be half done, but not wrong', () => {
    expect(validateForm(FORM, { applicant: { name: '田兴华' } }, ctx, true)).toEqual({});
    expect(validateForm(FORM, { applicant: { idNumber: '110105194912310021' } }, ctx, true)).toEqual({
      'applicant.idNumber': '身份证号码校验位不正确，请逐位核对',
    });
  });

  it('checks each typed field by its own rule', () => {
    const bad = {
      ...GOOD,
      applicant: { ...GOOD.applicant, phone: '1381234567' },
      trip: { plate: '渝I12345', mass: '49.55', from: '500243', start: '2026-12-01', cargo: 'boats' },
      shareholders: [{ name: '喻某某', capital: '0' }],
    };
    expect(validateForm(FORM, bad, ctx)).toEqual({
      'applicant.phone': '手机号码应为11位',
      'trip.plate': '号牌号码第二位应为发牌机关字母，如“渝A”',
      'trip.mass': '请填写数字，最多1位小数',
      'trip.from': '请选择到乡镇（街道）',
      'trip.start': '日期不能早于今天',
      'trip.cargo': '请从选项中选择',
      'shareholders.0.capital': '不能小于0.01万元',
    });
  });

  it('checks a conditional field only when it is shown', () => {
    expect(validateForm(FORM, { ...GOOD, trip: { ...GOOD.trip, cargo: 'other' } }, ctx)).toEqual({ 'trip.cargoOther': '请填写货物说明' });
  });

  it('refuses fields and sections the form does not have, and too many entries', () => {
    const errors = validateForm(FORM, { ...GOOD, extra: { a: '1' }, applicant: { ...GOOD.applicant, salary: '1' }, shareholders: [GOOD.shareholders[0], GOOD.shareholders[0], GOOD.shareholders[0], GOOD.shareholders[0]] }, ctx);
    expect(errors).toEqual({ extra: '表单中没有这一部分', 'applicant.salary': '表单中没有这一项', shareholders: '最多添加3个股东' });
  });

  it('asks the server about divisions that only it knows', () => {
    const errors = validateForm(FORM, GOOD, { ...ctx, isDivision: (code) => code !== '500243104' });
    expect(errors).toEqual({ 'trip.from': '所选地区不存在，请重新选择' });
  });

  it('refuses dates beyond the window and impossible dates', () => {
    expect(validateForm(FORM, { ...GOOD, trip: { ...GOOD.trip, start: '2027-01-02' } }, ctx)['trip.start']).toBe('日期不能晚于2027-01-01');
    expect(validateForm(FORM, { ...GOOD, trip: { ...GOOD.trip, start: '2026-02-30' } }, ctx)['trip.start']).toBe('请选择有效的日期');
  });
});

describe('rules across fields', () => {
  const RULED: ApplicationForm = {
    id: 'ruled',
    title: '带规则的申请表',
    sections: [
      {
        key: 'company',
        title: '企业',
        fields: [
          { key: 'capital', label: '注册资本', type: 'money', required: true, unit: '万元' },
          { key: 'divisible', label: '是否可解体', type: 'select', required: true, options: [{ value: 'no', label: '不可解体' }, { value: 'yes', label: '可解体' }] },
          { key: 'start', label: '开始日期', type: 'date', required: true },
          { key: 'end', label: '结束日期', type: 'date', required: true },
        ],
      },
      { key: 'holders', title: '股东', repeat: { min: 1, max: 5, itemLabel: '股东' }, fields: [{ key: 'amount', label: '认缴出资额', type: 'money', required: true, unit: '万元' }] },
    ],
    rules: [
      { kind: 'order', earlier: 'company.start', later: 'company.end', message: '结束日期不能早于开始日期' },
      { kind: 'sum', parts: 'holders.amount', total: 'company.capital', message: '注册资本应等于认缴出资额之和（现为{sum}万元）' },
      { kind: 'refuse', field: 'company.divisible', value: 'yes', message: '可解体的物品不能办理' },
    ],
  };
  const ctx = { today: '2026-12-02' };
  const values = (company: Record<string, string>, amounts: string[]) => ({ company: { capital: '100', divisible: 'no', start: '2026-12-03', end: '2026-12-05', ...company }, holders: amounts.map((amount) => ({ amount })) });

  it('accepts values that keep every rule', () => {
    expect(validateForm(RULED, values({}, ['60', '40']), ctx)).toEqual({});
  });

  it('says at the later date when the dates are in the wrong order', () => {
    expect(validateForm(RULED, values({ end: '2026-12-02' }, ['100']), ctx)).toEqual({ 'company.end': '结束日期不能早于开始日期' });
  });

  it('says at the total when the parts do not add up, to the fen', () => {
    expect(validateForm(RULED, values({ capital: '100.01' }, ['60', '40']), ctx)).toEqual({ 'company.capital': '注册资本应等于认缴出资额之和（现为100万元）' });
    expect(validateForm(RULED, values({ capital: '0.3' }, ['0.1', '0.2']), ctx)).toEqual({});
  });

  it('refuses a value that rules the application out, at that field', () => {
    expect(validateForm(RULED, values({ divisible: 'yes' }, ['100']), ctx)).toEqual({ 'company.divisible': '可解体的物品不能办理' });
  });

  it('leaves a sum alone in a half-done draft until every part is there, and never overrides a field’s own error', () => {
    const half: FormValues = { company: { capital: '100' }, holders: [{ amount: '60' }, {}] };
    expect(validateForm(RULED, half, ctx, true)).toEqual({});
    const bad = validateForm(RULED, values({ start: '2026-13-01' }, ['100']), ctx);
    expect(bad['company.start']).toBe('请选择有效的日期');
    expect(bad['company.end']).toBeUndefined();
  });
});
