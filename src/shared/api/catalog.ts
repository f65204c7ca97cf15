/**
 * API types for the service catalog (政务服务事项) and its standard guides (办事指南),
 * following GB/T 39554.1-2020 and the field list in domain.md. Written once here and imported
 * by both the app and the mock server. Pure types.
 */
import type { HallLevel, NearbyHall } from './halls';

/** 事项类型: 行政许可 / 公共服务 */
export type ItemType = 'licensing' | 'public_service';
/** 行使层级 */
export type ItemLevel = HallLevel;
/** 服务对象 */
export type Audience = 'citizen' | 'enterprise';

/**
 * 网上办理深度 (GB/T 39047): 1 信息公开 (guide online), 2 在线咨询/表格下载, 3 在线申报/预审,
 * 4 全程网办 (applied, handled and delivered without a visit).
 */
export type OnlineDepth = 1 | 2 | 3 | 4;

/** A catalog row: enough for lists and search results. */
export interface ItemSummary {
  /** the implementation instance: unique per item and implementing division */
  id: string;
  /** 基本编码, shared by every district's instance of a district-level item */
  basicCode: string;
  /** 实施编码 */
  implementationCode: string;
  name: string;
  type: ItemType;
  level: ItemLevel;
  /** 实施主体, e.g. 重庆市公安局 or 九龙坡区市场监督管理局 */
  department: string;
  /** the short department key for browsing, e.g. 公安 */
  departmentKey: string;
  /** implementing division: 500000 for city items, else the district / township / village code */
  divisionCode: string;
  /** human name of the division, e.g. 重庆市, 九龙坡区 */
  divisionName: string;
  audience: Audience[];
  /** life or enterprise themes, e.g. 户籍办理, 设立变更 */
  themes: string[];
  /** can be applied for online (depth ≥ 3) */
  online: boolean;
  /** 零跑动: no visit at all */
  zeroVisit: boolean;
  /** the result can be posted (快递送达) */
  express: boolean;
  instant: boolean;
  promisedDays: number;
  /**
   * Search only: [start, end) character ranges of `name` that matched the query, for highlight.
   */
  highlight?: Array<[number, number]>;
  /** grouped lists only: how many divisions implement this item within the filter */
  instanceCount?: number;
}

export type MaterialForm = 'original' | 'copy' | 'original_and_copy';
export type MaterialMedium = 'paper' | 'electronic' | 'paper_or_electronic';
/** 必要 / 非必要 / 容缺 (may be supplied after acceptance) */
export type MaterialRequirement = 'required' | 'optional' | 'deferrable';
/** 申请人自备 / 出具单位 / 电子证照共享 (no upload needed) */
export type MaterialSource = 'applicant' | 'issuing_body' | 'shared_certificate';

export interface Material {
  id: string;
  name: string;
  form: MaterialForm;
  medium: MaterialMedium;
  copies: number;
  requirement: MaterialRequirement;
  source: MaterialSource;
  /** who issues it when source is issuing_body / shared_certificate, e.g. 公安机关 */
  issuer?: string;
  /** 空白表格 and 示例样表 where the standard has them: paths under /api/forms */
  blankFormUrl?: string;
  sampleUrl?: string;
  notes?: string;
}

/** 情形: a case variant; each carries its own material list (一次告知). */
export interface Situation {
  id: string;
  /** the question answered by choosing it, e.g. 户口在本市 */
  name: string;
  description: string;
  /** ids into Guide.materials, in the order to present them */
  materialIds: string[];
}

export interface FeeItem {
  name: string;
  /** e.g. 80元/本; 0 for free with a basis */
  amountYuan: number;
  unit: string;
  basis: string;
  reduction?: string;
}

export interface ProcessStep {
  order: number;
  /** 申请, 受理, 审查, 决定, 制证, 送达 */
  name: string;
  description: string;
  timeLimit: string;
  basis?: string;
}

export interface Faq {
  question: string;
  answer: string;
}

/** The complete standard guide of one implementation instance. */
export interface Guide extends ItemSummary {
  /** 设定依据 */
  legalBasis: string[];
  /** 受理条件 */
  acceptanceConditions: string[];
  /** 中介服务; empty when none */
  intermediaryServices: string[];
  /** 法定时限, working days */
  statutoryDays: number;
  situations: Situation[];
  materials: Material[];
  fees: { charged: boolean; items: FeeItem[]; note: string };
  process: ProcessStep[];
  channels: {
    onlineDepth: OnlineDepth;
    hall: boolean;
    appointment: boolean;
    selfServiceTerminal: boolean;
    onlinePayment: boolean;
    express: boolean;
    /** 到现场次数 */
    visits: number;
    /** why the visits are needed, or why none */
    visitsReason: string;
  };
  whereWhen: {
    /** the hall level(s) handling it, and how to find them */
    handlingNote: string;
    hours: string;
    consultationPhone: string;
    complaintPhone: string;
    progressQuery: string;
  };
  result: { name: string; type: 'certificate' | 'licence' | 'approval' | 'registration' | 'service' | 'payment'; sample?: string; electronic: boolean };
  faq: Faq[];
  /** life events this item belongs to */
  lifeEvents: string[];
}

export interface ItemListQuery {
  q?: string;
  type?: ItemType;
  level?: ItemLevel;
  division?: string;
  theme?: string;
  department?: string;
  audience?: Audience;
  /**
   * `basic`: one row per item instead of one per implementing division (a district item is one
   * row, not 38), represented by the instance that serves `near`.
   */
  group?: 'basic';
  /** the citizen's division (any level): picks which instance represents a grouped item */
  near?: string;
  limit?: number;
  cursor?: string;
}

export interface ItemListResponse {
  total: number;
  items: ItemSummary[];
  nextCursor: string | null;
}

export interface ItemSuggestion {
  id: string;
  name: string;
  highlight: Array<[number, number]>;
}

export interface ThemeGroup {
  audience: Audience;
  themes: Array<{ name: string; count: number }>;
}

export interface DepartmentEntry {
  key: string;
  name: string;
  count: number;
}

/** A life event in the list on 办事: what it bundles, without the materials. */
export interface LifeEventSummary {
  id: string;
  name: string;
  description: string;
  itemCount: number;
  totalPromisedDays: number;
}

export interface LifeEvent {
  id: string;
  name: string;
  description: string;
  items: ItemSummary[];
  /** the combined materials, each once, with the items needing it */
  materials: Array<Material & { itemIds: string[] }>;
  totalPromisedDays: number;
}

export type ItemHallsResponse = { items: NearbyHall[]; nextCursor: string | null };
