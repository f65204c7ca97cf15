/**
 * Township (乡镇/街道) and village (村/社区) public-service kinds. Each township carries the core
 * kinds plus a seeded share of the others (rural-only kinds only in 镇/乡), 10–25 in all; each
 * village 6–9 代办 kinds. Instances are virtual: (kind, division code) pairs, built lazily.
 */
import type { ItemSpec } from './spec';
import { psSpec } from './generate';
import { MINIMUM_LIVING } from './guides';
import type { PsRow } from './table-ps';

type LocalRow = [PsRow, { share?: number; ruralOnly?: boolean }];

const TOWNSHIP_ROWS: LocalRow[] = [
  [['最低生活保障申请', '民政', '社会保障', '《社会救助暂行办法》第九条、第十一条;《重庆市最低生活保障条件认定办法》', 's', { a: '低保|申请低保|低保户', pop: 75, s: 30, p: 20, r: '最低生活保障金（按月发放）' }], {}],
  [['特困人员救助供养申请', '民政', '社会保障|养老服务', '《社会救助暂行办法》第十四条、第十五条;《特困人员认定办法》', 's', { a: '五保|特困', pop: 45, s: 30, p: 20 }], {}],
  [['临时救助申请', '民政', '社会保障', '《社会救助暂行办法》第四十七条、第四十八条', 's', { a: '临时困难补助', pop: 40, s: 15, p: 5 }], {}],
  [['高龄津贴申领', '民政', '养老服务', '《中华人民共和国老年人权益保障法》第三十三条;《重庆市老年人权益保障条例》', 's', { a: '高龄补贴|老人补贴', pop: 50 }], {}],
  [['老年人优待证办理', '民政', '养老服务', '《中华人民共和国老年人权益保障法》第五十七条;《重庆市老年人权益保障条例》', 'c', { a: '老年证|老人卡', pop: 55, s: 5, p: 1 }], {}],
  [['困难残疾人生活补贴和重度残疾人护理补贴受理', '残联', '残疾人服务|社会保障', '《国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见》（国发〔2015〕52号）', 's', { pop: 35 }], {}],
  [['就业困难人员认定', '人力社保', '就业创业', '《中华人民共和国就业促进法》第五十二条;《就业服务与就业管理规定》第四十条', 'g', { a: '就业困难', pop: 30, s: 15, p: 5 }], {}],
  [['失业登记', '人力社保', '就业创业|社会保障', '《就业服务与就业管理规定》第六十一条、第六十二条', 'g', { a: '登记失业', pop: 45, s: 1, p: 0 }], {}],
  [['城乡居民基本养老保险待遇申领受理', '人力社保', '养老服务|社会保障', '《国务院关于建立统一的城乡居民基本养老保险制度的意见》（国发〔2014〕8号）', 's', { pop: 40 }], {}],
  [['计划生育家庭特别扶助金申请', '卫生健康', '生育收养|社会保障', '《中华人民共和国人口与计划生育法》第二十七条;《全国独生子女伤残死亡家庭扶助制度试点方案》', 's', { pop: 20 }], {}],
  [['退役军人及其他优抚对象信息采集', '退役军人', '退役军人', '《中华人民共和国退役军人保障法》第十三条;《军人抚恤优待条例》', 'g', { pop: 20 }], {}],
  [['惠民殡葬补贴受理', '民政', '殡葬服务', '《殡葬管理条例》;《重庆市基本殡葬服务费用减免办法》', 's', { pop: 25 }], {}],
  [['法律援助申请受理', '司法', '法律服务', '《中华人民共和国法律援助法》第三十八条、第四十一条', 'g', { pop: 20, s: 7, p: 5 }], { share: 0.6 }],
  [['农村危房改造申请', '住房城乡建设', '住房保障', '《国务院关于加快推进农村危房改造的指导意见》;《重庆市农村低收入群体等重点对象住房安全保障工作实施方案》', 's', { a: '危房改造', pop: 30, s: 30, p: 20 }], { ruralOnly: true }],
  [['耕地地力保护补贴申领', '农业农村', '农林水利', '《中华人民共和国农业法》第三十八条;《关于全面推开农业“三项补贴”改革工作的通知》（财农〔2016〕26号）', 's', { a: '种粮补贴|耕地补贴', pop: 35 }], { ruralOnly: true }],
  [['农村宅基地和建房（规划许可）申请受理', '农业农村', '住房保障|农林水利', '《中华人民共和国土地管理法》第六十二条;《中华人民共和国城乡规划法》第四十一条', 'g', { a: '建房|宅基地', pop: 40, s: 20, p: 15 }], { ruralOnly: true }],
  [['义务兵家庭优待金申领', '退役军人', '退役军人', '《军人抚恤优待条例》第三十三条;《重庆市义务兵家庭优待金发放办法》', 's', { pop: 15 }], { share: 0.7 }],
  [['居家养老服务申请', '民政', '养老服务', '《重庆市养老服务条例》第十七条', 'g', { a: '居家养老|上门服务', pop: 25 }], { share: 0.6 }],
  [['人民调解申请受理', '司法', '法律服务', '《中华人民共和国人民调解法》第十七条、第十八条', 'g', { s: 30, p: 30, pop: 15 }], { share: 0.7 }],
  [['流动人口居住登记', '公安', '户籍办理', '《居住证暂行条例》第五条;《重庆市居住证管理办法》', 'g', { pop: 20, s: 1, p: 0 }], { share: 0.5 }],
  [['计划生育服务证明开具（生育登记受理）', '卫生健康', '生育收养', '《中华人民共和国人口与计划生育法》第二十条;《重庆市人口与计划生育条例》', 'g', { pop: 30, s: 1, p: 0 }], { share: 0.8 }],
  [['城乡居民医保参保缴费受理', '医疗保障', '医疗卫生|社会保障', '《中华人民共和国社会保险法》第二十五条', 'g', { pop: 40, s: 1, p: 0 }], { share: 0.8 }],
];

