/**
 * Every H5 page the page-wide sweeps visit (axe in a11y.test.ts, the 长辈版 sizes in
 * elder.test.ts), and how each is reached: signed in or out, with a draft, after a step.
 *
 * Adding a page is one line in PAGES: its name and its URL from src/routes.ts (ids come from the
 * server's own data, resolved once per file).
 */
import type { Page } from 'playwright-core';
import type { ItemListResponse, LifeEventSummary } from '../../src/shared/api/catalog';
import type { Draft } from '../../src/shared/api/applications';
import type { Complaint } from '../../src/shared/api/complaints';
import type { Evaluation } from '../../src/shared/api/evaluations';
import type { SessionGrant } from '../../src/shared/api/identity';
import { Api, fileApplication } from '../support/api-client';
import { ROUTES } from '../support/routes';
import type { SuiteServer } from '../support/suite-server';
import { personaSeed } from '../../mock/identity/personas';
import type { Application } from '../../src/shared/api/applications';
import type { CommandCentreCase } from '../../src/shared/api/cases';
import { button, topPage, waitForCards } from './harness';

/** A street by 九龙坡区政务服务中心, as a phone's GPS (WGS-84) reports it. */
export const NEAR_JIULONGPO = { latitude: 29.505, longitude: 106.505 };

/** 普通护照签发 (city): a fee of 120 元 and one visit, so its pages show both. */
export const PASSPORT = '500000-010110001000';

/** Ids of real records, looked up on the file's server (never restated here). */
export interface Ids {
  hall: string;
  guide: string;
  lifeEvent: string;
}

/** What 喻先生 made before the visit, for pages about his own records. */
export interface Own {
  draft: string;
  /** a filed application of his (普通护照签发), waiting for a supplement when the page asks */
  application: string;
  /** its 办件编号, for the public query */
  number: string;
  /** his 不满意 of that case's acceptance, with its rectification ticket (`rating: 'bad'`) */
  evaluation: string;
  /** his complaint about that case (`complaint: true`) */
  complaint: string;
}

export interface SweptPage {
  name: string;
  url: (ids: Ids, own: Own) => string;
  /** what a user does first, so the visited state has content, not only a spinner */
  then?: (page: Page) => Promise<void>;
  /** visit as 喻先生, signed in before the page loads */
  signedIn?: boolean;
  /** he has a draft of 普通护照签发 (an item with a fee and a visit) */
  draft?: boolean;
  /** only exists in 长辈版 (the elder home): skipped by sweeps of the normal mode */
  elderOnly?: boolean;
  /** he has filed 普通护照签发; `supplement`: and the clerk asked for a supplement */
  application?: 'filed' | 'supplement';
  /** he has an accepted case ('open': not rated yet; 'bad': rated 不满意, a ticket open) */
  rating?: 'open' | 'bad';
  /** he has complained about his filed case (with `application`) */
  complaint?: boolean;
}

const useMyPosition = async (page: Page): Promise<void> => {
  await button(topPage(page).getByTestId('location-prompt'), '使用我的位置').click();
  await waitForCards(page);
};

/** 进度查询 filled in with 喻先生's application, as anyone holding its number and his name would. */
const askProgress = async (page: Page): Promise<void> => {
  const top = topPage(page);
  const number = await page.evaluate(() => sessionStorage.getItem('sweep.number') ?? '');
  await top.getByLabel('办件编号').fill(number);
  await top.getByLabel('申请人姓名或单位名称').fill(personaSeed('yu').name!);
  await top.getByTestId('progress-search').click();
  await top.getByTestId('progress-result').waitFor();
};

