/** Theme categories (主题分类) for browsing: citizens' life themes and enterprise themes. */
import type { Audience } from '../../src/shared/api/catalog';

export const LIFE_THEMES = [
  '生育收养', '户籍办理', '教育科研', '就业创业', '社会保障', '医疗卫生', '住房保障', '交通出行', '婚姻登记',
  '养老服务', '殡葬服务', '民族宗教', '出境入境', '残疾人服务', '公用事业', '退役军人', '法律服务', '文化体育',
] as const;

export const ENTERPRISE_THEMES = [
  '设立变更', '准营准办', '工程建设', '交通运输', '税收财务', '人力资源', '资质认证', '知识产权', '注销退出',
  '安全生产', '环境保护', '农林水利', '商务贸易', '医药卫生',
] as const;

export const THEME_AUDIENCE = new Map<string, Audience>([
  ...LIFE_THEMES.map((t): [string, Audience] => [t, 'citizen']),
  ...ENTERPRISE_THEMES.map((t): [string, Audience] => [t, 'enterprise']),
]);
