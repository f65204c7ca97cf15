/**
 * The in-app messages: one per notice of a case event (notices.ts), kept per citizen, read or
 * unread; and the subscriptions the citizen answered (requestSubscribeMessage).
 */
import { randomBytes } from 'node:crypto';
import type { Message, MessageCategory, SubscriptionInput, SubscriptionState, TemplateKey, UnreadCounts } from '../../src/shared/api/messages';
import { MESSAGE_CATEGORIES, SUBSCRIBE_TEMPLATES, TEMPLATE_KEYS } from '../../src/shared/api/messages';
import type { World } from '../world';
import type { CaseEvent } from '../workflow';
import type { MessageRecord, SubscriptionRecord } from './model';
import { messageCollections, messagesOf, subscriptionsOf } from './model';
import type { Notice } from './notices';

const newId = (prefix: string) => `${prefix}_${randomBytes(12).toString('base64url')}`;

export function addMessage(world: World, event: CaseEvent, notice: Notice): MessageRecord {
  const own = messageCollections(world).messages.lookup('byUser', (m) => m.userId, event.userId);
  const record: MessageRecord = {
    id: newId('m'),
    userId: event.userId,
    seq: own.reduce((max, m) => Math.max(max, m.seq), 0) + 1,
    category: notice.category,
    kind: notice.kind,
    title: notice.title,
    body: notice.body,
    at: event.at,
    applicationId: event.applicationId,
    number: event.number,
  };
  if (event.complaint) record.complaintId = event.complaint.id;
  messageCollections(world).messages.put(record.id, record);
  return record;
}

export function messageView(r: MessageRecord): Message {
  const view: Message = { id: r.id, category: r.category, kind: r.kind, title: r.title, body: r.body, at: r.at, read: r.readAt !== undefined, applicationId: r.applicationId, number: r.number };
  if (r.complaintId) view.complaintId = r.complaintId;
  return view;
}

export function unreadCounts(world: World, userId: string): UnreadCounts {
  const byCategory = Object.fromEntries(MESSAGE_CATEGORIES.map((c) => [c, 0])) as Record<MessageCategory, number>;
  let total = 0;
  for (const m of messagesOf(world, userId)) {
    if (m.readAt) continue;
    byCategory[m.category] += 1;
    total += 1;
  }
  return { total, byCategory };
}

/** The citizen's own message, or undefined (another citizen's is not found, not forbidden). */
export function ownMessage(world: World, userId: string, id: string): MessageRecord | undefined {
  const m = messageCollections(world).messages.get(id);
  return m && m.userId === userId ? m : undefined;
}

export function markRead(world: World, record: MessageRecord, now: Date): MessageRecord {
  if (record.readAt) return record;
  const next = { ...record, readAt: now.toISOString() };
  messageCollections(world).messages.put(next.id, next);
  return next;
}

export function markAllRead(world: World, userId: string, category: MessageCategory | undefined, now: Date): void {
  for (const m of messagesOf(world, userId)) if (!m.readAt && (!category || m.category === category)) markRead(world, m, now);
}

const templateKeyOf = (id: string): TemplateKey | undefined => TEMPLATE_KEYS.find((k) => SUBSCRIBE_TEMPLATES[k].id === id);

/**
 * Records WeChat's answers: each `accept` is one message's worth; `reject` stops pushes of that
 * template (until a later accept); `ban` and `filter` are the platform's doing, not the citizen's
 * choice, and change nothing.
 */
export function recordSubscriptions(world: World, userId: string, input: SubscriptionInput, now: Date): SubscriptionState {
  const c = messageCollections(world).subscriptions;
  let seq = subscriptionsOf(world, userId).reduce((max, s) => Math.max(max, s.seq), 0);
  for (const [templateId, answer] of Object.entries(input.answers)) {
    const template = templateKeyOf(templateId);
    if (!template || (answer !== 'accept' && answer !== 'reject')) continue;
    seq += 1;
    const record: SubscriptionRecord = { id: newId('sub'), userId, seq, template, answer, at: now.toISOString() };
    if (input.applicationId) record.applicationId = input.applicationId;
    c.put(record.id, record);
  }
  return subscriptionState(world, userId, input.applicationId);
}

export function subscriptionState(world: World, userId: string, applicationId?: string): SubscriptionState {
  const remaining = Object.fromEntries(TEMPLATE_KEYS.map((k) => [k, 0])) as Record<TemplateKey, number>;
  for (const s of subscriptionsOf(world, userId)) {
    if (s.answer !== 'accept' || s.usedAt) continue;
    if (s.applicationId !== undefined && s.applicationId !== applicationId) continue;
    remaining[s.template] += 1;
  }
  return { remaining };
}
