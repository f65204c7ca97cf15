/**
 * The seeded demo personas (domain.md). SAMPLE DATA: the names come from the article; ID
 * numbers, phones, addresses, certificate numbers and the company are invented, with valid
 * GB 11643 check digits and real Chongqing division codes. Checked at seeding (a unit test too).
 */
import type { CertificateKind, PersonaId, TrustLevel } from '../../src/shared/api/identity';
import type { FieldMask } from './model';

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

const YU_ID = '510107198803141357';
const TIAN_ID = '500243197608210710';
const TU_ID = '500236199206050625';

export const PERSONA_SEEDS: readonly PersonaSeed[] = [
  {
    id: 'yu',
    displayName: '喻先生',
    summary: '外省来渝 · 在九龙坡区新办商贸公司的法定代表人',
    name: '喻明远',
    idNumber: YU_ID,
    phone: '13983061257',
    verifiedAt: '2026-09-15T09:20:00+08:00',
    // 九龙坡区 杨家坪街道 兴胜路社区
    address: { divisionCode: '500107001004', detail: '兴胜路18号2单元5-2' },
    companies: [{ key: 'trading', name: '重庆明远商贸有限公司', status: 'registering', divisionCode: '500107' }],
    certificates: [
      {
        key: 'id_card',
        kind: 'id_card',
        name: '居民身份证',
        number: YU_ID,
        numberMask: 'idNumber',
        issuer: '成都市公安局武侯区分局',
        issuedOn: '2019-05-20',
        validUntil: '2039-05-20',
        trustLevel: 'A',
        fields: [
          { label: '姓名', value: '喻明远', mask: 'name' },
          { label: '性别', value: '男', mask: 'none' },
          { label: '民族', value: '汉', mask: 'none' },
          { label: '出生', value: '1988年3月14日', mask: 'none' },
          { label: '住址', value: '四川省成都市武侯区浆洗街12号3栋2单元401号', mask: 'address' },
          { label: '公民身份号码', value: YU_ID, mask: 'idNumber' },
        ],
      },
      {
        key: 'household_register',
        kind: 'household_register',
        name: '居民户口簿',
        number: '510107038291',
        numberMask: 'number',
        issuer: '成都市公安局武侯区分局',
        issuedOn: '2006-08-02',
        trustLevel: 'B',
        fields: [
          { label: '户别', value: '家庭户', mask: 'none' },
          { label: '户主姓名', value: '喻明远', mask: 'name' },
          { label: '户号', value: '510107038291', mask: 'number' },
          { label: '住址', value: '四川省成都市武侯区浆洗街12号3栋2单元401号', mask: 'address' },
          { label: '与户主关系', value: '户主', mask: 'none' },
        ],
      },
    ],
  },
  {
    id: 'tian',
    displayName: '田兴华',
    summary: '彭水县黄家镇光辉村 · 货车车主，办理跨区县超限运输许可',
    name: '田兴华',
    idNumber: TIAN_ID,
    phone: '15923431086',
    verifiedAt: '2026-06-03T15:42:00+08:00',
    // 彭水苗族土家族自治县 黄家镇 光辉村
    address: { divisionCode: '500243106200', detail: '光辉村四组28号' },
    companies: [],
    certificates: [
      {
        key: 'id_card',
        kind: 'id_card',
        name: '居民身份证',
        number: TIAN_ID,
        numberMask: 'idNumber',
        issuer: '彭水苗族土家族自治县公安局',
        issuedOn: '2016-10-11',
        validUntil: '2036-10-11',
        trustLevel: 'A',
        fields: [
          { label: '姓名', value: '田兴华', mask: 'name' },
          { label: '性别', value: '男', mask: 'none' },
          { label: '民族', value: '苗', mask: 'none' },
          { label: '出生', value: '1976年8月21日', mask: 'none' },
          { label: '住址', value: '重庆市彭水苗族土家族自治县黄家镇光辉村四组28号', mask: 'address' },
          { label: '公民身份号码', value: TIAN_ID, mask: 'idNumber' },
        ],
      },
      {
        key: 'driving_licence',
        kind: 'driving_licence',
        name: '机动车驾驶证',
        // A driving licence's number is its holder's ID number.
        number: TIAN_ID,
        numberMask: 'idNumber',
        issuer: '重庆市公安局交通管理局',
        issuedOn: '2021-04-16',
        validUntil: '2031-04-16',
        trustLevel: 'A',
        fields: [
          { label: '姓名', value: '田兴华', mask: 'name' },
          { label: '准驾车型', value: 'A2', mask: 'none' },
          { label: '初次领证日期', value: '2005-04-16', mask: 'none' },
          { label: '有效期限', value: '2021-04-16 至 2031-04-16', mask: 'none' },
          { label: '档案编号', value: '500243085517', mask: 'number' },
        ],
      },
      {
        key: 'vehicle_licence',
        kind: 'vehicle_licence',
        name: '机动车行驶证',
        number: '渝H38261',
        numberMask: 'number',
        issuer: '重庆市公安局交通管理局',
        issuedOn: '2022-07-08',
        trustLevel: 'A',
        fields: [
          { label: '号牌号码', value: '渝H38261', mask: 'number' },
          { label: '车辆类型', value: '重型仓栅式货车', mask: 'none' },
          { label: '所有人', value: '田兴华', mask: 'name' },
          { label: '住址', value: '重庆市彭水苗族土家族自治县黄家镇光辉村四组28号', mask: 'address' },
          { label: '使用性质', value: '货运', mask: 'none' },
          { label: '总质量', value: '31000kg', mask: 'none' },
          { label: '核定载质量', value: '18500kg', mask: 'none' },
          { label: '外廓尺寸', value: '11990×2550×3980mm', mask: 'none' },
          { label: '轴数', value: '4', mask: 'none' },
          { label: '注册日期', value: '2022-07-08', mask: 'none' },
        ],
      },
    ],
  },
  {
    id: 'tu',
    displayName: '涂丽丽',
    summary: '奉节县夔门街道 · 便民服务中心窗口工作人员',
    name: '涂丽丽',
    idNumber: TU_ID,
    phone: '18723560627',
    verifiedAt: '2025-11-20T10:05:00+08:00',
    // 奉节县 夔门街道 宝塔坪社区
    address: { divisionCode: '500236003001', detail: '宝塔坪路66号2单元301' },
    companies: [],
    // 夔门街道便民服务中心: the cases her centre handles carry her name (next issue)
    clerkOfHall: '500236003',
    certificates: [
      {
        key: 'id_card',
        kind: 'id_card',
        name: '居民身份证',
        number: TU_ID,
        numberMask: 'idNumber',
        issuer: '奉节县公安局',
        issuedOn: '2018-03-02',
        validUntil: '2038-03-02',
        trustLevel: 'A',
        fields: [
          { label: '姓名', value: '涂丽丽', mask: 'name' },
          { label: '性别', value: '女', mask: 'none' },
          { label: '民族', value: '汉', mask: 'none' },
          { label: '出生', value: '1992年6月5日', mask: 'none' },
          { label: '住址', value: '重庆市奉节县夔门街道宝塔坪路66号2单元301', mask: 'address' },
          { label: '公民身份号码', value: TU_ID, mask: 'idNumber' },
        ],
      },
      {
        key: 'social_security_card',
        kind: 'social_security_card',
        name: '社会保障卡',
        number: TU_ID,
        numberMask: 'idNumber',
        issuer: '重庆市人力资源和社会保障局',
        issuedOn: '2020-09-14',
        validUntil: '2030-09-14',
        trustLevel: 'A',
        fields: [
          { label: '姓名', value: '涂丽丽', mask: 'name' },
          { label: '社会保障号码', value: TU_ID, mask: 'idNumber' },
          { label: '卡号', value: 'A50236471', mask: 'number' },
          { label: '发卡日期', value: '2020-09-14', mask: 'none' },
        ],
      },
    ],
  },
  {
    id: 'newcomer',
    displayName: '新用户',
    summary: '刚注册 · 尚未实名认证',
    phone: '17783025418',
    companies: [],
    certificates: [],
  },
];

export function personaSeed(id: PersonaId): PersonaSeed {
  const seed = PERSONA_SEEDS.find((p) => p.id === id);
  if (!seed) throw new Error(`no persona ${id}`);
  return seed;
}
