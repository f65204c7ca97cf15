/** The one working-day calendar: holidays, 调休 working weekend days, and counting working days. */
import {
  addDays,
  addWorkingDays,
  calendarDay,
  holidayName,
  isProvisional,
  isWorkday,
  workingDaysBetween,
} from '../../../mock/server/calendar';

describe('isWorkday and holidayName', () => {
  it('knows National Day 2026, its 调休 Saturday and an ordinary weekend', () => {
    expect(isWorkday('2026-09-30')).toBe(true); // Wednesday before the holiday
    for (let d = 1; d <= 7; d++) expect(isWorkday(`2026-10-0${d}`)).toBe(false);
    expect(holidayName('2026-10-01')).toBe('国庆节');
    expect(isWorkday('2026-10-10')).toBe(true); // Saturday, worked in lieu
    expect(holidayName('2026-10-10')).toBe('国庆节');
    expect(isWorkday('2026-10-11')).toBe(false); // an ordinary Sunday
    expect(holidayName('2026-10-11')).toBeUndefined();
    expect(isWorkday('2026-12-02')).toBe(true);
  });
});

describe('addWorkingDays', () => {
  it('skips the National Day week and counts the 调休 Saturday', () => {
    expect(addWorkingDays('2026-09-30', 0)).toBe('2026-09-30');
    expect(addWorkingDays('2026-09-30', 1)).toBe('2026-10-08');
    expect(addWorkingDays('2026-09-30', 2)).toBe('2026-10-09');
    expect(addWorkingDays('2026-09-30', 3)).toBe('2026-10-10'); // 调休 Saturday
    expect(addWorkingDays('2026-09-30', 4)).toBe('2026-10-12'); // Sunday skipped
  });

  it('counts the 调休 Sunday before the holiday (2026-09-20)', () => {
    expect(addWorkingDays('2026-09-18', 1)).toBe('2026-09-20');
  });

  it('skips an ordinary weekend', () => {
    expect(addWorkingDays('2026-12-04', 1)).toBe('2026-12-07'); // Friday → Monday
    expect(addWorkingDays('2026-12-02', 5)).toBe('2026-12-09');
  });

  it('refuses negative or fractional counts', () => {
    expect(() => addWorkingDays('2026-12-02', -1)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-12-02', 1.5)).toThrow(RangeError);
  });
});

describe('workingDaysBetween', () => {
  it('is the inverse of addWorkingDays', () => {
    for (const n of [0, 1, 2, 3, 4, 10, 30]) {
      expect(workingDaysBetween('2026-09-30', addWorkingDays('2026-09-30', n))).toBe(n);
    }
  });

  it('counts the days after `from` up to and including `to`, negative backwards', () => {
    expect(workingDaysBetween('2026-09-30', '2026-10-07')).toBe(0);
    expect(workingDaysBetween('2026-10-12', '2026-09-30')).toBe(-4);
  });
});

describe('past the official tables: statutory holidays (国务院令第798号), provisional', () => {
  it('2026 stays official: its 调休 days and nothing provisional', () => {
    expect(isProvisional('2026-12-31')).toBe(false);
    expect(isProvisional('2026-01-01')).toBe(false);
    expect(holidayName('2026-01-02')).toBe('元旦'); // the official table's 3-day 元旦
    expect(calendarDay('2026-10-10')).toEqual({ kind: 'adjusted_workday', holidayName: '国庆节' });
  });

  it('2027-01-01 is 元旦, and the whole of 2027 is provisional', () => {
    expect(calendarDay('2027-01-01')).toEqual({ kind: 'holiday', holidayName: '元旦' });
    expect(isWorkday('2027-01-01')).toBe(false);
    expect(isProvisional('2027-01-01')).toBe(true);
    expect(isProvisional('2027-06-30')).toBe(true);
    expect(isWorkday('2027-01-04')).toBe(true); // Monday
  });

  it('addWorkingDays from 2026-12-31 skips 元旦 and the weekend', () => {
    expect(addWorkingDays('2026-12-31', 1)).toBe('2027-01-04');
    expect(workingDaysBetween('2026-12-31', '2027-01-04')).toBe(1);
  });

  it('春节 2027 is 除夕 to 正月初三: 2027-02-05 to 02-08, no 调休 working weekend invented', () => {
    for (const d of ['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08']) {
      expect(calendarDay(d)).toEqual({ kind: 'holiday', holidayName: '春节' });
    }
    expect(isWorkday('2027-02-04')).toBe(true);
    expect(isWorkday('2027-02-09')).toBe(true);
    // The Saturdays and Sundays around it stay rest days: only the State Council can make them 调休.
    for (const d of ['2027-01-30', '2027-01-31', '2027-02-13', '2027-02-14']) {
      expect(calendarDay(d)).toEqual({ kind: 'regular' });
      expect(isWorkday(d)).toBe(false);
    }
  });

  it('the other statutory holidays of 2027', () => {
    const expected: Record<string, string> = {
      '2027-04-05': '清明',
      '2027-05-01': '劳动节',
      '2027-05-02': '劳动节',
      '2027-06-09': '端午',
      '2027-09-15': '中秋',
      '2027-10-01': '国庆节',
      '2027-10-02': '国庆节',
      '2027-10-03': '国庆节',
    };
    for (const [date, name] of Object.entries(expected)) expect(holidayName(date)).toBe(name);
    expect(isWorkday('2027-05-03')).toBe(true); // 劳动节 is 2 days by law
    expect(isWorkday('2027-10-04')).toBe(true); // 国庆节 is 3 days by law
    const holidays2027: string[] = [];
    for (let d = '2027-01-01'; d <= '2027-12-31'; d = addDays(d, 1)) {
      if (calendarDay(d).kind === 'holiday') holidays2027.push(d);
    }
    expect(holidays2027).toHaveLength(13); // 1 + 4 + 1 + 2 + 1 + 1 + 3
  });

  it('中秋 on 国庆节 (2028-10-03) is one day, named 国庆节', () => {
    expect(holidayName('2028-10-03')).toBe('国庆节');
    expect(isWorkday('2028-10-04')).toBe(true);
    expect(holidayName('2028-01-25')).toBe('春节'); // 除夕 2028
  });

  it('after the lunar table (2032) only the fixed-date holidays are known', () => {
    expect(holidayName('2040-01-01')).toBe('元旦');
    expect(holidayName('2040-05-02')).toBe('劳动节');
    expect(holidayName('2040-10-03')).toBe('国庆节');
    expect(isProvisional('2040-03-01')).toBe(true);
  });
});
