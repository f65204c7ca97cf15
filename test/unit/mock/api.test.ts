/**
 * The mock API over real HTTP: one server per suite (test/support/mock-server.ts), called with
 * global fetch. The world clock is frozen at FROZEN_NOW (Wednesday 2026-12-02 10:00 Beijing)
 * and put back before each test; a test that needs another moment freezes it there.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadDivisionsFile } from '../../../mock/halls/divisions';
import type { ApiErrorBody } from '../../../src/shared/api/errors';
import type {
  DivisionListResponse,
  HallDetail,
  HallListResponse,
  NearbyHallsResponse,
} from '../../../src/shared/api/halls';
import type { MockServer } from '../../support/mock-server';
import { startMockServer } from '../../support/mock-server';

const SATURDAY_10 = new Date('2026-12-05T10:00:00+08:00');

let server: MockServer;
let base = '';
beforeAll(async () => {
  server = await startMockServer();
  base = server.url;
});
beforeEach(() => server.world.reset());
afterAll(() => server.close());

/** Stops the world clock at `at` for the rest of the test. */
const freezeAt = (at: string | Date) => server.world.clock.freeze(new Date(at));

async function get<T>(url: string, init?: RequestInit): Promise<{ status: number; body: T; headers: Headers }> {
  const res = await fetch(url.startsWith('http') ? url : base + url, init);
  return { status: res.status, body: (await res.json()) as T, headers: res.headers };
}

async function expectError(url: string, status: number, code: string, init?: RequestInit): Promise<ApiErrorBody['error']> {
  const res = await get<ApiErrorBody>(url, init);
  expect(res.status).toBe(status);
  expect(res.body.error.code).toBe(code);
  expect(res.body.error.message).toMatch(/[\u4e00-\u9fff]/); // a Chinese message
  expect(Object.keys(res.body.error).sort()).toEqual(res.body.error.fields ? ['code', 'fields', 'message'] : ['code', 'message']);
  return res.body.error;
}

describe('GET /api/health', () => {
  it('reports the hall count', async () => {
    const res = await get<{ ok: boolean; halls: number }>('/api/health');
    expect(res).toMatchObject({ status: 200, body: { ok: true, halls: 12340 } });
    // same-origin H5 and the weapp need no CORS header; other origins are refused (security.test.ts)
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(res.headers.get('cache-control')).toBe('no-store');
  });
});

