import { decodeCursor, encodeCursor } from '../../../mock/server/cursor';
import { hallName, villageShortName } from '../../../mock/halls/naming';
import { hashString, mulberry32 } from '../../../mock/halls/prng';
import { distanceMeters } from '../../../src/shared/geo/distance';

describe('villageShortName', () => {
  it.each([
    ['光辉村村民委员会', '光辉村'],
    ['先锋社区居民委员会', '先锋社区'],
    ['盐井凼村民委员会', '盐井凼村'],
    ['新华居民委员会', '新华社区'],
    ['化龙桥社区工作站', '化龙桥社区'],
    ['多福巷社区居委会', '多福巷社区'],
    ['光辉村', '光辉村'],
  ])('%s → %s', (official, short) => {
    expect(villageShortName(official)).toBe(short);
  });
});

describe('hallName', () => {
  it('follows the real naming of each level', () => {
    expect(hallName('city', '重庆市')).toBe('重庆市政务服务中心');
    expect(hallName('district', '奉节县')).toBe('奉节县政务服务中心');
    expect(hallName('township', '黄家镇')).toBe('黄家镇便民服务中心');
    expect(hallName('village', '光辉村')).toBe('光辉村便民服务站');
  });
});

describe('prng', () => {
  it('is deterministic and spread over [0, 1)', () => {
    const a = mulberry32(hashString('500243106200'));
    const b = mulberry32(hashString('500243106200'));
    const xs = Array.from({ length: 1000 }, () => a());
    expect(xs).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    expect(xs.filter((x) => x < 0.5).length).toBeGreaterThan(400);
    expect(hashString('500243')).not.toBe(hashString('500236'));
  });
});

describe('cursor', () => {
  it('round-trips offsets and rejects anything else', () => {
    for (const n of [0, 1, 20, 12339]) expect(decodeCursor(encodeCursor(n))).toBe(n);
    for (const bad of ['', 'zz', '20', Buffer.from('o:-1').toString('base64url'), Buffer.from('o:01').toString('base64url'), 'a'.repeat(100)]) {
      expect(decodeCursor(bad)).toBeNull();
    }
  });
});

describe('distanceMeters', () => {
  it('matches known distances', () => {
    const p = { lat: 29.56288, lng: 106.56288 };
    expect(distanceMeters(p, p)).toBe(0);
    // one degree of latitude ≈ 111.2 km on the mean sphere
    expect(distanceMeters({ lat: 29, lng: 106 }, { lat: 30, lng: 106 })).toBeCloseTo(111_195, -1);
    // 渝中区 → 奉节县 district seats: roughly 310 km as the crow flies
    const d = distanceMeters({ lat: 29.559009, lng: 106.56288 }, { lat: 31.019967, lng: 109.465784 });
    expect(d).toBeGreaterThan(300_000);
    expect(d).toBeLessThan(330_000);
  });
});
