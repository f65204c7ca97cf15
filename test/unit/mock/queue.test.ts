import { requestClock, toSummary } from '../../../mock/halls/store';
import { crowdIntensity, queueStatus } from '../../../mock/halls/queue';
import { sharedStores } from '../../../mock/world';

const store = sharedStores().halls;
const cityHall = store.getHall('500000');
if (!cityHall) throw new Error('city hall missing');
const at = (beijing: string) => new Date(`${beijing}+08:00`);
const queueAt = (time: string) => toSummary(cityHall, requestClock(at(`2026-03-04T${time}:00`))).queue;

describe('crowdIntensity', () => {
  it('peaks mid-morning and mid-afternoon', () => {
    expect(crowdIntensity(600)).toBeCloseTo(1, 5); // 10:00
    expect(crowdIntensity(540)).toBeLessThan(crowdIntensity(600)); // 09:00
    expect(crowdIntensity(900)).toBeGreaterThan(crowdIntensity(780)); // 15:00 vs 13:00
    expect(crowdIntensity(1050)).toBeLessThan(crowdIntensity(900)); // 17:30 vs 15:00
  });
});

describe('queueStatus', () => {
  it('is zero when the hall is closed (night, lunch, holiday)', () => {
    for (const time of ['07:00', '12:30', '18:00']) {
      expect(queueAt(time)).toMatchObject({ waiting: 0, estimatedWaitMinutes: 0 });
    }
    const holiday = toSummary(cityHall, requestClock(at('2026-10-01T10:00:00'))).queue;
    expect(holiday.waiting).toBe(0);
  });

  it('rises and falls through the day', () => {
    const samples = ['09:00', '10:00', '11:30', '14:00', '15:00', '17:00'].map((t) => queueAt(t).waiting);
    expect(new Set(samples).size).toBeGreaterThan(3);
    const [nine, ten, , two, three, five] = samples;
    expect(ten).toBeGreaterThan(nine);
    expect(ten).toBeGreaterThan(five);
    expect(three).toBeGreaterThan(two);
    expect(samples.every((n) => n > 0)).toBe(true);
  });

  it('is constant within a 10-minute bucket and stamped with its start', () => {
    expect(queueAt('10:01')).toEqual(queueAt('10:09'));
    expect(queueAt('10:01').updatedAt).toBe('2026-03-04T02:00:00.000Z');
  });

  it('scales with open windows and derives the wait from them', () => {
    const base = { hallId: 'x', level: 'district' as const, isOpen: true, minutes: 600, now: at('2026-03-04T10:00:00') };
    const small = queueStatus({ ...base, openWindows: 5 });
    const big = queueStatus({ ...base, openWindows: 30 });
    expect(big.waiting).toBeGreaterThan(small.waiting * 4);
    expect(big.estimatedWaitMinutes).toBe(Math.ceil((big.waiting / 30) * 8));
    expect(queueStatus({ ...base, openWindows: 0 }).waiting).toBe(0);
    expect(queueStatus({ ...base, openWindows: 5, isOpen: false }).waiting).toBe(0);
  });
});
