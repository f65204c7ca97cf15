/**
 * The rule check of a company name (企业名称) for 企业设立登记, run by the app as the citizen
 * types and by the mock server at submit (which additionally checks that no registered company
 * has the name). Pure; messages in Chinese.
 *
 * Rules, after 《企业名称登记管理规定》 (国务院令第734号, 2020 revision) as published copies give it:
 * - 规范汉字 only (第五条): no letters or digits; full-width brackets （） around a division allowed.
 * - 行政区划名称 + 字号 + 行业或者经营特点 + 组织形式 (第六条). The division is 重庆 / 重庆市, or a
 *   district or county of Chongqing; a 市辖区 name must come with the city's name (第七条), so
 *   九龙坡区 alone is refused, 重庆市九龙坡区 is fine. The division may also stand in brackets after
 *   the 字号, e.g. 明远（重庆）商贸有限公司.
 * - 字号 of two or more Chinese characters (第八条), which is not itself a division name.
 * - The organisational forms checked here are those of companies: 有限公司, 有限责任公司, 股份有限公司.
 * - 4 to 50 characters (this platform's input limit, not a statutory figure).
 *
 * Deliberately modest lists, stated here so a refusal can be explained:
 * - INDUSTRY_TERMS: common 行业或者经营特点 wordings. A name whose industry wording is not in the
 *   list is refused with a message naming examples; the real name-declaration system
 *   (名称自主申报) compares against the national industry classification, which is not here.
 * - APPROVAL_WORDS: 中国, 中华, 中央, 全国, 国家 — need State Council approval, never self-declared.
 * - FORBIDDEN_WORDS: names of party, state and military organs and a few words of content the
 *   规定 excludes (淫秽、色情、赌博、迷信). Not the full list the registration authority uses.
 */

export interface CompanyNameCheck {
  ok: boolean;
  problems: string[];
}

export const ORGANISATION_FORMS = ['股份有限公司', '有限责任公司', '有限公司'] as const;

/** Chongqing's 26 districts (市辖区), 8 counties and 4 autonomous counties. */
export const CHONGQING_DISTRICTS = [
  '万州区', '涪陵区', '渝中区', '大渡口区', '江北区', '沙坪坝区', '九龙坡区', '南岸区', '北碚区', '綦江区',
  '大足区', '渝北区', '巴南区', '黔江区', '长寿区', '江津区', '合川区', '永川区', '南川区', '璧山区',
  '铜梁区', '潼南区', '荣昌区', '开州区', '梁平区', '武隆区',
  '城口县', '丰都县', '垫江县', '忠县', '云阳县', '奉节县', '巫山县', '巫溪县',
  '石柱土家族自治县', '秀山土家族苗族自治县', '酉阳土家族苗族自治县', '彭水苗族土家族自治县',
] as const;

export const INDUSTRY_TERMS = [
  '商贸', '贸易', '商务信息咨询', '企业管理咨询', '咨询', '科技', '网络科技', '信息技术', '电子商务', '软件',
  '餐饮管理', '餐饮', '食品', '农业开发', '农业', '林业', '养殖', '建筑工程', '建筑劳务', '建设工程',
  '装饰工程', '建材', '房地产开发', '物业管理', '物流', '运输', '货运', '汽车服务', '汽车销售', '机械设备',
  '机械', '电子', '电器', '五金', '服装', '文化传媒', '传媒', '广告', '教育科技', '文化', '旅游',
  '酒店管理', '医药', '医疗器械', '健康管理', '环保科技', '新能源', '实业', '劳务', '人力资源',
] as const;

export const APPROVAL_WORDS = ['中国', '中华', '中央', '全国', '国家'] as const;

export const FORBIDDEN_WORDS = [
  '政府', '国务院', '人大', '政协', '共产党', '解放军', '武警', '部队', '军队', '公安', '法院', '检察院',
  '淫秽', '色情', '赌博', '迷信',
] as const;

const CITY = ['重庆市', '重庆'] as const;
const isCounty = (d: string): boolean => d.endsWith('县');

const MIN_LENGTH = 4;
const MAX_LENGTH = 50;

