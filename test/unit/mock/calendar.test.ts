/** The one working-day calendar: holidays, 调休 working weekend days, and counting working days. */
import { addWorkingDays, holidayName, isWorkday, workingDaysBetween } from '../../../mock/server/calendar';

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
