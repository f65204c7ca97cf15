import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DIVISIONS_FILE, loadDivisionsFile } from '../../../mock/halls/divisions';
import type { Hall } from '../../../mock/halls/generate';
import { HallStore } from '../../../mock/halls/store';
import { sharedStores } from '../../../mock/world';
import { distanceMeters } from '../../../src/shared/geo/distance';

// Wednesday 2026-03-04 10:00 Beijing time.
const NOW = new Date('2026-03-04T10:00:00+08:00');
const store = sharedStores().halls;
const byId = new Map(store.halls.map((h) => [h.id, h]));
const ofLevel = (level: Hall['level']) => store.halls.filter((h) => h.level === level);

describe('committed division data', () => {
  it('lives in mock/data and holds Chongqing only', () => {
    expect(path.relative(path.resolve(__dirname, '../../..'), DIVISIONS_FILE)).toBe(path.join('mock', 'data', 'chongqing-divisions.json'));
    const data = loadDivisionsFile();
    expect(data.districts).toHaveLength(38);
    expect(data.districts.every(([code]) => /^50\d{4}$/.test(code))).toBe(true);
    expect(data.city).toEqual({ code: '500000', name: '重庆市', lng: 106.55, lat: 29.57 });
    // small enough to commit
    expect(readFileSync(DIVISIONS_FILE).length).toBeLessThan(400_000);
  });
});

describe('generated halls', () => {
  it('has exactly 1 / 38 / 1,031 / 11,270 halls by level', () => {
    expect(store.halls).toHaveLength(12_340);
    expect(ofLevel('city')).toHaveLength(1);
    expect(ofLevel('district')).toHaveLength(38);
    expect(ofLevel('township')).toHaveLength(1031);
    expect(ofLevel('village')).toHaveLength(11_270);
    expect(byId.size).toBe(12_340);
  });

  it('uses real naming and the division code as id', () => {
    expect(byId.get('500000')?.name).toBe('重庆市政务服务中心');
    expect(byId.get('500236')?.name).toBe('奉节县政务服务中心');
    expect(byId.get('500243106')?.name).toBe('黄家镇便民服务中心');
    expect(byId.get('500236003')?.name).toBe('夔门街道便民服务中心');
    const guanghui = byId.get('500243106200');
    expect(guanghui?.name).toBe('光辉村便民服务站');
    expect(guanghui?.divisionPath).toBe('彭水苗族土家族自治县 黄家镇 光辉村');
    expect(guanghui?.address).toBe('黄家镇光辉村村委会一楼');
    expect(guanghui?.parentHallId).toBe('500243106');
    expect(byId.get('500243106')?.address).toBe('彭水苗族土家族自治县黄家镇人民政府便民服务大厅');
    expect(store.halls.some((h) => /委员会|居委会|工作站/.test(h.name))).toBe(false);
    expect(store.halls.filter((h) => h.level === 'village').every((h) => h.name.endsWith('便民服务站'))).toBe(true);
  });

  it('links each hall to an existing parent hall one level up', () => {
    const parentLevel = { city: undefined, district: 'city', township: 'district', village: 'township' } as const;
    const wrong = store.halls.filter((h) => {
      const expected = parentLevel[h.level];
      return expected ? byId.get(h.parentHallId ?? '')?.level !== expected : h.parentHallId !== undefined;
    });
    expect(wrong.map((h) => h.id)).toEqual([]);
  });

  it('gives plausible phones, windows and transit', () => {
    expect(byId.get('500000')?.phone).toBe('023-12345');
    expect(store.halls.filter((h) => h.id !== '500000').every((h) => /^023-[4-8]\d{7}$/.test(h.phone))).toBe(true);
    expect(byId.get('500000')?.windows).toHaveLength(40);
    const windowRange = { district: [15, 35], township: [3, 8], village: [1, 2] } as const;
    for (const level of ['district', 'township', 'village'] as const) {
      const counts = ofLevel(level).map((h) => h.windows.length);
      expect([Math.min(...counts), Math.max(...counts)]).toEqual(windowRange[level]);
    }
    expect(byId.get('500000')?.windows[0]).toEqual({ id: '500000-w1', number: 1, name: '综合受理窗口 1', category: '综合受理' });
    const categories = new Set(byId.get('500000')?.windows.map((w) => w.category));
    expect([...categories].sort()).toEqual(['不动产登记', '公积金', '出件', '市场主体登记', '户籍', '税务', '社保医保', '综合受理'].sort());
    expect([...ofLevel('city'), ...ofLevel('district')].every((h) => (h.transit ?? '').length > 0)).toBe(true);
    // some district halls open on Saturday, some do not
    const saturday = ofLevel('district').filter((h) => h.weeklyHours.days[5].length > 0).length;
    expect(saturday).toBeGreaterThan(0);
    expect(saturday).toBeLessThan(38);
  });

  it('places townships and villages near their parents but clear of every district hall', () => {
    const districtHalls = [...ofLevel('city'), ...ofLevel('district')];
    // Collect offenders instead of calling expect() 480k times (slow under jest).
    const tooClose: string[] = [];
    const tooFar: string[] = [];
    for (const h of [...ofLevel('township'), ...ofLevel('village')]) {
      for (const d of districtHalls) if (distanceMeters(h.location, d.location) <= 150) tooClose.push(`${h.id}~${d.id}`);
      const parent = byId.get(h.parentHallId ?? '');
      if (!parent) throw new Error(`no parent for ${h.id}`);
      const limitM = h.level === 'village' || parent.id === '500103' ? 2_600 : 36_000;
      if (distanceMeters(h.location, parent.location) >= limitM) tooFar.push(h.id);
    }
    expect(tooClose).toEqual([]);
    expect(tooFar).toEqual([]);
  });

  it('is deterministic across builds', () => {
    const again = new HallStore();
    expect(JSON.stringify(again.halls)).toBe(JSON.stringify(store.halls));
  });

});

describe('store.nearby', () => {
  it('finds each district hall first at its own coordinates', () => {
    const data = loadDivisionsFile();
    for (const [code, , lng, lat] of data.districts) {
      const [first] = store.nearby({ lat, lng, level: 'district' }, { offset: 0, limit: 1 }, NOW).items;
      expect(first.id).toBe(code);
      expect(first.distanceMeters).toBeLessThan(100);
    }
  });

  it('returns nearest first across all levels', () => {
    const { items } = store.nearby({ lat: 29.159061, lng: 107.84344 }, { offset: 0, limit: 50 }, NOW);
    expect(items).toHaveLength(50);
    for (let i = 1; i < items.length; i++) expect(items[i].distanceMeters).toBeGreaterThanOrEqual(items[i - 1].distanceMeters);
    expect(items.slice(0, 12).map((h) => h.id)).toContain('500243106200');
  });
});
