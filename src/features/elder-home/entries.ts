import { ROUTES } from '../../routes';

/**
 * What older citizens do most, as the 长辈版 home's large entries. Each goes to something that
 * exists: the guide of a city-wide item (its id is the catalog's), or a search that finds the
 * citizen's own township's instance (the township items' ids depend on the division).
 * test/component/elder-home.test.tsx checks every target against the mock catalog.
 */
export interface ElderEntry {
  key: string;
  title: string;
  /** one line in plain words: what it is for */
  hint: string;
  url: string;
}

export const ELDER_ENTRIES: readonly ElderEntry[] = [
  {
    key: 'pension-check',
    title: '养老金资格认证',
    hint: '每年认证一次，养老金按时发放',
    url: ROUTES.guide('500000-200210019000'),
  },
  {
    key: 'social-insurance-query',
    title: '社保查询',
    hint: '查询、打印个人社保缴费记录',
    url: ROUTES.guide('500000-200210005000'),
  },
  {
    key: 'medical-insurance-query',
    title: '医保查询',
    hint: '医保参保、待遇和转移接续',
    url: ROUTES.itemSearch({ q: '医保', title: '医保' }),
  },
  {
    key: 'social-security-card',
    title: '社保卡',
    hint: '申领、补办社会保障卡',
    url: ROUTES.guide('500000-200210001000'),
  },
  {
    key: 'old-age-allowance',
    title: '高龄津贴',
    hint: '80 岁以上老人申领',
    url: ROUTES.itemSearch({ q: '高龄津贴', title: '高龄津贴' }),
  },
  {
    key: 'minimum-living',
    title: '最低生活保障',
    hint: '低保申请，在户籍所在地乡镇（街道）办理',
    url: ROUTES.itemSearch({ q: '最低生活保障', title: '最低生活保障' }),
  },
  {
    key: 'disability-card',
    title: '残疾人证',
    hint: '办理、补办残疾人证',
    url: ROUTES.guide('500000-201410001000'),
  },
];

/** The government service hotline: a person to talk to when no hall is known. */
export const HOTLINE = '12345';
