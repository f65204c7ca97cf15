import { describeDistance, formatDayHours, formatDistance, formatQueue } from '../../../src/shared/format/hall';

describe('distance as a citizen reads it', () => {
  it.each([
    [0, '0m'],
    [86.4, '86m'],
    [999.4, '999m'],
    [1000, '1.0km'],
    [1234, '1.2km'],
    [9949, '9.9km'],
    [23456, '23km'],
  ])('%d m → %s', (m, text) => expect(formatDistance(m)).toBe(text));

  it('shows nothing for an impossible distance rather than "NaNm"', () => {
    expect(formatDistance(Number.NaN)).toBe('');
    expect(formatDistance(-5)).toBe('');
  });

  it('speaks units in Chinese for screen readers', () => {
    expect(describeDistance(350)).toBe('350 米');
    expect(describeDistance(1500)).toBe('1.5 公里');
  });
});

describe('a day’s hours', () => {
  const lunch = [
    { start: '09:00', end: '12:00' },
    { start: '13:30', end: '17:30' },
  ];
  it('lists both halves of a day with a lunch break', () => {
    expect(formatDayHours({ date: '2026-12-02', weekday: 3, kind: 'regular', ranges: lunch })).toBe('09:00-12:00，13:30-17:30');
  });
  it('names the holiday on a closed public holiday', () => {
    expect(formatDayHours({ date: '2026-10-01', weekday: 4, kind: 'holiday', holidayName: '国庆节', ranges: [] })).toBe('休息（国庆节）');
  });
  it('marks a 调休 working day, so an open Sunday is not a surprise', () => {
    expect(formatDayHours({ date: '2026-09-20', weekday: 7, kind: 'adjusted_workday', ranges: lunch })).toBe('09:00-12:00，13:30-17:30（调休上班）');
  });
  it('says 休息 on an ordinary closed day', () => {
    expect(formatDayHours({ date: '2026-12-06', weekday: 7, kind: 'regular', ranges: [] })).toBe('休息');
  });
});

describe('queue', () => {
  it('says no wait when nobody waits', () => expect(formatQueue(0, 0)).toBe('无需排队'));
  it('gives people and minutes', () => expect(formatQueue(12, 20)).toBe('12 人排队，约 20 分钟'));
});