describe('GET /api/halls/nearby', () => {
  it('finds every CSV hall first at its own coordinates, under 100 m', async () => {
    const data = loadDivisionsFile();
    const rows: Array<[string, string, number, number]> = [[data.city.code, 'city', data.city.lng, data.city.lat]];
    for (const [code, , lng, lat] of data.districts) rows.push([code, 'district', lng, lat]);
    expect(rows).toHaveLength(39);
    for (const [code, level, lng, lat] of rows) {
      const { status, body } = await get<NearbyHallsResponse>(`/api/halls/nearby?lat=${lat}&lng=${lng}&level=${level}&limit=1`);
      expect(status).toBe(200);
      expect(body.items[0].id).toBe(code);
      expect(body.items[0].distanceMeters).toBeLessThan(100);
    }
  });

  it('returns NearbyHall rows nearest first with the clock applied', async () => {
    // 黄家镇, 彭水: 田兴华's township
    const { body } = await get<NearbyHallsResponse>('/api/halls/nearby?lat=29.159061&lng=107.84344&foo=ignored');
    expect(body.items).toHaveLength(20);
    expect(body.items[0]).toMatchObject({ id: '500243106', name: '黄家镇便民服务中心', level: 'township', distanceMeters: 0 });
    expect(body.items[0].today).toMatchObject({ date: '2026-12-02', weekday: 3, kind: 'regular' });
    expect(body.items[0].openNow).toBe(true);
    expect(body.items[0].queue.waiting).toBeGreaterThan(0);
    expect(body.items[0].queue.updatedAt).toBe('2026-12-02T02:00:00.000Z');
    const distances = body.items.map((h) => h.distanceMeters);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(body.items.map((h) => h.id)).toContain('500243106200');
    expect(typeof body.nextCursor).toBe('string');
  });

  it('pages with the cursor without overlap and reaches the end', async () => {
    const seen: string[] = [];
    let last = -1;
    let cursor: string | null = '';
    let pages = 0;
    while (cursor !== null) {
      const url: string = `/api/halls/nearby?lat=30.8&lng=108.4&level=township&limit=50${cursor ? `&cursor=${cursor}` : ''}`;
      const { status, body }: { status: number; body: NearbyHallsResponse } = await get<NearbyHallsResponse>(url);
      expect(status).toBe(200);
      for (const h of body.items) {
        expect(h.distanceMeters).toBeGreaterThanOrEqual(last);
        last = h.distanceMeters;
        seen.push(h.id);
      }
      cursor = body.nextCursor;
      pages++;
    }
    expect(pages).toBe(21); // 1,031 townships / 50
    expect(seen).toHaveLength(1031);
    expect(new Set(seen).size).toBe(1031);
  });

  it('filters to open halls with openNow', async () => {
    freezeAt(SATURDAY_10);
    const q = '/api/halls/nearby?lat=29.56&lng=106.55&limit=50';
    const open = await get<NearbyHallsResponse>(`${q}&openNow=true`);
    expect(open.body.items.length).toBe(50);
    expect(open.body.items.every((h) => h.openNow && h.today.ranges.length > 0)).toBe(true);
    const all = await get<NearbyHallsResponse>(`${q}&openNow=0`);
    expect(all.body.items.some((h) => !h.openNow)).toBe(true);
    // the open ones are exactly the open subset of a wider unfiltered search, in order
    const wide = server.world.halls.nearby({ lat: 29.56, lng: 106.55 }, { offset: 0, limit: 12340 }, SATURDAY_10).items.filter((h) => h.openNow);
    expect(open.body.items.map((h) => h.id)).toEqual(wide.slice(0, 50).map((h) => h.id));
    // at night nothing is open
    freezeAt('2026-12-02T22:00:00+08:00');
    const none = await get<NearbyHallsResponse>(`${q}&openNow=1`);
    expect(none.body).toEqual({ items: [], nextCursor: null });
  });

  it.each([
    ['lat=91&lng=106.5', 'lat', '纬度必须是 -90 到 90 之间的数字'],
    ['lat=abc&lng=106.5', 'lat', '纬度必须是 -90 到 90 之间的数字'],
    ['lng=106.5', 'lat', '请提供纬度 lat'],
    ['lat=29.5&lng=181', 'lng', '经度必须是 -180 到 180 之间的数字'],
    ['lat=29.5&lng=0x10', 'lng', '经度必须是 -180 到 180 之间的数字'],
    ['lat=29.5&lng=106.5&level=province', 'level', '层级必须是 city、district、township、village 之一'],
    ['lat=29.5&lng=106.5&openNow=yes', 'openNow', 'openNow 只能是 true、false、1 或 0'],
    ['lat=29.5&lng=106.5&limit=0', 'limit', '每页条数必须是 1 到 50 之间的整数'],
    ['lat=29.5&lng=106.5&limit=51', 'limit', '每页条数必须是 1 到 50 之间的整数'],
    ['lat=29.5&lng=106.5&limit=2.5', 'limit', '每页条数必须是 1 到 50 之间的整数'],
    ['lat=29.5&lng=106.5&limit=1&limit=2', 'limit', '每页条数必须是 1 到 50 之间的整数'],
    ['lat=29.5&lng=106.5&cursor=not-a-cursor', 'cursor', '翻页游标无效，请从第一页重新加载'],
  ])('400 for %s naming %s', async (query, field, message) => {
    const error = await expectError(`/api/halls/nearby?${query}`, 400, 'bad_request');
    expect(error.fields).toEqual({ [field]: message });
  });

  it('names every bad parameter at once', async () => {
    const error = await expectError('/api/halls/nearby?lat=x&lng=y&level=z', 400, 'bad_request');
    expect(Object.keys(error.fields ?? {}).sort()).toEqual(['lat', 'level', 'lng']);
  });

  it('accepts points outside Chongqing (Chengdu)', async () => {
    const { status, body } = await get<NearbyHallsResponse>('/api/halls/nearby?lat=30.657&lng=104.066&level=district&limit=3');
    expect(status).toBe(200);
    expect(body.items).toHaveLength(3);
    expect(body.items[0].distanceMeters).toBeGreaterThan(100_000);
  });
});

describe('GET /api/halls/:id', () => {
  it('returns the city hall detail', async () => {
    const { status, body } = await get<HallDetail>('/api/halls/500000');
    expect(status).toBe(200);
    expect(body).toMatchObject({ id: '500000', name: '重庆市政务服务中心', level: 'city', phone: '023-12345', openNow: true });
    expect(body.windows).toHaveLength(40);
    expect(body.windows.filter((w) => w.open).length).toBeGreaterThan(30);
    expect(body.week.map((d) => d.date)).toEqual(['2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05', '2026-12-06', '2026-12-07', '2026-12-08']);
    expect(body.weeklyHours.days).toHaveLength(7);
    expect(body.transit).toMatch(/轨道交通/);
    expect(body.parentHallId).toBeUndefined();
  });

  it('returns 光辉村便民服务站 with its parent', async () => {
    const { body } = await get<HallDetail>('/api/halls/500243106200');
    expect(body).toMatchObject({
      name: '光辉村便民服务站',
      level: 'village',
      parentHallId: '500243106',
      divisions: { district: '500243', township: '500243106', village: '500243106200' },
      divisionPath: '彭水苗族土家族自治县 黄家镇 光辉村',
    });
  });

  it('is closed with an empty queue in the lunch break', async () => {
    freezeAt('2026-12-02T12:30:00+08:00');
    const { body } = await get<HallDetail>('/api/halls/500000');
    expect(body.openNow).toBe(false);
    expect(body.queue).toMatchObject({ waiting: 0, estimatedWaitMinutes: 0 });
    expect(body.windows.every((w) => !w.open)).toBe(true);
  });

  it('404s unknown ids and 400s malformed ones', async () => {
    const missing = await expectError('/api/halls/500999', 404, 'not_found');
    expect(missing.message).toBe('未找到编号为 500999 的服务大厅');
    const bad = await expectError('/api/halls/abc', 400, 'bad_request');
    expect(bad.fields).toEqual({ id: '大厅编号必须是 6、9 或 12 位数字' });
  });
});

