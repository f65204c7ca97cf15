/** The world clock: real, frozen and accelerated modes over an injected real time. */
import { Clock, clockStartFromEnv } from '../../../mock/server/clock';

const T0 = Date.parse('2026-12-02T02:00:00Z');
const MINUTE = 60_000;

/** A real time the test moves by hand. */
function fakeRealTime(start = T0) {
  let now = start;
  return { read: () => now, pass: (ms: number) => (now += ms) };
}

describe('Clock', () => {
  it('follows real time in real mode, shifted by advance', () => {
    const real = fakeRealTime();
    const clock = new Clock({ mode: 'real' }, real.read);
    expect(clock.now().getTime()).toBe(T0);
    real.pass(5 * MINUTE);
    expect(clock.now().getTime()).toBe(T0 + 5 * MINUTE);
    clock.advance(60 * MINUTE);
    real.pass(MINUTE);
    expect(clock.now().getTime()).toBe(T0 + 66 * MINUTE);
    expect(clock.describe()).toEqual({ now: new Date(T0 + 66 * MINUTE).toISOString(), mode: 'real', speed: 1 });
  });

  it('stands still when frozen, and moves only by advance', () => {
    const real = fakeRealTime();
    const at = new Date('2026-10-01T10:00:00+08:00');
    const clock = new Clock({ mode: 'frozen', at }, real.read);
    real.pass(3 * 60 * MINUTE);
    expect(clock.now()).toEqual(at);
    clock.advance(30 * MINUTE);
    expect(clock.now().getTime()).toBe(at.getTime() + 30 * MINUTE);
    expect(clock.mode).toBe('frozen');
  });

  it('runs `speed` times faster from its start, and can be re-frozen and resumed', () => {
    const real = fakeRealTime();
    const from = new Date('2026-12-02T09:00:00+08:00');
    const clock = new Clock({ mode: 'speed', speed: 60, from }, real.read);
    real.pass(MINUTE);
    expect(clock.now().getTime()).toBe(from.getTime() + 60 * MINUTE); // an hour a minute
    expect(clock.describe()).toMatchObject({ mode: 'speed', speed: 60 });

    clock.freeze();
    const frozenAt = clock.now().getTime();
    real.pass(10 * MINUTE);
    expect(clock.now().getTime()).toBe(frozenAt);

    clock.setSpeed(2);
    real.pass(MINUTE);
    expect(clock.now().getTime()).toBe(frozenAt + 2 * MINUTE);

    clock.resume();
    expect(clock.now().getTime()).toBe(real.read());
    expect(clock.mode).toBe('real');
  });

  it('resets to its start and reports every change', () => {
    const real = fakeRealTime();
    const at = new Date(T0);
    const clock = new Clock({ mode: 'frozen', at }, real.read);
    const changes: number[] = [];
    clock.onChange((s) => changes.push(s.anchorWorld));
    clock.advance(MINUTE);
    clock.setSpeed(10);
    clock.reset();
    expect(clock.now()).toEqual(at);
    expect(clock.mode).toBe('frozen');
    expect(changes).toHaveLength(3);
  });

  it('restores a snapshot without losing the mode', () => {
    const real = fakeRealTime();
    const a = new Clock({ mode: 'real' }, real.read);
    a.freeze(new Date('2027-01-01T00:00:00Z'));
    const b = new Clock({ mode: 'real' }, real.read);
    b.restore(a.snapshot());
    real.pass(MINUTE);
    expect(b.describe()).toEqual({ now: '2027-01-01T00:00:00.000Z', mode: 'frozen', speed: 0 });
  });

  it('refuses a speed that is not positive', () => {
    const clock = new Clock();
    expect(() => clock.setSpeed(0)).toThrow(RangeError);
    expect(() => clock.setSpeed(Number.NaN)).toThrow(RangeError);
  });
});

describe('clockStartFromEnv', () => {
  it('reads MOCK_NOW and MOCK_SPEED', () => {
    expect(clockStartFromEnv({})).toEqual({ mode: 'real' });
    expect(clockStartFromEnv({ MOCK_NOW: '2026-12-02T10:00:00+08:00' })).toEqual({ mode: 'frozen', at: new Date(T0) });
    expect(clockStartFromEnv({ MOCK_SPEED: '60' })).toEqual({ mode: 'speed', speed: 60 });
    expect(clockStartFromEnv({ MOCK_NOW: '2026-12-02T10:00:00+08:00', MOCK_SPEED: '60' })).toEqual({ mode: 'speed', speed: 60, from: new Date(T0) });
  });

  it('refuses nonsense with a message naming the variable', () => {
    expect(() => clockStartFromEnv({ MOCK_NOW: 'tomorrow' })).toThrow(/MOCK_NOW/);
    expect(() => clockStartFromEnv({ MOCK_SPEED: '-1' })).toThrow(/MOCK_SPEED/);
  });
});
