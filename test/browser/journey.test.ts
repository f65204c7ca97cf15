/**
 * The article's journey end to end on the H5 build, the clock driven by the test: 田兴华 signs in
 * on the sign-in page, files his over-limit transport permit from 光辉村, and follows it node by
 * node as it climbs village → township → district → city; the clerk asks for his vehicle licence
 * again and he answers by reusing the e-certificate; approved, he finds the e-permit in 我的证照
 * and the result in the message centre, and rates the service 满意 (a 不满意 and its
 * rectification ticket: rating.test.ts).
 */
import type { Page } from 'playwright-core';
import type { Application } from '../../src/shared/api/applications';
import type { CommandCentreCase } from '../../src/shared/api/cases';
import type { Certificate } from '../../src/shared/api/identity';
import { Api, fileApplication } from '../support/api-client';
import { PAGE, ROUTES } from '../support/routes';
import { browserSuite, openPage, topPage, waitStationed } from './harness';

const suite = browserSuite();
const OVER_LIMIT = '500000-010410001000';

async function dev<T>(path: string, body: unknown): Promise<T> {
  const res = await fetch(`${suite.server.url}/api${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (!res.ok) throw new Error(`POST ${path} → ${res.status}: ${await res.text()}`);
  return (await res.json()) as T;
}

/** The session the page signed in with, as the app stores it. */
async function tokenOf(page: Page): Promise<string> {
  const token = await page.evaluate(() => {
    const raw = localStorage.getItem('session.v1');
    return raw ? (JSON.parse(raw) as { data: { data: { token: string } } }).data.data.token : null;
  });
  if (!token) throw new Error('not signed in');
  return token;
}

/** An hour of world time, then the case page again (a citizen checking in: the session stays alive). */
async function anHourLater(page: Page, id: string): Promise<void> {
  await dev('/dev/clock', { advanceMinutes: 60 });
  await openPage(page, ROUTES.application(id));
}

const steps = (page: Page) => topPage(page).getByTestId('timeline-step');

it('田兴华 follows his permit from 光辉村 up to the city, answers a supplement with his e-licence, finds the e-permit and the message, and rates 满意', async () => {
  const { page, watch } = await suite.newPage('denied');
  await openPage(page, ROUTES.signIn(ROUTES.applications));
  await topPage(page).getByTestId('persona-tian').click();
  await waitStationed(page, PAGE.applications);
  const tian = new Api(suite.server.url, await tokenOf(page));
  // Filed as the apply flow files it (the flow itself: applying.test.ts), at 10:00 on a Wednesday.
  const filed = await fileApplication(tian, OVER_LIMIT, { key: 'journey-tian-1' });

  await openPage(page, ROUTES.applications);
  await topPage(page).getByTestId('application-row').filter({ hasText: filed.number }).click();
  await waitStationed(page, PAGE.application);
  await steps(page).first().filter({ hasText: '光辉村' }).filter({ hasText: '村（社区）级' }).waitFor();

  // Node by node, each hand-over one he can see: 10:30 黄家镇, 11:30 彭水, after lunch the city.
  await anHourLater(page, filed.id);
  await steps(page).filter({ hasText: '黄家镇' }).filter({ hasText: '乡镇（街道）级' }).waitFor();
  await anHourLater(page, filed.id);
  await steps(page).filter({ hasText: '彭水' }).filter({ hasText: '区县级' }).waitFor();
  for (let hour = 0; hour < 3; hour += 1) await anHourLater(page, filed.id);
  await steps(page).filter({ hasText: '重庆市交通运输委员会' }).filter({ hasText: '市级' }).waitFor();
  const levels = (await steps(page).allInnerTexts()).map((t) => ['村（社区）级', '乡镇（街道）级', '区县级', '市级'].find((l) => t.includes(l)));
  expect(levels.slice(0, 4)).toEqual(['村（社区）级', '乡镇（街道）级', '区县级', '市级']);

  // The city accepts, then asks for the vehicle licence again.
  const accepted = await dev<CommandCentreCase>(`/dev/cases/${filed.id}/accept`, {});
  const licence = accepted.materials.find((m) => m.name.includes('行驶证'));
  if (!licence) throw new Error('no 行驶证 among the materials');
  await dev(`/dev/cases/${filed.id}/supplement`, { materialIds: [licence.materialId], reason: '行驶证照片不清晰，请重新提供' });
  await openPage(page, ROUTES.application(filed.id));
  await topPage(page).getByTestId('deadline-words').filter({ hasText: '暂停计时' }).waitFor();
  await topPage(page).getByTestId('go-supplement').click();
  await waitStationed(page, PAGE.supplement);
  const vehicle = (await tian.get<Certificate[]>('/me/certificates')).body.find((c) => c.kind === 'vehicle_licence')!;
  await topPage(page).getByTestId(`use-certificate-${vehicle.id}`).click();
  await topPage(page).getByTestId('supplement-submit').click();
  await waitStationed(page, PAGE.application);
  await topPage(page).getByTestId('supplement-answered').filter({ hasText: '已补正' }).waitFor();

  // Approved; the permit is made an hour of work later and issued into 我的证照 (A, e-sealed).
  await dev(`/dev/cases/${filed.id}/approve`, {});
  await anHourLater(page, filed.id);
  await anHourLater(page, filed.id);
  const result = topPage(page).getByTestId('case-result');
  await result.waitFor();
  expect(await result.innerText()).toContain('超限运输车辆通行证');
  await result.getByTestId('open-certificate').click();
  await waitStationed(page, PAGE.certificate);
  const card = topPage(page).getByTestId('certificate-card');
  await card.waitFor();
  expect(await card.innerText()).toContain('超限运输车辆通行证');
  const done = (await tian.get<Application>(`/applications/${filed.id}`)).body;
  expect((await tian.get<Certificate[]>('/me/certificates')).body.find((c) => c.id === done.result?.certificateId)).toMatchObject({ trustLevel: 'A', name: '超限运输车辆通行证' });

  // The result is in the message centre, and opens the case.
  await openPage(page, ROUTES.messages);
  const message = topPage(page).getByTestId('message-row').filter({ hasText: '办理结果' });
  await message.first().waitFor();
  expect(await message.first().innerText()).toContain(filed.number);
  await message.first().click();
  await waitStationed(page, ROUTES.application(filed.id));

  // Invited, never pushed: he chooses to rate, 满意.
  await topPage(page).getByTestId('application-rate-link').click();
  await waitStationed(page, PAGE.rate);
  await topPage(page).getByRole('radio', { name: '满意', exact: true }).click();
  await topPage(page).getByTestId('rate-submit').click();
  await waitStationed(page, PAGE.evaluation);
  expect(await topPage(page).getByTestId('evaluation-level').textContent()).toBe('满意');
  expect(watch.pageErrors).toEqual([]);
});
