/**
 * The tracking endpoints of CasesApi (src/shared/api/cases.ts): 我的办件 by tab, the citizen's
 * actions on a case (withdraw, supplement, confirm receipt, change address), the public progress
 * query (no session; number + name, or 404 whichever is wrong), and the reviewers' command centre
 * with its per-case controls (mock only, under /dev).
 */
import { z } from 'zod';
import type { CaseListEntry, CaseTab } from '../../src/shared/api/cases';
import { CASE_CONTROLS, CASE_TABS, CASE_TAB_LABELS } from '../../src/shared/api/cases';
import { HALL_LEVELS } from '../../src/shared/api/halls';
import { applicationView, requireApplication } from '../applications/applications';
import { draftsOf } from '../applications/drafts';
import type { ApplicationRecord } from '../applications/model';
import { applicationCollections } from '../applications/model';
import { caseComplaint, openComplaintsOf } from '../complaints/model';
import { ApiError } from '../server/errors';
import { cursor, limit, str } from '../server/params';
import { rangeOf, slicePage, toApiPage } from '../server/paging';
import type { RouteTable } from '../server/route';
import { route } from '../server/route';
import type { World } from '../world';
import { answerSupplement, changeDeliveryAddress, confirmReceipt, control, withdraw } from './engine';
import { commandCentreRow, deadlineOfRecord, listEntryOf, publicProgressOf, tabOf, whereNow } from './views';

const idParams: z.ZodType<{ id: string }> = z.object({ id: z.string() });
const body = <S extends z.ZodRawShape>(shape: S) => z.strictObject(shape, { error: '请求体必须是 JSON 对象' });

const listQuery = z.object({
  state: z.enum(CASE_TABS, { error: `state 只能是 ${CASE_TABS.join('、')} 之一` }).optional(),
  limit: limit.optional(),
  cursor: cursor.optional(),
});

const certificateOrUpload = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('certificate'), certificateId: z.string().min(1).max(64) }),
    z.strictObject({ kind: z.literal('upload'), uploadIds: z.array(z.string().min(1).max(64)).min(1, { error: '请至少上传一个文件' }).max(10) }),
  ],
  { error: '补正材料只能用电子证照（certificate）或上传文件（upload）提供' },
);
const supplementBody = body({
  requestId: str('补正通知编号 requestId 必须是文字', '缺少补正通知编号 requestId').max(16),
  materials: z.record(z.string().max(40), certificateOrUpload, { error: 'materials 必须是对象' }),
});
const addressBody = body({ addressId: str('地址编号必须是文字', '请选择收件地址').max(64) });

const PROGRESS_MESSAGES = {
  number: '请输入正确的办件编号（YKB开头，共17位）',
  name: '请输入申请人姓名或单位名称',
  notFound: '未查到该办件，请核对办件编号和申请人姓名',
} as const;
const progressQuery = z.object({
  number: z
    .string({ error: PROGRESS_MESSAGES.number })
    .trim()
    .toUpperCase()
    .regex(/^YKB\d{14}$/, { error: PROGRESS_MESSAGES.number }),
  name: z.string({ error: PROGRESS_MESSAGES.name }).trim().min(1, { error: PROGRESS_MESSAGES.name }).max(60, { error: PROGRESS_MESSAGES.name }),
});

const commandQuery = z.object({
  level: z.enum(HALL_LEVELS, { error: '层级只能是 city、district、township、village' }).optional(),
  department: z.string().max(60).optional(),
  warning: z.enum(['overdue', 'at_risk'], { error: '预警只能是 overdue 或 at_risk' }).optional(),
  limit: limit.optional(),
  cursor: cursor.optional(),
});
const controlParams = z.object({ id: z.string(), control: z.enum(CASE_CONTROLS, { error: `操作只能是 ${CASE_CONTROLS.join('、')} 之一` }) });
const controlBody = z
  .strictObject({ reason: z.string().max(200, { error: '原因最多200字' }).optional(), materialIds: z.array(z.string().max(40)).max(20).optional() }, { error: '请求体必须是 JSON 对象' })
  .optional()
  .transform((b) => b ?? {});

/** A citizen's cases, newest first (by the user index: never a scan of every case). */
export function casesOf(world: World, userId: string): ApplicationRecord[] {
  return applicationCollections(world)
    .applications.lookup('byUser', (a) => a.userId, userId)
    .sort((a, b) => b.seq - a.seq);
}

