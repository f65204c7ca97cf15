/**
 * 就近办 on the mini-program build: the production dist/weapp pages, run in miniprogram-simulate
 * against the mock server over real HTTP. Run `npx taro build --type weapp` first.
 * Expectations come from the server's own answers, so the tests follow the data, not a copy.
 */
import type { DivisionListResponse, HallDetail, NearbyHallsResponse } from '../../src/shared/api/halls';
import { ROUTES, weappRoute } from '../support/routes';
import {
  elementsWithClass,
  expectSetDataWithinBudget,
  miniProgramSuite,
  tap,
  tapText,
  textOf,
  waitFor,
  waitForCalls,
  waitForNoText,
  waitForText,
  type PageHandle,
} from './harness';

/** 彭水苗族土家族自治县政务服务中心, GCJ-02 */
const PENGSHUI = { id: '500243', lat: 29.056599, lng: 108.08182 };
const GUANGHUI_VILLAGE = { code: '500243106200', hall: '光辉村便民服务站' };
/** FAILURE_MESSAGE.denied in src/features/place/usePlace.ts, as the citizen reads it */
const DENIED_MESSAGE = '您没有授权使用位置，可以手动选择地点查找附近大厅。';

const suite = miniProgramSuite();
const { server } = suite;

/** The hall names of the list's cards, top to bottom. */
function cardNames(page: PageHandle): string[] {
  return elementsWithClass(page, 'yk-hall-card').map((card) => elementsWithClass(card, 'yk-hall-card__name')[0]?.textContent ?? '');
}

async function nearbyFromServer(lat: number, lng: number): Promise<NearbyHallsResponse> {
  // the same query the app sends (6 decimals, first page of 20)
  return server.api<NearbyHallsResponse>(`/api/halls/nearby?lat=${lat.toFixed(6)}&lng=${lng.toFixed(6)}&limit=20`);
}

test('with location granted, the nearest hall comes first and opens its detail, from where it navigates', async () => {
  const fromServer = await nearbyFromServer(PENGSHUI.lat, PENGSHUI.lng);
  const nearest = [...fromServer.items].sort((a, b) => a.distanceMeters - b.distanceMeters)[0];
  // Standing at the county hall's own coordinates: nothing can be nearer than it.
  expect(nearest.id).toBe(PENGSHUI.id);

  const mp = suite.start({ location: { kind: 'granted', lat: PENGSHUI.lat, lng: PENGSHUI.lng } });
  const nearby = await mp.open(ROUTES.nearby);
  await waitForText(nearby, '使用我的位置');
  // The position is asked for only when the citizen says so.
  expect(mp.callsTo('getLocation')).toHaveLength(0);

  await tapText(nearby, '使用我的位置');
  await waitForText(nearby, nearest.name);
  expect(mp.callsTo('getLocation')).toEqual([expect.objectContaining({ type: 'gcj02' })]);
  const names = cardNames(nearby);
  expect(names.length).toBeGreaterThan(1);
  expect(names[0]).toBe(nearest.name);
  expect(names).toEqual(fromServer.items.map((h) => h.name));
  expect(textOf(nearby)).toContain('营业中');

  tap(elementsWithClass(nearby, 'yk-hall-card')[0]);
  const [nav] = await waitForCalls(mp, 'navigateTo');
  expect(nav.url).toBe(ROUTES.hallDetail(nearest.id));

  const hall = await server.api<HallDetail>(`/api/halls/${nearest.id}`);
  const detail = await mp.followNavigateTo();
  await waitForText(detail, hall.address);
  const text = textOf(detail);
  expect(text).toContain(hall.name);
  expect(text).toContain('导航前往');
  expect(text).toContain('拨打电话');
  // the first 8 windows, then all of them on request
  expect(elementsWithClass(detail, 'yk-hall__window')).toHaveLength(Math.min(8, hall.windows.length));
  expect(hall.windows.length).toBeGreaterThan(8);
  await tapText(detail, `显示全部 ${hall.windows.length} 个窗口`);
  await waitFor(() => elementsWithClass(detail, 'yk-hall__window').length === hall.windows.length, { what: 'all windows' });
  // the coming seven days, each with its date (MM/DD)
  const weekRows = elementsWithClass(detail, 'yk-week__row').map((row) => row.textContent ?? '');
  expect(weekRows).toEqual(hall.week.map((day) => expect.stringContaining(day.date.slice(5).replace('-', '/'))));

  await tapText(detail, '导航前往');
  const [open] = await waitForCalls(mp, 'openLocation');
  expect(open).toMatchObject({ latitude: hall.location.lat, longitude: hall.location.lng, name: hall.name });

  await tapText(detail, '拨打电话');
  const [call] = await waitForCalls(mp, 'makePhoneCall');
  expect(call.phoneNumber).toBe(hall.phone.replace(/\D/g, ''));

  expectSetDataWithinBudget(mp);
});

