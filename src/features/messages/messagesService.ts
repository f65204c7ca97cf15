import { call } from '../../core/http/client';
import type { MessageCategory, SubscriptionInput } from '../../shared/api/messages';

/** Typed calls of the message centre and subscriptions (MessagesApi), and the dev outbox (DevApi). */
export const messagesService = {
  list: (category: MessageCategory | undefined, cursor?: string) => call('GET /messages', { query: { category, cursor } }),
  read: (id: string) => call('POST /messages/:id/read', { params: { id } }),
  readAll: (category?: MessageCategory) => call('POST /messages/read-all', { body: category ? { category } : {} }),
  /**
   * The badge's count: one quick attempt, never the sign-in page (a badge must not take the
   * citizen anywhere); callers ask only while someone is signed in.
   */
  unreadCount: () => call('GET /messages/unread-count', {}, { retries: 0, recoverSession: false, timeout: 5_000 }),
  subscribe: (input: SubscriptionInput) => call('POST /subscriptions', { body: input }),
  outbox: () => call('GET /dev/outbox'),
};
