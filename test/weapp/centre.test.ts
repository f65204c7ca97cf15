/**
 * 办件指挥中心 on the mini-program build (dist/weapp in miniprogram-simulate, real HTTP to the
 * mock server): the page renders the mock's cases with their level, department, state and
 * deadline in words; with none, it says so instead of an empty grid.
 */
import type { CommandCentrePage } from '../../src/shared/api/cases';
import { Api, fileApplication } from '../support/api-client';
import { ROUTES } from '../support/routes';
import { elementsWithClass, expectSetDataWithinBudget, miniProgramSuite, textOf, waitFor, waitForText } from './harness';

const suite = miniProgramSuite();
const OVER_LIMIT = '500000-010410001000'; // 跨区县超限运输车辆通行许可, filed at 光辉村

it('renders the rows the mock server holds: item, number, level, department, state and deadline', async () => {
  const tian = await new Api(suite.server.url).demo('tian');
  const filed = await fileApplication(tian, OVER_LIMIT, { key: 'weapp-centre-1' });
  const centre = await suite.server.api<CommandCentrePage>('/api/dev/cases');
  const row = centre.items[0];
  const mp = suite.start();
  const page = await mp.open(ROUTES.commandCentre);
  await waitForText(page, filed.number);
  const rows = await waitFor(() => {
    const found = elementsWithClass(page, 'yk-centre-row');
    return found.length > 0 ? found : undefined;
  }, { what: 'a case row' });
  expect(rows).toHaveLength(1);
  const text = rows[0].textContent ?? '';
  expect(text).toContain(row.itemName);
  expect(text).toContain('村（社区）级');
  expect(text).toContain(row.department);
  expect(text).toContain(row.statusLabel);
  expect(text).toContain('未受理，尚未计时');
  expect(text).toContain('受理');
  expect(textOf(page)).toContain('共1件');
  expectSetDataWithinBudget(mp);
});

it('with no cases it says so, and shows no row', async () => {
  const mp = suite.start();
  const page = await mp.open(ROUTES.commandCentre);
  await waitForText(page, '没有符合条件的办件');
  expect(elementsWithClass(page, 'yk-centre-row')).toHaveLength(0);
  expect(textOf(page)).toContain('共0件');
});
