/**
 * The internal description of one basic item (one basicCode) from which every implementation
 * instance's Guide is built, plus the helpers the hand-written and generated specs share.
 */
import type {
  Audience,
  Guide,
  Faq,
  FeeItem,
  ItemLevel,
  ItemType,
  Material,
  OnlineDepth,
  ProcessStep,
} from '../../src/shared/api/catalog';

/** A blank form / filled sample, served as HTML at /api/forms/<id>/blank|sample. */
export interface FormDef {
  id: string;
  title: string;
  /** [field label, sample value filled for the fictional 张三 / 重庆示例商贸有限公司] */
  fields: Array<[string, string]>;
  /** printed under the table */
  note: string;
}

/** A material as the API shows it, keyed for the spec's situations; form links come from formDef. */
export type MaterialSpec = Omit<Material, 'id' | 'blankFormUrl' | 'sampleUrl'> & {
  key: string;
  formDef?: FormDef;
};

export interface SituationSpec {
  name: string;
  description: string;
  /** material keys */
  materials: string[];
}

/** The guide's channels without `hall`, which every item has (the build sets it). */
export type ChannelSpec = Omit<Guide['channels'], 'hall'>;

export interface ItemSpec {
  name: string;
  type: ItemType;
  level: ItemLevel;
  dept: string;
  audience: Audience[];
  themes: string[];
  aliases: string[];
  popularity: number;
  /** true: real item name with a guide written from real practice; false: SAMPLE pattern item */
  real: boolean;
  legalBasis: string[];
  conditions: string[];
  intermediary: string[];
  statutoryDays: number;
  promisedDays: number;
  materials: MaterialSpec[];
  situations: SituationSpec[];
  fees: { items: FeeItem[]; note: string };
  process: ProcessStep[];
  channels: ChannelSpec;
  result: { name: string; type: 'certificate' | 'licence' | 'approval' | 'registration' | 'service' | 'payment'; electronic: boolean };
  faq: Faq[];
  /** city items: also accepted at every district hall (全渝通办) */
  allDistricts?: boolean;
  /** district items: also accepted at the district's township halls */
  townshipAccepts?: boolean;
  /** township/village kinds: only 镇/乡 (true) or only 街道 (false) carry it; absent = all */
  ruralOnly?: boolean;
  /** township/village kinds: carried by every township/village (core) or a seeded share */
  share?: number;
  /** the sample for result.sample */
  resultSample?: string;
}

// ---- material library ----------------------------------------------------------------------

type Lib = Omit<MaterialSpec, 'key'>;

const LIB = {
  idCard: {
    name: '居民身份证',
    form: 'original',
    medium: 'paper_or_electronic',
    copies: 1,
    requirement: 'required',
    source: 'shared_certificate',
    issuer: '公安机关',
    notes: '已在渝快办领取电子身份证的，系统自动调取，无需提交复印件；窗口办理核验原件',
  },
  hukou: {
    name: '居民户口簿',
    form: 'original',
    medium: 'paper_or_electronic',
    copies: 1,
    requirement: 'required',
    source: 'shared_certificate',
    issuer: '公安机关',
    notes: '本市户籍信息通过人口库共享核验，窗口办理出示原件',
  },
  bizLicence: {
    name: '营业执照',
    form: 'original',
    medium: 'electronic',
    copies: 1,
    requirement: 'required',
    source: 'shared_certificate',
    issuer: '市场监督管理部门',
    notes: '通过电子营业执照共享调取，无需提交纸质件',
  },
  legalRepId: {
    name: '法定代表人（负责人）身份证件',
    form: 'copy',
    medium: 'paper_or_electronic',
    copies: 1,
    requirement: 'required',
    source: 'shared_certificate',
    issuer: '公安机关',
    notes: '电子身份证共享核验；委托办理的另附经办人身份证件',
  },
  proxy: {
    name: '授权委托书及受托人身份证件',
    form: 'original',
    medium: 'paper_or_electronic',
    copies: 1,
    requirement: 'optional',
    source: 'applicant',
    notes: '仅委托他人代办时提交，委托书须载明委托事项和权限并由委托人签名或盖章',
  },
  photo: {
    name: '近期免冠彩色证件照片',
    form: 'original',
    medium: 'paper_or_electronic',
    copies: 1,
    requirement: 'required',
    source: 'applicant',
    notes: '白色背景、不戴帽子、露出双耳；窗口可现场免费采集数码照片',
  },
  bankAccount: {
    name: '本人银行结算账户信息（社会保障卡金融账户优先）',
    form: 'copy',
    medium: 'paper_or_electronic',
    copies: 1,
    requirement: 'required',
    source: 'applicant',
    notes: '已激活社会保障卡金融功能的，直接使用社会保障卡账户，无需另行提供',
  },
  propertyCert: {
    name: '不动产权证书（房屋所有权证）',
    form: 'original',
    medium: 'paper_or_electronic',
    copies: 1,
    requirement: 'required',
    source: 'shared_certificate',
    issuer: '不动产登记机构',
    notes: '本市登记的不动产通过电子证照库共享核验',
  },
  marriageCert: {
    name: '结婚证',
    form: 'original',
    medium: 'paper_or_electronic',
    copies: 1,
    requirement: 'required',
    source: 'shared_certificate',
    issuer: '婚姻登记机关',
    notes: '2003年以后在本市登记的婚姻信息可共享核验',
  },
  siteProof: {
    name: '经营（办公）场所使用证明',
    form: 'copy',
    medium: 'paper_or_electronic',
    copies: 1,
    requirement: 'required',
    source: 'applicant',
    notes: '自有房屋提供不动产权证书；租赁的提供租赁合同和出租方产权证明；已在本市登记的产权信息共享核验',
  },
} satisfies Record<string, Lib>;