export const PAGES: SweptPage[] = [
  { name: 'nearby', url: () => ROUTES.nearby },
  { name: 'nearby, located', url: () => ROUTES.nearby, then: useMyPosition },
  {
    name: '长辈版 home (就近办), located from the elder home',
    url: () => ROUTES.nearby,
    elderOnly: true,
    then: async (page) => {
      await topPage(page).getByTestId('elder-locate').click();
      await topPage(page).getByTestId('elder-hall-name').waitFor();
    },
  },
  { name: 'services', url: () => ROUTES.services },
  { name: 'search (q=sbk)', url: () => ROUTES.itemSearch({ q: 'sbk' }) },
  { name: 'guide', url: (ids) => ROUTES.guide(ids.guide) },
  { name: 'life event', url: (ids) => ROUTES.lifeEvent(ids.lifeEvent) },
  { name: 'departments', url: () => ROUTES.departments },
  { name: 'hall detail', url: (ids) => ROUTES.hallDetail(ids.hall) },
  { name: 'place picker', url: () => ROUTES.pickPlace },
  { name: '我的, signed out', url: () => ROUTES.me },
  { name: 'sign-in', url: () => ROUTES.signIn() },
  { name: 'privacy policy', url: () => ROUTES.privacy },
  { name: 'accessibility statement', url: () => ROUTES.accessibility },
  { name: '我的, signed in', url: () => ROUTES.me, signedIn: true },
  { name: 'certificates', url: () => ROUTES.certificates, signedIn: true },
  { name: 'data-use log', url: () => ROUTES.dataUse, signedIn: true },
  { name: 'addresses', url: () => ROUTES.addresses, signedIn: true },
  { name: 'new address', url: () => ROUTES.addressEdit(), signedIn: true },
  { name: 'family members', url: () => ROUTES.family, signedIn: true },
  { name: 'real-name', url: () => ROUTES.realName, signedIn: true },
  { name: 'delete account', url: () => ROUTES.deleteAccount, signedIn: true },
  { name: '我的材料', url: () => ROUTES.materials, signedIn: true },
  { name: '我的预约', url: () => ROUTES.appointments, signedIn: true },
  { name: '我的办件', url: () => ROUTES.applications, signedIn: true, application: 'filed' },
  { name: 'case page', url: (_, own) => ROUTES.application(own.application), signedIn: true, application: 'filed' },
  { name: 'case page, withdraw asked', url: (_, own) => ROUTES.application(own.application), signedIn: true, application: 'filed', then: async (page) => {
    await topPage(page).getByTestId('withdraw').click();
    await topPage(page).getByTestId('withdraw-dialog').waitFor();
  } },
  { name: '补正', url: (_, own) => ROUTES.supplement(own.application), signedIn: true, application: 'supplement', then: async (page) => {
    await topPage(page).getByTestId('supplement-reason').waitFor();
  } },
  { name: '进度查询', url: () => ROUTES.progress },
  { name: '进度查询, answered', url: () => ROUTES.progress, signedIn: true, application: 'filed', then: askProgress },
  { name: '消息中心', url: () => ROUTES.messages, signedIn: true },
  { name: '消息中心, with a message', url: () => ROUTES.messages, signedIn: true, application: 'filed', then: async (page) => {
    await topPage(page).getByTestId('message-row').first().waitFor();
  } },
  { name: '演示：消息发件箱', url: () => ROUTES.outbox },
  { name: '演示：消息发件箱, with a notice sent', url: () => ROUTES.outbox, signedIn: true, application: 'filed', then: async (page) => {
    await topPage(page).getByTestId('outbox-page').first().waitFor();
  } },
  { name: 'book a visit', url: () => ROUTES.book(PASSPORT), signedIn: true },
  { name: 'apply: task list', url: (_, own) => ROUTES.applyTasks(own.draft), signedIn: true, draft: true },
  { name: 'apply: situation', url: (_, own) => ROUTES.applySituation(own.draft), signedIn: true, draft: true },
  { name: 'apply: applicant', url: (_, own) => ROUTES.applyApplicant(own.draft), signedIn: true, draft: true },
  { name: 'apply: form', url: (_, own) => ROUTES.applyForm(own.draft), signedIn: true, draft: true },
  { name: 'apply: materials', url: (_, own) => ROUTES.applyMaterials(own.draft), signedIn: true, draft: true },
  { name: 'apply: delivery', url: (_, own) => ROUTES.applyDelivery(own.draft), signedIn: true, draft: true },
  { name: 'apply: review', url: (_, own) => ROUTES.applyReview(own.draft), signedIn: true, draft: true },
  { name: 'apply: done (订阅办理通知)', url: (_, own) => ROUTES.applyDone(own.application), signedIn: true, application: 'filed', then: async (page) => {
    await topPage(page).getByTestId('application-number').waitFor();
  } },
  { name: '好差评: rate a case', url: (_, own) => ROUTES.rate(own.application), signedIn: true, rating: 'open', then: chooseLevel },
  { name: '好差评: a bad rating and its ticket', url: (_, own) => ROUTES.evaluation(own.evaluation), signedIn: true, rating: 'bad' },
  { name: '我的评价, empty', url: () => ROUTES.evaluations, signedIn: true },
  { name: '我的评价, a bad rating with its ticket', url: () => ROUTES.evaluations, signedIn: true, rating: 'bad', then: async (page) => {
    await topPage(page).getByTestId('evaluation-row-ticket').first().waitFor();
  } },
  { name: '投诉: the form', url: (_, own) => ROUTES.complain(own.application), signedIn: true, application: 'filed', then: async (page) => {
    await topPage(page).getByTestId('complaint-form').waitFor();
  } },
  { name: '投诉详情', url: (_, own) => ROUTES.complaint(own.complaint), signedIn: true, application: 'filed', complaint: true },
  { name: '我的投诉, empty', url: () => ROUTES.complaints, signedIn: true },
  { name: '我的投诉, a complaint', url: () => ROUTES.complaints, signedIn: true, application: 'filed', complaint: true, then: async (page) => {
    await topPage(page).getByTestId('complaint-row').first().waitFor();
  } },
  { name: '好差评: change a rating (修改评价)', url: (_, own) => ROUTES.changeRating(own.evaluation), signedIn: true, rating: 'bad', then: waitForChangeForm },
  {
    name: '办件指挥中心 (a case with its controls open)',
    url: () => ROUTES.commandCentre,
    signedIn: true,
    application: 'filed',
    then: async (page) => {
      await topPage(page).getByTestId('centre-rows').waitFor();
      await topPage(page).getByTestId('control-supplement').first().click();
      await topPage(page).getByTestId('supplement-panel').waitFor();
    },
  },
];

