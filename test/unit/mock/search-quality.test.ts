/**
 * Search quality over the real catalog docs (mock/catalog/store.ts: one doc per basic item):
 * each query with the item expected FIRST. Everyday words, pinyin (full, spaced, initials,
 * half-typed), substrings, wrong characters, departments, and queries that must find nothing.
 * A failure here means a ranking or dictionary change made a common search worse.
 */
import { createSearchIndex } from '../../../mock/catalog/search';
import { sharedStores } from '../../../mock/world';

const catalogSearchDocs = () => sharedStores().catalog.searchDocs();

const docs = catalogSearchDocs();
const index = createSearchIndex(docs);
const byId = new Map(docs.map((d) => [d.id, d]));

// [query, expected first result's name]
const TABLE: Array<[string, string]> = [
  // everyday words (synonyms.ts and the docs' own aliases)
  ['社保卡', '社会保障卡申领'],
  ['社保', '社会保障卡申领'],
  ['身份证', '居民身份证换领'],
  ['换身份证', '居民身份证换领'],
  ['开公司', '企业设立登记'],
  ['注册公司', '企业设立登记'],
  ['办执照', '企业设立登记'],
  ['驾照', '机动车驾驶证换证'],
  ['上户口', '出生登记'],
  ['报户口', '出生登记'],
  ['过户', '二手房转移登记'],
  ['房产过户', '二手房转移登记'],
  ['公积金', '住房公积金提取'],
  ['低保', '最低生活保障申请'],
  ['结婚', '内地居民结婚登记'],
  ['领证', '内地居民结婚登记'],
  ['护照', '普通护照签发'],
  ['失业金', '失业保险金申领'],
  ['养老保险', '城乡居民基本养老保险参保登记'],
  ['残疾证', '残疾人证办理'],
  ['施工许可', '建筑工程施工许可证核发'],
  ['大件运输', '超限运输车辆行驶公路许可'],
  ['开饭店', '食品经营许可'],
  ['食品许可', '食品经营许可'],
  ['卫生许可', '公共场所卫生许可'],
  ['暂住证', '居住证办理'],
  ['出生证', '出生医学证明办理'],
  ['我想办护照', '普通护照签发'],
  ['重庆社保卡', '社会保障卡申领'],
  ['注销公司', '企业注销登记'],
  ['公司变更', '企业变更登记'],
  ['变更法人', '企业变更登记'],
  ['网约车', '网络预约出租汽车驾驶员证核发'],
  ['评职称', '专业技术人员职称评审'],
  ['竣工验收', '建设工程竣工验收备案'],
  ['无偿献血', '无偿献血者及其亲属用血费用报销'],
  ['持枪证', '民用枪支持枪证件核发'],
  ['养狗', '养犬登记'],
  ['狗证', '养犬登记'],
  ['补身份证', '居民身份证补领'],
  ['离婚', '内地居民离婚登记'],
  ['补驾照', '驾驶证补领'],
  ['补结婚证', '补领婚姻登记证'],
  ['公积金贷款', '住房公积金个人住房贷款'],
  ['出租车', '出租汽车经营许可'],
  // pinyin: initials, full, spaced, half-typed, mixed, full-width
  ['sbk', '社会保障卡申领'],
  ['shbzk', '社会保障卡申领'],
  ['gjj', '住房公积金提取'],
  ['jdcjsz', '机动车驾驶证换证'],
  ['shehuibaozhangka', '社会保障卡申领'],
  ['shebao', '社会保障卡申领'],
  ['she bao ka', '社会保障卡申领'],
  ['zhufanggongjijintiqu', '住房公积金提取'],
  ['huzhao', '普通护照签发'],
  ['社保ka', '社会保障卡申领'],
  ['ＧＪＪ', '住房公积金提取'],
  // substrings and prefixes of official names
  ['超限', '超限运输车辆行驶公路许可'],
  ['居住证', '居住证办理'],
  ['结婚登记', '内地居民结婚登记'],
  ['公积金提取', '住房公积金提取'],
  ['异地就医', '异地就医备案'],
  ['企业设立区县', '企业设立登记（区县级）'],
  ['无犯罪', '无犯罪记录证明开具'],
  // one wrong, missing or extra character
  ['社会保障咔申领', '社会保障卡申领'],
  ['居民身分证换领', '居民身份证换领'],
  ['公积金提qu', '住房公积金提取'],
  ['二手防转移登记', '二手房转移登记'],
  ['内地居民结婚登', '内地居民结婚登记'],
  ['最低生活保障申情', '最低生活保障申请'],
  ['异地就医备按', '异地就医备案'],
];

describe('search quality over the real catalog', () => {
  it(`has ${TABLE.length} queries whose expected items exist`, () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(40);
    const names = new Set(docs.map((d) => d.name));
    expect(TABLE.filter(([, name]) => !names.has(name))).toEqual([]);
  });

  it.each(TABLE)('%s → %s', (q, expected) => {
    const [hit] = index.search(q, 1);
    expect(hit && byId.get(hit.id)?.name).toBe(expected);
  });

  it('finds items of a department by its short name: 公安, 人社, 残联', () => {
    for (const [q, dept] of [['公安', '公安'], ['人社', '人力资源和社会保障'], ['医保局', '医疗保障'], ['残联', '残疾人联合会'], ['车管所', '公安']]) {
      const hits = index.search(q, 5);
      expect(hits.length).toBe(5);
      for (const h of hits) expect(byId.get(h.id)?.department).toContain(dept);
    }
  });

  it.each(['qwxz', '火星签证', 'xxxxxxxx', '量子纠缠', '', '   ', '！？'])('%j finds nothing', (q) => {
    expect(index.search(q)).toEqual([]);
    expect(index.suggest(q)).toEqual([]);
  });

  it('suggests the expected item among the first three as the words are typed', () => {
    for (const [q, expected] of [['社保', '社会保障卡申领'], ['公积', '住房公积金提取'], ['shebaok', '社会保障卡申领'], ['jiash', '机动车驾驶证换证'], ['居民身份', '居民身份证换领']]) {
      const names = index.suggest(q).slice(0, 3).map((h) => byId.get(h.id)?.name);
      expect({ q, names }).toEqual({ q, names: expect.arrayContaining([expected]) });
    }
  });
});
