/**
 * The company-name rule check of 企业设立登记: division, 字号, industry, organisational form,
 * words that need approval or are not allowed, length.
 */
import { CHONGQING_DISTRICTS, checkCompanyName } from '../../../src/shared/forms/company-name';
import { loadDivisionsFile } from '../../../mock/halls/divisions';

describe('checkCompanyName', () => {
  it.each([
    '重庆明远商贸有限公司',
    '重庆市明远商贸有限公司',
    '重庆市九龙坡区明远商贸有限公司',
    '重庆明远网络科技有限责任公司',
    '重庆明远实业股份有限公司',
    '明远（重庆）商贸有限公司',
    '奉节县夔州餐饮管理有限公司',
    '彭水苗族土家族自治县光辉农业开发有限公司',
  ])('accepts %s', (name) => {
    expect(checkCompanyName(name)).toEqual({ ok: true, problems: [] });
  });

  it('names every missing part: 明远有限公司 has neither division nor industry', () => {
    expect(checkCompanyName('明远有限公司')).toEqual({
      ok: false,
      problems: ['企业名称应含有行政区划名称：重庆市或所在区县的名称，如：重庆明远商贸有限公司', '企业名称应含有行业或经营特点，如：商贸、科技、餐饮管理'],
    });
  });

  it('needs an organisational form of a company at the end', () => {
    expect(checkCompanyName('重庆明远商贸中心').problems).toContain('企业名称应以组织形式结尾：有限公司、有限责任公司或股份有限公司');
  });

  it('needs a 字号 of two or more characters that is not a division or an industry word', () => {
    expect(checkCompanyName('重庆明商贸有限公司').problems).toEqual(['字号应由两个以上汉字组成']);
    expect(checkCompanyName('重庆商贸有限公司').problems).toEqual(['字号应由两个以上汉字组成']);
    expect(checkCompanyName('重庆市奉节商贸有限公司').problems).toEqual(['行政区划名称“奉节”不能作为字号']);
    expect(checkCompanyName('重庆物流商贸有限公司').problems).toEqual(['行业用语“物流”不能作为字号']);
  });

  it('refuses a district name without the city, in front or in brackets', () => {
    expect(checkCompanyName('九龙坡区明远商贸有限公司').problems).toEqual(['使用市辖区名称“九龙坡区”时，应在前面冠以“重庆市”']);
    expect(checkCompanyName('明远（九龙坡区）商贸有限公司').problems).toEqual(['使用市辖区名称“九龙坡区”时，应写作“重庆市九龙坡区”']);
  });

  it('refuses words that need State Council approval and forbidden words', () => {
    expect(checkCompanyName('重庆中华明远商贸有限公司').problems).toContain('企业名称含有“中华”字样，须经国务院批准，不能自主申报');
    expect(checkCompanyName('重庆国家明远商贸有限公司').problems).toContain('企业名称含有“国家”字样，须经国务院批准，不能自主申报');
    expect(checkCompanyName('重庆公安明远商贸有限公司').problems).toContain('企业名称不能含有“公安”字样');
  });

  it('allows Chinese characters only, and 4 to 50 of them', () => {
    expect(checkCompanyName('重庆Mingyuan商贸有限公司').problems).toContain('企业名称只能使用规范汉字，不能含有字母、数字或其他符号（行政区划可用全角括号“（）”括起）');
    expect(checkCompanyName('重庆明远2号商贸有限公司').ok).toBe(false);
    expect(checkCompanyName('有限公司').ok).toBe(false);
    expect(checkCompanyName(`重庆${'明'.repeat(42)}商贸有限公司`).ok).toBe(true);
    expect(checkCompanyName(`重庆${'明'.repeat(43)}商贸有限公司`).problems).toEqual(['企业名称应为4至50个字，现为51个字']);
  });

  it('ignores surrounding spaces', () => {
    expect(checkCompanyName('  重庆明远商贸有限公司 ').ok).toBe(true);
  });

  it('knows the 38 districts and counties of the division data', () => {
    const data = loadDivisionsFile();
    const names = data.districts.map(([, name]) => name).sort();
    expect([...CHONGQING_DISTRICTS].sort()).toEqual(names);
  });
});
