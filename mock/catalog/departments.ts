/**
 * Implementing departments (实施主体): the real names of Chongqing's municipal departments and
 * their district counterparts, keyed by a short browsing key (DepartmentEntry.key).
 * Names are real; the 8-digit department phone numbers are SAMPLE (generated, see README),
 * the short hotlines (12333, 12329 …) are the real national/municipal service lines.
 */
import { intBetween, rngFor } from '../halls/prng';

export interface DepartmentDef {
  key: string;
  /** municipal name */
  city: string;
  /** district counterpart, `{d}` = district name; absent when the key has no district body */
  district?: string;
  /** real service hotline, if the department has one */
  hotline?: string;
}

export const DEPARTMENTS: DepartmentDef[] = [
  { key: '公安', city: '重庆市公安局', district: '重庆市公安局{d}分局' },
  { key: '人力社保', city: '重庆市人力资源和社会保障局', district: '{d}人力资源和社会保障局', hotline: '12333' },
  { key: '市场监管', city: '重庆市市场监督管理局', district: '{d}市场监督管理局', hotline: '12315' },
  { key: '交通运输', city: '重庆市交通运输委员会', district: '{d}交通运输委员会', hotline: '12328' },
  { key: '住房城乡建设', city: '重庆市住房和城乡建设委员会', district: '{d}住房和城乡建设委员会' },
  { key: '卫生健康', city: '重庆市卫生健康委员会', district: '{d}卫生健康委员会', hotline: '12320' },
  { key: '教育', city: '重庆市教育委员会', district: '{d}教育委员会' },
  { key: '民政', city: '重庆市民政局', district: '{d}民政局' },
  { key: '规划自然资源', city: '重庆市规划和自然资源局', district: '{d}规划和自然资源局' },
  { key: '生态环境', city: '重庆市生态环境局', district: '{d}生态环境局', hotline: '12369' },
  { key: '医疗保障', city: '重庆市医疗保障局', district: '{d}医疗保障局', hotline: '12393' },
  { key: '住房公积金', city: '重庆市住房公积金管理中心', district: '重庆市住房公积金管理中心{d}分中心', hotline: '12329' },
  { key: '税务', city: '国家税务总局重庆市税务局', district: '国家税务总局重庆市{d}税务局', hotline: '12366' },
  { key: '残联', city: '重庆市残疾人联合会', district: '{d}残疾人联合会', hotline: '12385' },
  { key: '司法', city: '重庆市司法局', district: '{d}司法局', hotline: '12348' },
  { key: '商务', city: '重庆市商务委员会', district: '{d}商务委员会' },
  { key: '文化旅游', city: '重庆市文化和旅游发展委员会', district: '{d}文化和旅游发展委员会' },
  { key: '农业农村', city: '重庆市农业农村委员会', district: '{d}农业农村委员会' },
  { key: '水利', city: '重庆市水利局', district: '{d}水利局' },
  { key: '林业', city: '重庆市林业局', district: '{d}林业局' },
  { key: '应急管理', city: '重庆市应急管理局', district: '{d}应急管理局', hotline: '12350' },
  { key: '城市管理', city: '重庆市城市管理局', district: '{d}城市管理局' },
  { key: '退役军人', city: '重庆市退役军人事务局', district: '{d}退役军人事务局' },
  { key: '体育', city: '重庆市体育局', district: '{d}体育局' },
  { key: '药品监管', city: '重庆市药品监督管理局' },
  { key: '经济信息', city: '重庆市经济和信息化委员会', district: '{d}经济和信息化委员会' },
  { key: '发展改革', city: '重庆市发展和改革委员会', district: '{d}发展和改革委员会' },
  { key: '民族宗教', city: '重庆市民族宗教事务委员会', district: '{d}民族宗教事务委员会' },
  { key: '消防', city: '重庆市消防救援总队', district: '重庆市{d}消防救援支队' },
  { key: '人防', city: '重庆市人民防空办公室' },
  { key: '气象', city: '重庆市气象局' },
  { key: '知识产权', city: '重庆市知识产权局' },
  { key: '档案', city: '重庆市档案馆' },
  { key: '港航海事', city: '重庆市交通运输委员会（港航海事）' },
];

export const DEPARTMENT_BY_KEY = new Map(DEPARTMENTS.map((d) => [d.key, d]));

export function department(key: string): DepartmentDef {
  const d = DEPARTMENT_BY_KEY.get(key);
  if (!d) throw new Error(`unknown department key ${key}`);
  return d;
}

export function districtDepartmentName(key: string, districtName: string): string {
  const d = department(key);
  if (!d.district) throw new Error(`department ${key} has no district counterpart`);
  return d.district.replace('{d}', districtName);
}

/** The township body: 街道 → 办事处, 镇/乡 → 人民政府. */
export function townshipBodyName(townshipName: string): string {
  return townshipName.endsWith('街道') ? `${townshipName}办事处` : `${townshipName}人民政府`;
}

/** The village body: 社区 → 居民委员会, 村 → 村民委员会. */
export function villageBodyName(villageName: string): string {
  return villageName.endsWith('社区') ? `${villageName}居民委员会` : `${villageName}村民委员会`;
}

/** A department's consultation line (8-digit Chongqing landline, SAMPLE), stable per name. */
export function departmentPhone(name: string): string {
  const rng = rngFor(name, 'dept-phone');
  let digits = String(intBetween(rng, 6, 8));
  for (let i = 0; i < 7; i++) digits += String(intBetween(rng, 0, 9));
  return `023-${digits}`;
}

/** 统一社会信用代码-like prefix of a body for implementation codes (SAMPLE, 18 chars). */
export function bodyCreditCode(divisionCode: string, bodyName: string): string {
  const rng = rngFor(bodyName, divisionCode, 'credit');
  const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  let org = '';
  for (let i = 0; i < 9; i++) org += alphabet[intBetween(rng, 0, alphabet.length - 1)];
  return `11${divisionCode.slice(0, 6)}${org}${alphabet[intBetween(rng, 0, alphabet.length - 1)]}`;
}