/** Longest first, so 重庆市 wins over 重庆 and 网络科技 over 科技. */
const longestFirst = (words: readonly string[]): string[] => [...words].sort((a, b) => b.length - a.length);
const DIVISIONS = longestFirst([...CITY, ...CHONGQING_DISTRICTS]);
const INDUSTRIES = longestFirst(INDUSTRY_TERMS);

/**
 * Where the name's division is, and what remains of the name without it and the organisational
 * form: `{ division, rest }`; `division` is empty when none was found.
 */
function splitDivision(body: string): { division: string; rest: string; problem?: string } {
  // leading: 重庆市九龙坡区明远商贸 / 重庆明远商贸 / 奉节县明远商贸 / 九龙坡区明远商贸 (refused below)
  const city = CITY.find((c) => body.startsWith(c));
  const afterCity = city ? body.slice(city.length) : body;
  const district = CHONGQING_DISTRICTS.find((d) => afterCity.startsWith(d));
  if (city || district) {
    const rest = afterCity.slice(district?.length ?? 0);
    if (district && !city && !isCounty(district)) {
      return { division: district, rest, problem: `使用市辖区名称“${district}”时，应在前面冠以“重庆市”` };
    }
    return { division: `${city ?? ''}${district ?? ''}`, rest };
  }
  // in brackets after the 字号: 明远（重庆）商贸
  for (const d of DIVISIONS) {
    const bracketed = `（${d}）`;
    const at = body.indexOf(bracketed);
    if (at > 0) {
      const rest = body.slice(0, at) + body.slice(at + bracketed.length);
      if (!CITY.includes(d as (typeof CITY)[number]) && !isCounty(d)) {
        return { division: d, rest, problem: `使用市辖区名称“${d}”时，应写作“重庆市${d}”` };
      }
      return { division: d, rest };
    }
  }
  return { division: '', rest: body };
}

/** The rule check of a company name: every problem, in Chinese; ok when there is none. */
export function checkCompanyName(raw: string): CompanyNameCheck {
  const name = raw.trim();
  const problems: string[] = [];
  const length = [...name].length;
  if (length < MIN_LENGTH || length > MAX_LENGTH) problems.push(`企业名称应为${MIN_LENGTH}至${MAX_LENGTH}个字，现为${length}个字`);
  if (!/^[\u4e00-\u9fa5（）]*$/.test(name)) problems.push('企业名称只能使用规范汉字，不能含有字母、数字或其他符号（行政区划可用全角括号“（）”括起）');

  for (const w of APPROVAL_WORDS) if (name.includes(w)) problems.push(`企业名称含有“${w}”字样，须经国务院批准，不能自主申报`);
  for (const w of FORBIDDEN_WORDS) if (name.includes(w)) problems.push(`企业名称不能含有“${w}”字样`);

  const form = ORGANISATION_FORMS.find((f) => name.endsWith(f));
  if (!form) problems.push('企业名称应以组织形式结尾：有限公司、有限责任公司或股份有限公司');
  const body = form ? name.slice(0, -form.length) : name;

  const { division, rest, problem } = splitDivision(body);
  if (!division) problems.push('企业名称应含有行政区划名称：重庆市或所在区县的名称，如：重庆明远商贸有限公司');
  if (problem) problems.push(problem);

  const industry = INDUSTRIES.find((t) => rest.endsWith(t));
  if (!industry) problems.push('企业名称应含有行业或经营特点，如：商贸、科技、餐饮管理');
  const tradeName = industry ? rest.slice(0, -industry.length) : rest;

  if ([...tradeName].length < 2) {
    problems.push('字号应由两个以上汉字组成');
  } else if (DIVISIONS.some((d) => tradeName === d || tradeName === d.replace(/(区|县|市)$/, ''))) {
    problems.push(`行政区划名称“${tradeName}”不能作为字号`);
  } else if (industry && INDUSTRY_TERMS.some((t) => tradeName === t)) {
    problems.push(`行业用语“${tradeName}”不能作为字号`);
  }

  return { ok: problems.length === 0, problems };
}

/** The field the check runs on: 企业名称 of the company-registration form. */
export const COMPANY_NAME_FIELD = { formId: 'company-registration', path: 'company.name' } as const;