export type LibKey = keyof typeof LIB;

/** A library material, optionally overridden (e.g. a different requirement or note). */
export function lib(key: LibKey, overrides: Partial<Lib> = {}): MaterialSpec {
  return { key, ...(LIB[key] as Lib), ...overrides };
}

/** A material of the applicant's own. */
export function own(
  key: string,
  name: string,
  notes: string,
  opts: Partial<Omit<MaterialSpec, 'key' | 'name'>> = {},
): MaterialSpec {
  return { key, name, form: 'original', medium: 'paper_or_electronic', copies: 1, requirement: 'required', source: 'applicant', notes, ...opts };
}

/** A material issued by another body. */
export function issued(key: string, name: string, issuer: string, notes: string, opts: Partial<Omit<MaterialSpec, 'key' | 'name'>> = {}): MaterialSpec {
  return { key, name, form: 'original', medium: 'paper_or_electronic', copies: 1, requirement: 'required', source: 'issuing_body', issuer, notes, ...opts };
}

/** An application / registration form with its blank form and filled sample. */
export function formMat(key: string, formId: string, name: string, fields: Array<[string, string]>, notes = '可在窗口领取、网上下载或在渝快办在线填写，在线填写的由系统自动生成'): MaterialSpec {
  return {
    key,
    name,
    form: 'original',
    medium: 'paper_or_electronic',
    copies: 1,
    requirement: 'required',
    source: 'applicant',
    notes,
    formDef: { id: formId, title: name.replace(/^《|》$/g, ''), fields, note: '本表由申请人如实填写，所填内容不实的，申请人承担相应法律责任。' },
  };
}

export function steps(...rows: Array<[name: string, description: string, timeLimit: string, basis?: string]>): ProcessStep[] {
  return rows.map(([name, description, timeLimit, basis], i) => (basis ? { order: i + 1, name, description, timeLimit, basis } : { order: i + 1, name, description, timeLimit }));
}

export function channels(onlineDepth: OnlineDepth, visits: number, visitsReason: string, opts: Partial<ChannelSpec> = {}): ChannelSpec {
  return {
    onlineDepth,
    appointment: true,
    selfServiceTerminal: false,
    onlinePayment: false,
    express: onlineDepth >= 3,
    visits,
    visitsReason,
    ...opts,
  };
}

export function free(note = '不收费'): ItemSpec['fees'] {
  return { items: [], note };
}

export function qa(...pairs: Array<[string, string]>): Faq[] {
  return pairs.map(([question, answer]) => ({ question, answer }));
}

/** Common applicant fields for citizen forms (sample values: a clearly fictional person). */
export const PERSON_FIELDS: Array<[string, string]> = [
  ['姓名', '张三'],
  ['性别', '男'],
  ['公民身份号码', '5001**********1234'],
  ['联系电话', '138****5678'],
  ['户籍地址', '重庆市渝中区示例路1号'],
  ['现居住地址', '重庆市九龙坡区示例街道示例小区1栋1单元101'],
];

/** Common applicant fields for enterprise forms. */
export const ENTERPRISE_FIELDS: Array<[string, string]> = [
  ['单位名称', '重庆示例商贸有限公司'],
  ['统一社会信用代码', '91500107MA6******X'],
  ['法定代表人（负责人）', '张三'],
  ['经办人及联系电话', '李四 138****5678'],
  ['住所（经营场所）', '重庆市九龙坡区示例路88号'],
];
