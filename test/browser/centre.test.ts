/**
 * 办件指挥中心 on the H5 build in Chromium against the mock server: a case filed through the API
 * appears on the open page without a reload (the page polls), the live region tells of it, and
 * tapping 受理 moves it to the deciding department; a level it is not at does not show it.
 */
import type { CommandCentrePage } from '../../src/shared/api/cases';
import { Api, fileApplication } from '../support/api-client';
import { ROUTES } from '../support/routes';
import { STEP_TIMEOUT, browserSuite, openPage, topPage } from './harness';

const suite = browserSuite();
const OVER_LIMIT = '500000-010410001000'; // 跨区县超限运输车辆通行许可: filed at 光辉村, decided by the city

it('a case filed through the API appears without reload; 受理 moves it to the city', async () => {
  const { page, watch } = await suite.newPage('denied');
  await openPage(page, ROUTES.commandCentre);
  const screen = topPage(page);
  await screen.getByText('没有符合条件的办件').waitFor();
  // a reload would lose this mark
  await page.evaluate(() => ((window as unknown as { centreMark: number }).centreMark = 1));

  const tian = await new Api(suite.server.url).demo('tian');
  const filed = await fileApplication(tian, OVER_LIMIT, { key: 'browser-centre-1' });
  const row = screen.getByTestId('centre-row').filter({ hasText: filed.number });
  await row.waitFor({ timeout: STEP_TIMEOUT });
  expect(await page.evaluate(() => (window as unknown as { centreMark?: number }).centreMark)).toBe(1);
  await expect(row.getByTestId('row-level').textContent()).resolves.toBe('村（社区）级');
  await expect(screen.getByTestId('centre-announcer').textContent()).resolves.toContain('新收到1件办件');

  await row.getByTestId('control-accept').click();
  await row.getByText('办理中').waitFor({ timeout: STEP_TIMEOUT });
  await expect(row.getByTestId('row-level').textContent()).resolves.toBe('市级');
  const server = await suite.server.api<CommandCentrePage>('/api/dev/cases');
  expect(server.items[0]).toMatchObject({ id: filed.id, status: 'in_process', level: 'city' });
  expect(watch.pageErrors).toEqual([]);
});

it('filtered to 市级, a case still at the village does not show; 村（社区）级 shows it', async () => {
  const tian = await new Api(suite.server.url).demo('tian');
  const filed = await fileApplication(tian, OVER_LIMIT, { key: 'browser-centre-2' });
  const { page } = await suite.newPage('denied');
  await openPage(page, ROUTES.commandCentre);
  const screen = topPage(page);
  await screen.getByTestId('centre-row').filter({ hasText: filed.number }).waitFor();
  await screen.getByTestId('level-city').click();
  await screen.getByText('没有符合条件的办件').waitFor();
  await screen.getByTestId('level-village').click();
  await screen.getByTestId('centre-row').filter({ hasText: filed.number }).waitFor();
});
