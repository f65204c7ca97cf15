/**
 * What the messages slice keeps, one journaled collection each (a restart keeps them,
 * `world.reset()` forgets them), both looked up per citizen through the `byUser` index.
 */
import type { MessageCategory, MessageKind, SubscribeAnswer, TemplateKey } from '../../src/shared/api/messages';
import type { World } from '../world';

export interface MessageRecord {
  id: string;
  userId: string;
  /** order of creation for this citizen (a clock jump settles many steps at once) */
  seq: number;
  category: MessageCategory;
  kind: MessageKind;
  title: string;
  body: string;
  at: string;
  applicationId: string;
  /** `complaint_replied`: the complaint it opens */
  complaintId?: string;
  number: string;
  readAt?: string;
}

/** One answer of the citizen to one template, as requestSubscribeMessage returned it. */
export interface SubscriptionRecord {
  id: string;
  userId: string;
  seq: number;
  template: TemplateKey;
  /** 'accept' is one message's worth; 'reject' stops pushes of this template (ban/filter are not kept) */
  answer: Extract<SubscribeAnswer, 'accept' | 'reject'>;
  /** scoped to one case, or to all the citizen's cases */
  applicationId?: string;
  at: string;
  /** an accepted one-time subscription is spent by exactly one send */
  usedAt?: string;
}

export function messageCollections(world: World) {
  return {
    messages: world.collection<MessageRecord>('messages'),
    subscriptions: world.collection<SubscriptionRecord>('message-subscriptions'),
  };
}

export function messagesOf(world: World, userId: string): MessageRecord[] {
  return messageCollections(world)
    .messages.lookup('byUser', (m) => m.userId, userId)
    .sort((a, b) => b.seq - a.seq);
}

export function subscriptionsOf(world: World, userId: string): SubscriptionRecord[] {
  return messageCollections(world)
    .subscriptions.lookup('byUser', (s) => s.userId, userId)
    .sort((a, b) => a.seq - b.seq);
}