describe('GET /api/halls', () => {
  it('lists by level then code with a total', async () => {
    const { body } = await get<HallListResponse>('/api/halls?limit=3');
    expect(body.total).toBe(12340);
    expect(body.items.map((h) => h.id)).toEqual(['500000', '500101', '500102']);
    const districts = await get<HallListResponse>('/api/halls?level=district&limit=50');
    expect(districts.body.total).toBe(38);
    expect(districts.body.items).toHaveLength(38);
    expect(districts.body.nextCursor).toBeNull();
  });

  it('filters by division subtree and by name or address', async () => {
    const { body } = await get<HallListResponse>('/api/halls?division=500243106&limit=50');
    expect(body.total).toBe(11); // the township hall and its 10 villages
    expect(body.items[0].id).toBe('500243106');
    expect(body.items.slice(1).every((h) => h.level === 'village' && h.id.startsWith('500243106'))).toBe(true);
    const q = await get<HallListResponse>(`/api/halls?division=500243&q=${encodeURIComponent('光辉')}`);
    expect(q.body.items.map((h) => h.name)).toEqual(['光辉村便民服务站']);
    const byAddress = await get<HallListResponse>(`/api/halls?q=${encodeURIComponent('夔门街道办事处')}`);
    expect(byAddress.body.items.map((h) => h.id)).toEqual(['500236003']);
    const city = await get<HallListResponse>('/api/halls?division=500000&limit=1');
    expect(city.body.total).toBe(12340);
  });

  it('pages the whole district of 彭水 without overlap', async () => {
    const seen = new Set<string>();
    let cursor: string | null = null;
    let total = 0;
    do {
      const page: { body: HallListResponse } = await get<HallListResponse>(`/api/halls?division=500243&limit=50${cursor ? `&cursor=${cursor}` : ''}`);
      total = page.body.total;
      for (const h of page.body.items) {
        expect(seen.has(h.id)).toBe(false);
        seen.add(h.id);
      }
      cursor = page.body.nextCursor;
    } while (cursor !== null);
    expect(seen.size).toBe(total);
    expect(total).toBe(server.world.halls.halls.filter((h) => h.id.startsWith('500243')).length);
  });

  it('rejects bad parameters and unknown divisions', async () => {
    expect((await expectError('/api/halls?division=12', 400, 'bad_request')).fields).toEqual({ division: '行政区划代码必须是 6、9 或 12 位数字' });
    expect((await expectError('/api/halls?level=town', 400, 'bad_request')).fields).toEqual({ level: '层级必须是 city、district、township、village 之一' });
    expect((await expectError(`/api/halls?q=${'办'.repeat(51)}`, 400, 'bad_request')).fields).toEqual({ q: '搜索关键词不能超过 50 个字' });
    await expectError('/api/halls?division=510104', 404, 'not_found');
  });
});

