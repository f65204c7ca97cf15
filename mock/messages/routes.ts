/**
 * The endpoints of MessagesApi (src/shared/api/messages.ts): the message centre by category with
 * unread counts, reading, the small unread count of the tab badge, and the answer of
 * requestSubscribeMessage. All need a session; another citizen's message is 404.
 */
import { z } from 'zod';
import { MESSAGE_CATEGORIES, MESSAGE_CATEGORY_LABELS, SUBSCRIBE_ANSWERS, SUBSCRIBE_TEMPLATE_IDS } from '../../src/shared/api/messages';
import { requireApplication } from '../applications/applications';
import { notFound } from '../server/errors';
import { cursor, limit } from '../server/params';
import { rangeOf, slicePage, toApiPage } from '../server/paging';
import type { RouteTable } from '../server/route';
import { route } from '../server/route';
import { messagesOf } from './model';
import { markAllRead, markRead, messageView, ownMessage, recordSubscriptions, unreadCounts } from './store';

export const MESSAGE_ERRORS = {
  category: `分类只能是 ${MESSAGE_CATEGORIES.map((c) => `${c}（${MESSAGE_CATEGORY_LABELS[c]}）`).join('、')} 之一`,
  notFound: '未找到该消息',
  body: '请求体必须是 JSON 对象',
  answers: '请提供订阅结果 answers：模板编号 → accept、reject、ban 或 filter',
  template: '订阅结果中有未知的消息模板',
  tooMany: '一次最多订阅 3 个消息模板',
  answer: '订阅结果只能是 accept、reject、ban 或 filter',
  applicationId: '办件编号必须是文字',
} as const;

const category = z.enum(MESSAGE_CATEGORIES, { error: MESSAGE_ERRORS.category });
const listQuery = z.object({ category: category.optional(), limit: limit.optional(), cursor: cursor.optional() });
const idParams: z.ZodType<{ id: string }> = z.object({ id: z.string().max(64) });
const readAllBody = z
  .strictObject({ category: category.optional() }, { error: MESSAGE_ERRORS.body })
  .optional()
  .transform((b) => b ?? {});
const subscriptionBody = z.strictObject(
  {
    applicationId: z.string({ error: MESSAGE_ERRORS.applicationId }).min(1, { error: MESSAGE_ERRORS.applicationId }).max(64, { error: MESSAGE_ERRORS.applicationId }).optional(),
    answers: z
      .record(z.string().max(64), z.enum(SUBSCRIBE_ANSWERS, { error: MESSAGE_ERRORS.answer }), { error: MESSAGE_ERRORS.answers })
      .refine((a) => Object.keys(a).length >= 1, { error: MESSAGE_ERRORS.answers })
      .refine((a) => Object.keys(a).length <= 3, { error: MESSAGE_ERRORS.tooMany })
      .refine((a) => Object.keys(a).every((id) => SUBSCRIBE_TEMPLATE_IDS.includes(id)), { error: MESSAGE_ERRORS.template }),
  },
  { error: MESSAGE_ERRORS.body },
);

export function messageRoutes(table: RouteTable): void {
  route(table, 'GET /messages', { auth: true, query: listQuery }, ({ principal, query, world }) => {
    const all = messagesOf(world, principal.userId);
    const chosen = query.category ? all.filter((m) => m.category === query.category) : all;
    return { ...toApiPage(slicePage(chosen, rangeOf(query), messageView)), unread: unreadCounts(world, principal.userId) };
  });

  route(table, 'GET /messages/unread-count', { auth: true }, ({ principal, world }) => unreadCounts(world, principal.userId));

  route(table, 'POST /messages/:id/read', { auth: true, params: idParams }, ({ principal, params, world, now }) => {
    const record = ownMessage(world, principal.userId, params.id);
    if (!record) throw notFound(MESSAGE_ERRORS.notFound);
    return messageView(markRead(world, record, now));
  });

  route(table, 'POST /messages/read-all', { auth: true, body: readAllBody }, ({ principal, body, world, now }) => {
    markAllRead(world, principal.userId, body.category, now);
    return unreadCounts(world, principal.userId);
  });

  route(table, 'POST /subscriptions', { auth: true, body: subscriptionBody }, ({ principal, body, world, now }) => {
    // a subscription scoped to someone else's case would be a way to probe case ids: 404 as for any
    if (body.applicationId) requireApplication(world, principal.userId, body.applicationId);
    return recordSubscriptions(world, principal.userId, body, now);
  });
}