/** The rating form with a level chosen, so its tags show too. */
async function chooseLevel(page: Page): Promise<void> {
  await topPage(page).getByTestId('level-basically_satisfied').click();
  await topPage(page).getByText('哪些方面做得好？', { exact: false }).waitFor();
}

/** The change form, prefilled with the rating as given (its problem tags show). */
async function waitForChangeForm(page: Page): Promise<void> {
  await topPage(page).getByText('遇到了哪些问题？', { exact: false }).waitFor();
}

/** 喻先生's 普通护照签发, filed and accepted (dev control), and for 'bad' rated 不满意. */
async function ratedCase(server: SuiteServer, token: string, rating: 'open' | 'bad'): Promise<Pick<Own, 'application' | 'evaluation'>> {
  const api = new Api(server.url, token);
  const filed = await fileApplication(api, PASSPORT);
  await server.api('/api/dev/cases/' + filed.id + '/accept', {});
  if (rating === 'open') return { application: filed.id, evaluation: '' };
  const dimensions = { overall: 2, efficiency: 2, guide_accuracy: 3, convenience: 2, usability: 3 };
  const rated = await api.post<Evaluation>(`/applications/${filed.id}/evaluations`, { stage: 'acceptance', level: 'dissatisfied', dimensions, tags: ['办理拖延'], comment: '受理等了很久' }, `sweep-${filed.id}`);
  if (rated.status !== 201) throw new Error(`rating: ${rated.status} ${JSON.stringify(rated.body)}`);
  return { application: filed.id, evaluation: rated.body.id };
}

export async function lookUpIds(server: SuiteServer): Promise<Ids> {
  const sbk = await server.api<ItemListResponse>('/api/items?q=sbk&group=basic');
  const events = await server.api<LifeEventSummary[]>('/api/life-events');
  return { hall: '500107', guide: sbk.items[0].id, lifeEvent: events[0].id };
}

/** A call as the signed-in citizen (the suite's own helper sends no session). */
async function asCitizen<T>(server: SuiteServer, token: string, method: string, path: string, body: unknown): Promise<T> {
  const res = await fetch(server.url + path, { method, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (!res.ok) throw new Error(`${method} ${path} → ${res.status}: ${await res.text()}`);
  return (await res.json()) as T;
}

/** The stored form of setElderMode(true), as Taro's H5 storage writes it, before the app reads it. */
export async function presetElderMode(page: Page): Promise<void> {
  await page.addInitScript(() => localStorage.setItem('settings.elderMode', JSON.stringify({ data: { v: 1, data: true } })));
}

/**
 * Prepares a fresh page for one swept page (session and draft when the page needs them) and
 * returns the route to open.
 */
export async function prepare(server: SuiteServer, page: Page, swept: SweptPage, ids: Ids): Promise<string> {
  const own: Own = { draft: '', application: '', number: '', evaluation: '', complaint: '' };
  if (swept.signedIn) {
    const grant = await server.api<SessionGrant>('/api/session/demo', { persona: 'yu' });
    if (swept.draft) own.draft = (await asCitizen<Draft>(server, grant.token, 'POST', '/api/drafts', { itemId: PASSPORT, situationId: 's1' })).id;
    if (swept.application) {
      const filed: Application = await fileApplication(new Api(server.url, grant.token), PASSPORT);
      own.application = filed.id;
      own.number = filed.number;
      if (swept.application === 'supplement') {
        await server.api<CommandCentreCase>(`/api/dev/cases/${filed.id}/supplement`, {});
      }
      // the public query's page reads the number the way a citizen would have it: not from its URL
      await page.addInitScript((n) => sessionStorage.setItem('sweep.number', n), filed.number);
    }
    if (swept.rating) Object.assign(own, await ratedCase(server, grant.token, swept.rating));
    if (swept.complaint) {
      const body = { applicationId: own.application, category: 'overdue', description: '网上提交后一直显示已收件，请尽快办理' };
      const complained = await new Api(server.url, grant.token).post<Complaint>('/complaints', body, `sweep-complaint-${own.application}`);
      if (complained.status !== 201) throw new Error(`complaint: ${complained.status} ${JSON.stringify(complained.body)}`);
      own.complaint = complained.body.id;
    }
    // The stored form of startSession(token), as Taro's H5 storage writes it.
    await page.addInitScript((token) => localStorage.setItem('session.v1', JSON.stringify({ data: { v: 1, data: { token } } })), grant.token);
  }
  return swept.url(ids, own);
}