describe('GET /api/divisions', () => {
  it('walks 彭水 → 黄家镇 → 光辉村 → its hall', async () => {
    const top = await get<DivisionListResponse>('/api/divisions');
    expect(top.body.parent).toBeUndefined();
    expect(top.body.items).toHaveLength(38);
    const pengshui = top.body.items.find((d) => d.code === '500243');
    expect(pengshui).toMatchObject({ name: '彭水苗族土家族自治县', level: 'district', hallId: '500243' });
    expect(pengshui?.parentCode).toBeUndefined();

    const townships = await get<DivisionListResponse>('/api/divisions?parent=500243');
    expect(townships.body.parent?.code).toBe('500243');
    expect(townships.body.items).toHaveLength(pengshui?.childCount ?? -1);
    const huangjia = townships.body.items.find((d) => d.name === '黄家镇');
    expect(huangjia).toMatchObject({ code: '500243106', level: 'township', parentCode: '500243', hallId: '500243106', childCount: 10 });

    const villages = await get<DivisionListResponse>('/api/divisions?parent=500243106');
    expect(villages.body.items).toHaveLength(10);
    const guanghui = villages.body.items.find((d) => d.name === '光辉村');
    expect(guanghui).toMatchObject({ code: '500243106200', level: 'village', parentCode: '500243106', childCount: 0 });
    const hall = await get<HallDetail>(`/api/halls/${guanghui?.hallId}`);
    expect(hall.body.name).toBe('光辉村便民服务站');
    expect(hall.body.location).toEqual(guanghui?.location);

    const leaf = await get<DivisionListResponse>('/api/divisions?parent=500243106200');
    expect(leaf.status).toBe(200);
    expect(leaf.body.items).toEqual([]);
    expect(leaf.body.parent?.name).toBe('光辉村');
  });

  it('404s unknown codes and 400s malformed ones', async () => {
    await expectError('/api/divisions?parent=500299', 404, 'not_found');
    expect((await expectError('/api/divisions?parent=abc', 400, 'bad_request')).fields).toEqual({ parent: '行政区划代码必须是 6、9 或 12 位数字' });
  });
});

describe('errors, methods and transport', () => {
  it('answers unknown /api routes with 404 JSON', async () => {
    await expectError('/api/nothing-here', 404, 'not_found');
    await expectError('/api/halls/500000/extra', 404, 'not_found');
  });

  it('answers wrong methods with 405 JSON and Allow', async () => {
    const res = await fetch(`${base}/api/halls/nearby?lat=1&lng=1`, { method: 'POST' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET');
    expect(((await res.json()) as ApiErrorBody).error.code).toBe('method_not_allowed');
    await expectError('/api/halls/500000', 405, 'method_not_allowed', { method: 'DELETE' });
    await expectError('/api/divisions', 405, 'method_not_allowed', { method: 'PUT' });
  });

  it('rejects a malformed JSON body with 400', async () => {
    await expectError('/api/halls', 400, 'bad_request', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"lat":',
    });
  });

  it('turns thrown errors into 500 JSON without a stack', async () => {
    const explode = jest.spyOn(server.world.clock, 'now').mockImplementation(() => {
      throw new Error('clock exploded');
    });
    const logged = server.logged.length;
    try {
      const res = await fetch(`${base}/api/halls/500000`);
      expect(res.status).toBe(500);
      const text = await res.text();
      expect(JSON.parse(text)).toEqual({ error: { code: 'internal', message: '服务器开小差了，请稍后再试' } });
      expect(text).not.toMatch(/clock exploded|at /);
      // the stack goes to the server log instead
      expect(server.logged).toHaveLength(logged + 1);
    } finally {
      explode.mockRestore();
    }
  });

  it('refuses a CORS preflight from an origin that is not on the allow-list', async () => {
    const res = await fetch(`${base}/api/halls/nearby`, {
      method: 'OPTIONS',
      headers: { origin: 'http://evil.example', 'access-control-request-method': 'GET' },
    });
    expect(res.status).toBe(403);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('gzips large responses', async () => {
    const res = await fetch(`${base}/api/halls?limit=50`, { headers: { 'accept-encoding': 'gzip' } });
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(((await res.json()) as HallListResponse).items).toHaveLength(50);
  });
});

describe('static H5 build', () => {
  let dir = '';
  let h5Server: MockServer;
  let h5 = '';
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'h5-'));
    writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>渝快办</title>');
    writeFileSync(path.join(dir, 'app.js'), 'console.log(1)');
    h5Server = await startMockServer({ staticDir: dir });
    h5 = h5Server.url;
  });
  afterAll(async () => {
    await h5Server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves files, falls back to index.html and keeps /api JSON', async () => {
    expect(await (await fetch(`${h5}/app.js`)).text()).toBe('console.log(1)');
    const deep = await fetch(`${h5}/pages/halls/index?id=1`);
    expect(deep.status).toBe(200);
    expect(await deep.text()).toContain('<title>渝快办</title>');
    expect((await fetch(`${h5}/api/nope`)).status).toBe(404);
    expect((await get<{ halls: number }>(`${h5}/api/health`)).body.halls).toBe(12340);
  });

  it('answers 404 for a file that is not there, never the page in its place', async () => {
    for (const missing of ['/js/app.0123abcd.js', '/css/913.0123abcd.css', '/favicon.ico']) {
      const res = await fetch(`${h5}${missing}`);
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).not.toMatch(/text\/html/);
    }
  });

  it('is skipped when the directory does not exist', async () => {
    const noStatic = await startMockServer({ staticDir: path.join(dir, 'missing') });
    try {
      expect((await fetch(`${noStatic.url}/index.html`)).status).toBe(404);
    } finally {
      await noStatic.close();
    }
  });
});
