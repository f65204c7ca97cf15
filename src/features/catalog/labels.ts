import type { Audience, ItemLevel, ItemSummary, ItemType, MaterialForm, MaterialMedium, MaterialRequirement, MaterialSource, OnlineDepth, ResultType } from '../../shared/api/catalog';

/** Chinese labels for catalog codes, in one place so every screen says the same thing. */

export const ITEM_TYPE_LABEL: Record<ItemType, string> = {
  licensing: '行政许可',
  public_service: '公共服务',
};

export const AUDIENCE_LABEL: Record<Audience, string> = {
  citizen: '自然人',
  enterprise: '法人（企业、社会组织）',
};

export const RESULT_TYPE_LABEL: Record<ResultType, string> = {
  certificate: '证件',
  licence: '许可证',
  approval: '批准文书',
  registration: '登记',
  service: '服务',
  payment: '待遇发放',
};

export const REQUIREMENT_LABEL: Record<MaterialRequirement, string> = {
  required: '必需',
  optional: '非必需',
  deferrable: '容缺后补',
};

export const FORM_LABEL: Record<MaterialForm, string> = {
  original: '原件',
  copy: '复印件',
  original_and_copy: '原件和复印件',
};

export const MEDIUM_LABEL: Record<MaterialMedium, string> = {
  paper: '纸质',
  electronic: '电子',
  paper_or_electronic: '纸质或电子',
};

export const SOURCE_LABEL: Record<MaterialSource, string> = {
  applicant: '申请人自备',
  issuing_body: '由出具单位提供',
  shared_certificate: '电子证照共享，免提交',
};

export const ONLINE_DEPTH_LABEL: Record<OnlineDepth, string> = {
  1: '网上可查办事指南',
  2: '可在线咨询、下载表格',
  3: '可网上申报，现场核验',
  4: '全程网办',
};

/** "承诺 5 个工作日" or "即办". */
export function timeLimitText(item: Pick<ItemSummary, 'instant' | 'promisedDays'>): string {
  return item.instant ? '即办' : `承诺 ${item.promisedDays} 个工作日`;
}

const INSTANCE_UNIT: Record<ItemLevel, string> = {
  city: '',
  district: '个区县',
  township: '个乡镇(街道)',
  village: '个村(社区)',
};

/** "38 个区县均可办理" for a grouped row of an item implemented in many places. */
export function coverageText(item: ItemSummary): string | undefined {
  if (!item.instanceCount || item.instanceCount < 2 || item.level === 'city') return undefined;
  return `${item.instanceCount} ${INSTANCE_UNIT[item.level]}可办理`;
}

/** The badges a citizen scans a list for. */
export function itemBadges(item: ItemSummary): string[] {
  const badges: string[] = [];
  if (item.zeroVisit) badges.push('零跑动');
  else if (item.online) badges.push('可网办');
  if (item.express) badges.push('可邮寄');
  return badges;
}
