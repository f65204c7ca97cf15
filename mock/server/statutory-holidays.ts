/**
 * The statutory public holidays of 《全国年节及纪念日放假办法》 as revised by 国务院令第798号 (in
 * force 2025-01-01), for years whose official arrangement (国务院办公厅's yearly notice, with its
 * 调休 weekend working days) is not in chinese-days yet. Only the holidays themselves: no 调休
 * working weekend day and no 补假 weekday is guessed, since the State Council picks those each year.
 *
 * The lunar and solar-term dates are a table, not computed at run time: chinese-days' lunar
 * functions answer a day early west of UTC (TZ=America/Los_Angeles). Every date below was checked
 * against three computations that agree: chinese-days 1.5.7 getSolarDateFromLunar /
 * getSolarTermDate (run with TZ=Asia/Shanghai), lunar-javascript 1.7.7 (Lunar.fromYmd, 节气 table),
 * and astronomy-engine 2.1.19 (new moons and the sun at 15°/90°/180°/330°, Beijing dates). The same
 * check reproduces the official 2024–2026 dates. 2033 is left out on purpose (a leap 11th month:
 * the computations disagree about 2033 中秋 and 2034 春节); after 2032 only the fixed-date holidays
 * are known.
 */

/** `YYYY-MM-DD` plus n days (UTC arithmetic on calendar dates, TZ-free). */
function plusDays(date: string, n: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

interface MovableDates {
  /** 正月初一; 春节 is 除夕 (the day before) to 正月初三 */
  lunarNewYear: string;
  /** 清明 solar term (sun at 15°) */
  qingming: string;
  /** 五月初五 */
  duanwu: string;
  /** 八月十五 */
  midAutumn: string;
}

const MOVABLE: Record<number, MovableDates> = {
  2027: { lunarNewYear: '2027-02-06', qingming: '2027-04-05', duanwu: '2027-06-09', midAutumn: '2027-09-15' },
  2028: { lunarNewYear: '2028-01-26', qingming: '2028-04-04', duanwu: '2028-05-28', midAutumn: '2028-10-03' },
  2029: { lunarNewYear: '2029-02-13', qingming: '2029-04-04', duanwu: '2029-06-16', midAutumn: '2029-09-22' },
  2030: { lunarNewYear: '2030-02-03', qingming: '2030-04-05', duanwu: '2030-06-05', midAutumn: '2030-09-12' },
  2031: { lunarNewYear: '2031-01-23', qingming: '2031-04-05', duanwu: '2031-06-24', midAutumn: '2031-10-01' },
  2032: { lunarNewYear: '2032-02-11', qingming: '2032-04-04', duanwu: '2032-06-12', midAutumn: '2032-09-19' },
};

/** The last year whose lunar and solar-term holidays are known here. */
export const LAST_MOVABLE_YEAR = Math.max(...Object.keys(MOVABLE).map(Number));

/**
 * Date → holiday name (chinese-days' names: 元旦, 春节, 清明, 劳动节, 端午, 中秋, 国庆节) for one
 * year. Where two fall on one day (中秋 on 2028-10-03, 2031-10-01) the day is 国庆节, as
 * chinese-days names 2020-10-01; the law adds no day for the overlap.
 */
export function statutoryHolidays(year: number): Map<string, string> {
  const days = new Map<string, string>();
  const movable = MOVABLE[year];
  if (movable) {
    for (let n = -1; n <= 2; n++) days.set(plusDays(movable.lunarNewYear, n), '春节');
    days.set(movable.qingming, '清明');
    days.set(movable.duanwu, '端午');
    days.set(movable.midAutumn, '中秋');
  }
  days.set(`${year}-01-01`, '元旦');
  days.set(`${year}-05-01`, '劳动节');
  days.set(`${year}-05-02`, '劳动节');
  for (const d of ['01', '02', '03']) days.set(`${year}-10-${d}`, '国庆节');
  return days;
}