export function workflowRoutes(table: RouteTable): void {
  route(table, 'GET /applications', { auth: true, query: listQuery }, ({ principal, query, world, now }) => {
    const records = casesOf(world, principal.userId);
    const counts = Object.fromEntries(CASE_TABS.map((t) => [t, 0])) as Record<CaseTab, number>;
    // a count needs no draft evaluated; the draft tab evaluates its drafts below
    counts.draft = applicationCollections(world).drafts.lookup('byUser', (d) => d.userId, principal.userId).length;
    const tabs = records.map((r) => tabOf(world, r, now));
    for (const t of tabs) counts[t] += 1;
    counts.all = records.length;
    const range = rangeOf(query);
    if (query.state === 'draft') {
      const drafts = draftsOf(world, principal.userId, now);
      const entries: CaseListEntry[] = drafts.map((d) => ({ id: d.id, kind: 'draft', itemId: d.itemId, itemName: d.itemName, statusLabel: CASE_TAB_LABELS.draft, currentNode: `已完成${d.progress.done}/${d.progress.total}项`, at: d.updatedAt }));
      return { ...toApiPage(slicePage(entries, range, (e) => e)), counts };
    }
    const chosen = query.state && query.state !== 'all' ? records.filter((_, i) => tabs[i] === query.state) : records;
    return { ...toApiPage(slicePage(chosen, range, (r) => listEntryOf(world, r, now))), counts };
  });

  route(table, 'POST /applications/:id/withdraw', { auth: true, params: idParams }, ({ principal, params, world, now }) =>
    applicationView(world, withdraw(world, requireApplication(world, principal.userId, params.id), now), now),
  );

  route(table, 'POST /applications/:id/supplement', { auth: true, params: idParams, body: supplementBody }, ({ principal, params, body, world, now }) =>
    applicationView(world, answerSupplement(world, requireApplication(world, principal.userId, params.id), body, now), now),
  );

  route(table, 'POST /applications/:id/receipt', { auth: true, params: idParams }, ({ principal, params, world, now }) =>
    applicationView(world, confirmReceipt(world, requireApplication(world, principal.userId, params.id), now), now),
  );

  route(table, 'PUT /applications/:id/delivery-address', { auth: true, params: idParams, body: addressBody }, ({ principal, params, body, world, now }) =>
    applicationView(world, changeDeliveryAddress(world, requireApplication(world, principal.userId, params.id), body.addressId, now), now),
  );

  route(table, 'GET /progress', { query: progressQuery }, ({ query, world, now }) => {
    const record = applicationCollections(world)
      .applications.lookup('byNumber', (a) => a.number, query.number)
      .find((r) => r.applicant.name === query.name || r.applicant.companyName === query.name);
    // One answer for a wrong number and a wrong name: the query is no oracle for either.
    if (!record) throw new ApiError(404, 'not_found', PROGRESS_MESSAGES.notFound);
    return publicProgressOf(record, now);
  });

  route(table, 'GET /dev/cases', { query: commandQuery }, ({ query, world, now }) => {
    // Every case is filtered and counted on what is cheap to read (where it is now, its deadline's
    // state, remembered per record and day); the full row is built for the page shown only.
    const all = applicationCollections(world)
      .applications.values()
      .sort((a, b) => b.seq - a.seq)
      .map((record) => ({ record, ...whereNow(record), state: deadlineOfRecord(record, now).state }));
    const byFilter = all.filter((r) => (!query.level || r.level === query.level) && (!query.department || r.department === query.department));
    const warnings = { overdue: byFilter.filter((r) => r.state === 'overdue').length, atRisk: byFilter.filter((r) => r.state === 'at_risk').length };
    const chosen = query.warning ? byFilter.filter((r) => r.state === query.warning) : byFilter;
    const departments = [...new Set(all.map((r) => r.department))].sort((a, b) => a.localeCompare(b, 'zh-CN'));
    // 投诉问责: open complaints are few; each is looked for in the filtered set, not each case in them
    const filtered = query.level || query.department ? new Set(byFilter.map((r) => r.record.id)) : undefined;
    const openComplaints = openComplaintsOf(world).filter((c) => !filtered || filtered.has(c.applicationId)).length;
    const page = slicePage(chosen, rangeOf(query), (r) => commandCentreRow(r.record, now, caseComplaint(world, r.record.id)));
    return { ...toApiPage(page), total: page.total, warnings, openComplaints, departments };
  });

  route(table, 'POST /dev/cases/:id/:control', { params: controlParams, body: controlBody }, ({ params, body, world, now }) => {
    const record = applicationCollections(world).applications.get(params.id);
    if (!record) throw new ApiError(404, 'not_found', '未找到该办件', { id: '未找到该办件' });
    return commandCentreRow(control(world, record, params.control, body, now), now, caseComplaint(world, record.id));
  });
}
