/**
 * 一件事一次办 on the H5 build in Chromium: from the life event 新生儿出生, 一次申请 opens ONE
 * draft whose task list names the event; filed, its confirmation lists one application per item,
 * each with its own number, and each opens its own case.
 */
import type { Page } from 'playwright-core';
import type { Application, Draft } from '../../src/shared/api/applications';
import type { Address } from '../../src/shared/api/identity';
import type { SessionGrant } from '../../src/shared/api/identity';
import { Api, answerChecklist, fillForm, pdfBytes } from '../support/api-client';
import { PAGE, ROUTES } from '../support/routes';
import { browserSuite, openPage, topPage, waitStationed } from './harness';

const suite = browserSuite();
const EVENT = 'xinshenger-chusheng';

async function signInAsTu(page: Page): Promise<Api> {
  const grant = await suite.server.api<SessionGrant>('/api/session/demo', { persona: 'tu' });
  await page.addInitScript((token) => localStorage.setItem('session.v1', JSON.stringify({ data: { v: 1, data: { token } } })), grant.token);
  return new Api(suite.server.url, grant.token);
}

it('一次申请 opens one draft for the whole life event, and its confirmation lists every item’s own application', async () => {
  const { page, watch } = await suite.newPage('denied');
  const tu = await signInAsTu(page);
  await openPage(page, ROUTES.lifeEvent(EVENT));
  await topPage(page).getByTestId('apply-life-event-button').click();
  await waitStationed(page, PAGE.applyTasks);
  await topPage(page).getByTestId('apply-item-name').filter({ hasText: '新生儿出生' }).waitFor();
  const drafts = (await tu.get<Array<{ id: string; itemId: string }>>('/drafts')).body;
  expect(drafts.map((d) => d.itemId)).toEqual([EVENT]);

  // The rest of the form as the apply journey fills it (tested on its own in applying.test.ts).
  const draft = (await tu.get<Draft>(`/drafts/${drafts[0].id}`)).body;
  const pdf = await tu.upload('出生医学证明.pdf', 'application/pdf', pdfBytes(3000));
  const home = (await tu.get<Address[]>('/me/addresses')).body.find((a) => a.isDefault);
  const saved = await tu.put<Draft>(
    `/drafts/${draft.id}`,
    { situationId: draft.situationId, applicant: { kind: 'self' }, values: fillForm(draft.form, '2026-12-02', pdf.id, draft.prefilled), materials: answerChecklist(draft, pdf.id), delivery: home ? { method: 'express', addressId: home.id } : { method: 'electronic' }, currentTask: 'review' },
    { 'If-Match': String(draft.version) },
  );
  expect(saved.status).toBe(200);
  const filed = (await tu.post<Application>('/applications', { draftId: draft.id }, 'browser-life-event-1')).body;

  await openPage(page, ROUTES.applyDone(filed.id));
  const rows = topPage(page).getByTestId('bundle-application');
  await rows.first().waitFor();
  expect(await rows.count()).toBe(5);
  const texts = await rows.allInnerTexts();
  for (const member of filed.bundle!.applications) expect(texts.some((t) => t.includes(member.itemName) && t.includes(member.number))).toBe(true);
  await rows.nth(2).click();
  await waitStationed(page, PAGE.application);
  expect(page.url()).toContain(encodeURIComponent(filed.bundle!.applications[2].id));
  // the case page names the other four, each a link to its own case
  const others = topPage(page).getByTestId('case-bundle-application');
  await others.first().waitFor();
  expect(await others.count()).toBe(4);
  expect(watch.pageErrors).toEqual([]);
});