test('with location refused, the citizen picks 彭水 › 黄家镇 › 光辉村 by hand and it is remembered', async () => {
  const storage = new Map<string, string>();
  const mp = suite.start({ storage, location: { kind: 'denied' } });
  const nearby = await mp.open(ROUTES.nearby);

  await tapText(nearby, '使用我的位置');
  await waitForText(nearby, DENIED_MESSAGE);
  expect(textOf(nearby)).toContain('手动选择地点');
  expect(mp.requests).toHaveLength(0);

  await tapText(nearby, '手动选择地点');
  const [nav] = await waitForCalls(mp, 'navigateTo');
  expect(nav.url).toBe(ROUTES.pickPlace);

  const districts = await server.api<DivisionListResponse>('/api/divisions');
  expect(districts.items.map((d) => d.name)).toContain('彭水苗族土家族自治县');
  const picker = await mp.followNavigateTo();
  await waitForText(picker, '彭水苗族土家族自治县');
  await waitForText(picker, districts.items[districts.items.length - 1].name);
  await tapText(picker, '彭水苗族土家族自治县');
  await tapText(picker, '黄家镇');
  await tapText(picker, '光辉村');

  const stored = await waitFor(() => mp.readStorage('nearby.place') || undefined, { what: 'nearby.place in storage' });
  expect(stored).toMatchObject({
    v: 1,
    data: { kind: 'division', label: '彭水苗族土家族自治县 黄家镇 光辉村', divisionCode: GUANGHUI_VILLAGE.code },
  });
  await waitForCalls(mp, 'navigateBack');
  expect(mp.pages().map((p) => p.route)).toEqual([weappRoute(ROUTES.nearby)]);

  // Back on the list, which now centres on the village.
  await waitForText(nearby, GUANGHUI_VILLAGE.hall);
  expect(cardNames(nearby)[0]).toBe(GUANGHUI_VILLAGE.hall);

  // Next launch: the remembered place is used at once, without asking for the position.
  const again = suite.start({ storage, location: { kind: 'denied' } });
  const reopened = await again.open(ROUTES.nearby);
  await waitForText(reopened, GUANGHUI_VILLAGE.hall);
  expect(cardNames(reopened)[0]).toBe(GUANGHUI_VILLAGE.hall);
  expect(textOf(reopened)).toContain('彭水苗族土家族自治县 黄家镇 光辉村');
  expect(again.callsTo('getLocation')).toHaveLength(0);

  expectSetDataWithinBudget(mp);
  expectSetDataWithinBudget(again);
});

test('when requests fail, the list says so and 重试 loads the halls once the network is back', async () => {
  const mp = suite.start({ location: { kind: 'granted', lat: PENGSHUI.lat, lng: PENGSHUI.lng } });
  mp.requestFailure = 'request:fail -2:net::ERR_INTERNET_DISCONNECTED';
  const nearby = await mp.open(ROUTES.nearby);

  await tapText(nearby, '使用我的位置');
  await waitForText(nearby, '附近大厅加载失败');
  expect(textOf(nearby)).toContain('网络连接不可用，请检查网络后重试');
  expect(textOf(nearby)).toContain('重试');
  expect(cardNames(nearby)).toHaveLength(0);
  // a read is retried before the error is shown
  expect(mp.requests.length).toBeGreaterThan(1);
  expect(mp.requests.every((r) => r.statusCode === undefined)).toBe(true);

  mp.requestFailure = null;
  const nearest = (await nearbyFromServer(PENGSHUI.lat, PENGSHUI.lng)).items[0];
  await tapText(nearby, '重试');
  await waitForText(nearby, nearest.name);
  expect(textOf(nearby)).not.toContain('附近大厅加载失败');
  expect(cardNames(nearby)[0]).toBe(nearest.name);
  // the list's own request (a position is also resolved to its village in the background, whose
  // request may still be in flight: it is not what the citizen waits for)
  const listRequests = mp.requests.filter((r) => r.url.includes('/api/halls/nearby') && !r.url.includes('level=village'));
  expect(listRequests[listRequests.length - 1].statusCode).toBe(200);

  expectSetDataWithinBudget(mp);
});

test('the offline banner follows the network status WeChat reports', async () => {
  const mp = suite.start();
  const nearby = await mp.open(ROUTES.nearby);
  await waitForText(nearby, '使用我的位置');
  const banner = '网络已断开';
  expect(textOf(nearby)).not.toContain(banner);

  mp.setOnline(false);
  await waitForText(nearby, banner);
  mp.setOnline(true);
  await waitForNoText(nearby, banner);
});
