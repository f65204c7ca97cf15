/**
 * Notifications (消息中心) and WeChat subscribe messages. Every case event that concerns the
 * citizen becomes an in-app message (kept, read or unread, opening its case); events that match
 * one of the three subscribe templates are also pushed outside the app, once per accepted
 * subscription (see mock/messages/README in mock/README.md, "Messages").
 *
 * Template ids live here, once, for the app (requestSubscribeMessage) and the mock (the sends):
 * they are public identifiers of the mini-program's templates, not secrets.
 */
import type { Page, PageQuery } from './page';

// ---- categories and kinds ---------------------------------------------------------------------

/** 办件进度 / 办理结果 / 寄递 / 评价与投诉 */
export const MESSAGE_CATEGORIES = ['progress', 'result', 'shipping', 'rating'] as const;
export type MessageCategory = (typeof MESSAGE_CATEGORIES)[number];

export const MESSAGE_CATEGORY_LABELS: Record<MessageCategory, string> = {
  progress: '办件进度',
  result: '办理结果',
  shipping: '寄递',
  rating: '评价与投诉',
};

/**
 * What a message is about. `completed` covers approved, refused and not accepted (the body says
 * which); `rating_invited` is sent at acceptance and at completion, only in the app (never pushed:
 * rating is voluntary and must not be steered).
 */
export const MESSAGE_KINDS = ['received', 'accepted', 'supplement_requested', 'fee_due', 'completed', 'shipped', 'pickup_ready', 'delivered', 'rating_invited', 'rating_replied', 'complaint_replied'] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

export interface Message {
  id: string;
  category: MessageCategory;
  kind: MessageKind;
  /** short, e.g. 办件已受理 */
  title: string;
  /** one or two sentences in Chinese; no personal data beyond the item and the case number */
  body: string;
  /** ISO, world time of the case step */
  at: string;
  read: boolean;
  /** the case it opens (ROUTES.application) */
  applicationId: string;
  /** a complaint's reply (`complaint_replied`) opens the complaint instead (ROUTES.complaint) */
  complaintId?: string;
  /** 办件编号 */
  number: string;
}

export interface MessageQuery extends PageQuery {
  /** one category; without it, every message */
  category?: MessageCategory;
}

export interface UnreadCounts {
  total: number;
  byCategory: Record<MessageCategory, number>;
}

/** Newest first, with the unread counts of every category (for the tabs). */
export interface MessageList extends Page<Message> {
  unread: UnreadCounts;
}

// ---- subscribe message templates --------------------------------------------------------------

/** The field types of subscribe message data (domain.md "WeChat messages and payment"). */
export const TEMPLATE_FIELD_TYPES = ['thing', 'character_string', 'number', 'letter', 'phrase', 'name', 'phone_number', 'car_number', 'amount', 'time', 'date'] as const;
export type TemplateFieldType = (typeof TEMPLATE_FIELD_TYPES)[number];

export const TEMPLATE_KEYS = ['progress', 'result', 'shipping'] as const;
export type TemplateKey = (typeof TEMPLATE_KEYS)[number];

export interface TemplateSpec {
  /** the template id of the mini-program's subscribe message (public, not a secret) */
  id: string;
  /** the municipal official account's template message id for the same notice */
  officialAccountId: string;
  /** 办理进度提醒 … */
  title: string;
  /** data keys (`thing1` …) → the field's label; the key's letters are its type */
  fields: Record<string, string>;
}

/**
 * The three templates of 渝快办. A field key is its type plus a number, as WeChat names them
 * (`character_string2` is a character_string).
 */
export const SUBSCRIBE_TEMPLATES: Record<TemplateKey, TemplateSpec> = {
  progress: {
    id: 'YKB-progress-k7Xn2Qe9vR4tL1mWc8sHbA3dFzJ0pUyG',
    officialAccountId: 'OA-progress-9fQ2mT7xLr4Kc1VbN8sWd3HzJ6pEuYg',
    title: '办理进度提醒',
    fields: { thing1: '事项名称', character_string2: '办件编号', phrase3: '办理状态', time4: '更新时间', thing5: '温馨提示' },
  },
  result: {
    id: 'YKB-result-R3wN8cV1xK6qT9mB2sLfH5dJ0zYpUeA',
    officialAccountId: 'OA-result-4hL9cX2vN7qB1mT8sRw3FdK6zJ0pUeY',
    title: '办理结果通知',
    fields: { thing1: '事项名称', character_string2: '办件编号', phrase3: '办理结果', time4: '办结时间', thing5: '备注' },
  },
  shipping: {
    id: 'YKB-shipping-T5mQ1xW8cK3vN6bR9sLfH2dJ0zYpUeG',
    officialAccountId: 'OA-shipping-2kV7nB4xQ9mT1cR8sLw3HdF6zJ0pUeY',
    title: '证照寄递通知',
    fields: { thing1: '证照名称', character_string2: '运单号', phrase3: '寄递状态', time4: '更新时间', thing5: '备注' },
  },
};

/** The type of a data key: `character_string2` → character_string. */
export function fieldTypeOf(key: string): TemplateFieldType | undefined {
  const base = key.replace(/\d+$/, '');
  return (TEMPLATE_FIELD_TYPES as readonly string[]).includes(base) ? (base as TemplateFieldType) : undefined;
}

/** requestSubscribeMessage takes at most 3 template ids per call. */
export const SUBSCRIBE_TEMPLATE_IDS: readonly string[] = TEMPLATE_KEYS.map((k) => SUBSCRIBE_TEMPLATES[k].id);

/**
 * WeChat's answer per template: accept; reject (the citizen said no); ban (the template was
 * banned by the platform); filter (filtered by the platform, e.g. a duplicate title).
 */
export const SUBSCRIBE_ANSWERS = ['accept', 'reject', 'ban', 'filter'] as const;
export type SubscribeAnswer = (typeof SUBSCRIBE_ANSWERS)[number];

/**
 * The result of requestSubscribeMessage, as sent to the server. Scoped to one case when
 * `applicationId` is given: those subscriptions (and refusals) serve that case's events only;
 * without it they serve any of the citizen's cases.
 */
export interface SubscriptionInput {
  applicationId?: string;
  /** template id → answer (the `errMsg` of WeChat's result left out) */
  answers: Record<string, SubscribeAnswer>;
}

/** How many one-time subscriptions the citizen has left per template (for this case, when scoped). */
export interface SubscriptionState {
  remaining: Record<TemplateKey, number>;
}

// ---- endpoint table -----------------------------------------------------------------------------

export interface MessagesApi {
  'GET /messages': { query: MessageQuery; response: MessageList };
  'GET /messages/unread-count': { response: UnreadCounts };
  'POST /messages/:id/read': { params: { id: string }; response: Message };
  /** marks every message (of `category`, when given) read */
  'POST /messages/read-all': { body: { category?: MessageCategory }; response: UnreadCounts };
  'POST /subscriptions': { body: SubscriptionInput; response: SubscriptionState };
}