const VILLAGE_ROWS: LocalRow[] = [
  [['城乡居民养老保险参保代办', '人力社保', '社会保障|养老服务', '《国务院关于建立统一的城乡居民基本养老保险制度的意见》（国发〔2014〕8号）', 'g', { s: 5, p: 1, pop: 30 }], {}],
  [['城乡居民医保缴费代办', '医疗保障', '医疗卫生', '《中华人民共和国社会保险法》第二十五条', 'g', { s: 1, p: 0, pop: 35 }], {}],
  [['高龄津贴申请代办', '民政', '养老服务', '《中华人民共和国老年人权益保障法》第三十三条', 's', { pop: 25 }], {}],
  [['社会救助申请代办', '民政', '社会保障', '《社会救助暂行办法》第十一条、第五十条', 's', { pop: 25 }], {}],
  [['残疾人证办理代办', '残联', '残疾人服务', '《中华人民共和国残疾人证管理办法》（中国残疾人联合会、国家卫生和计划生育委员会制定）', 'c', { pop: 15 }], {}],
  [['社会保障卡申领代办', '人力社保', '社会保障', '《“中华人民共和国社会保障卡”管理办法》（人社部发〔2011〕47号）', 'c', { pop: 30 }], {}],
  [['老年人优待证代办', '民政', '养老服务', '《中华人民共和国老年人权益保障法》第五十七条', 'c', { pop: 20 }], { share: 0.6 }],
  [['村（社区）法律咨询服务', '司法', '法律服务', '《中华人民共和国公共法律服务体系建设规划》;《重庆市公共法律服务条例》', 'q', { pop: 10 }], { share: 0.5 }],
  [['农村土地承包经营权流转合同鉴证代办', '农业农村', '农林水利', '《中华人民共和国农村土地承包法》第三十六条、第四十条', 'g', { pop: 10 }], { ruralOnly: true, share: 0.7 }],
];

/** hand-written guides that replace their row's composed spec (same name, same position) */
const HAND_WRITTEN = new Map<string, ItemSpec>([[MINIMUM_LIVING.name, MINIMUM_LIVING]]);

function toSpecs(rows: LocalRow[], level: 'township' | 'village'): ItemSpec[] {
  return rows.map(([row, extra]) => {
    const hand = HAND_WRITTEN.get(row[0]);
    if (hand) return { ...hand, level, allDistricts: false, share: extra.share, ruralOnly: extra.ruralOnly };
    const spec = psSpec(row);
    spec.level = level;
    spec.allDistricts = false;
    spec.share = extra.share;
    spec.ruralOnly = extra.ruralOnly;
    spec.channels = { ...spec.channels, onlineDepth: 3, visits: spec.channels.visits, visitsReason: spec.channels.visits === 0 ? '可在渝快办在线申请，由便民服务工作人员代办，无需到现场' : spec.channels.visitsReason };
    return spec;
  });
}

export const TOWNSHIP_SPECS: ItemSpec[] = toSpecs(TOWNSHIP_ROWS, 'township');
export const VILLAGE_SPECS: ItemSpec[] = toSpecs(VILLAGE_ROWS, 'village');
