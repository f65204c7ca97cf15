/**
 * Names of divisions and halls. Pure functions so the naming rules are unit-tested.
 */
import type { HallLevel } from '../../src/shared/api/halls';

export const CITY_HALL_NAME = '重庆市政务服务中心';

/**
 * The everyday name of a village/community from its committee's official name:
 * `光辉村村民委员会` → `光辉村`, `先锋社区居民委员会` → `先锋社区`,
 * `盐井凼村民委员会` → `盐井凼村` (the committee of a village is that village),
 * `化龙桥社区工作站` → `化龙桥社区`.
 */
export function villageShortName(officialName: string): string {
  const name = officialName.trim();
  const rules: Array<[suffix: string, kind: '村' | '社区']> = [
    ['村民委员会', '村'],
    ['村委会', '村'],
    ['社区居民委员会', '社区'],
    ['居民委员会', '社区'],
    ['社区居委会', '社区'],
    ['居委会', '社区'],
    ['社区工作站', '社区'],
    ['工作站', '社区'],
  ];
  for (const [suffix, kind] of rules) {
    if (name.endsWith(suffix) && name.length > suffix.length) {
      const base = name.slice(0, -suffix.length);
      return base.endsWith(kind) ? base : base + kind;
    }
  }
  return name;
}

/** Real naming: 政务服务中心 for city and district, 便民服务中心 for township, 便民服务站 for village. */
export function hallName(level: HallLevel, divisionName: string): string {
  switch (level) {
    case 'city':
      return CITY_HALL_NAME;
    case 'district':
      return `${divisionName}政务服务中心`;
    case 'township':
      return `${divisionName}便民服务中心`;
    case 'village':
      return `${divisionName}便民服务站`;
  }
}
