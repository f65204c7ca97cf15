/**
 * API types for the service catalog (政务服务事项) and its standard guides (办事指南),
 * following GB/T 39554.1-2020 and the field list in domain.md. Written once here and imported
 * by both the app and the mock server. Pure types.
 */
import type { HallLevel, NearbyHall, NearbyQuery } from './halls';
import type { CountedPage, Page, PageQuery } from './page';

/** 事项类型: 行政许可 / 公共服务 */
export const ITEM_TYPES = ['licensing', 'public_service'] as const;
export type ItemType = (typeof ITEM_TYPES)[number];
/** 行使层级 */
export type ItemLevel = HallLevel;
/** 服务对象 */
export const AUDIENCES = ['citizen', 'enterprise'] as const;
export type Audience = (typeof AUDIENCES)[number];

/**
 * 网上办理深度 (GB/T 39047): 1 信息公开 (guide online), 2 在线咨询/表格下载, 3 在线申报/预审,
 * 4 全程网办 (applied, handled and delivered without a visit).
 */
export const ONLINE_DEPTHS = [1, 2, 3, 4] as const;
export type OnlineDepth = (typeof ONLINE_DEPTHS)[number];

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

export const MATERIAL_FORMS = ['original', 'copy', 'original_and_copy'] as const;
export type MaterialForm = (typeof MATERIAL_FORMS)[number];
export const MATERIAL_MEDIA = ['paper', 'electronic', 'paper_or_electronic'] as const;
export type MaterialMedium = (typeof MATERIAL_MEDIA)[number];
/** 必要 / 非必要 / 容缺 (may be supplied after acceptance) */
export const MATERIAL_REQUIREMENTS = ['required', 'optional', 'deferrable'] as const;
export type MaterialRequirement = (typeof MATERIAL_REQUIREMENTS)[number];
/** 申请人自备 / 出具单位 / 电子证照共享 (no upload needed) */
export const MATERIAL_SOURCES = ['applicant', 'issuing_body', 'shared_certificate'] as const;
export type MaterialSource = (typeof MATERIAL_SOURCES)[number];
/** what an item's result is: 证照 / 许可证 / 批准文书 / 登记 / 服务 / 支付 */
export const RESULT_TYPES = ['certificate', 'licence', 'approval', 'registration', 'service', 'payment'] as const;
export type ResultType = (typeof RESULT_TYPES)[number];

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

export interface GuideResult {
  /** the document or outcome, e.g. 营业执照, 准予许可决定书 */
  name: string;
  type: ResultType;
  sample?: string;
  electronic: boolean;
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
  result: GuideResult;
  faq: Faq[];
  /** life events this item belongs to */
  lifeEvents: string[];
}

export const ITEM_GROUPINGS = ['basic'] as const;
export type ItemGrouping = (typeof ITEM_GROUPINGS)[number];

export interface ItemListQuery extends PageQuery {
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
  group?: ItemGrouping;
  /** the citizen's division (any level): picks which instance represents a grouped item */
  near?: string;
}

export type ItemListResponse = CountedPage<ItemSummary>;

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

/** The halls that handle one item instance, nearest first. */
export type ItemHallsResponse = Page<NearbyHall>;

export const FORM_KINDS = ['blank', 'sample'] as const;
export type FormKind = (typeof FORM_KINDS)[number];

/** The catalog endpoints: `METHOD /path` under /api → what each takes and answers. */
export interface CatalogApi {
  'GET /items': { query: ItemListQuery; response: ItemListResponse };
  'GET /items/suggest': { query: { q: string; near?: string }; response: { items: ItemSuggestion[] } };
  'GET /items/:id': { params: { id: string }; response: Guide };
  'GET /items/:id/halls/nearby': { params: { id: string }; query: NearbyQuery; response: ItemHallsResponse };
  'GET /halls/:id/items': { params: { id: string }; query: PageQuery & { q?: string }; response: ItemListResponse };
  'GET /catalog/themes': { query: { division?: string }; response: ThemeGroup[] };
  'GET /catalog/departments': { query: { division?: string }; response: DepartmentEntry[] };
  'GET /life-events': { response: LifeEventSummary[] };
  'GET /life-events/:id': { params: { id: string }; response: LifeEvent };
  /** a printable HTML page, opened as a document rather than called through the client */
  'GET /forms/:id/:kind': { params: { id: string; kind: FormKind }; response: string };
}
