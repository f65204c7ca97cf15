/**
 * Developer endpoints of the mock server: the world clock, so demos and tests can move time
 * (deadlines, opening hours, queues) without waiting; and the outbox of messages the mock would
 * have sent (SMS codes), since nothing is really sent. Not part of the production platform.
 */
import type { Payment } from './applications';
import type { PersonaId } from './identity';

export const CLOCK_MODES = ['real', 'frozen', 'speed'] as const;
export type ClockMode = (typeof CLOCK_MODES)[number];

export interface ClockState {
  /** the world's current time, ISO 8601 */
  now: string;
  mode: ClockMode;
  /** world seconds per real second: 0 frozen, 1 real time */
  speed: number;
}

/** One change per request; `resume` returns to the machine's own time. */
export interface ClockChange {
  advanceMinutes?: number;
  /** ISO time to stop the clock at */
  freezeAt?: string;
  speed?: number;
  resume?: boolean;
}

/** sms; subscribe (a mini-program subscribe message); official_account (the municipal 服务号's template message) */
export const OUTBOX_CHANNELS = ['sms', 'subscribe', 'official_account'] as const;
export type OutboxChannel = (typeof OUTBOX_CHANNELS)[number];

/** A message the mock did not send, kept for reviewers and tests (e.g. an SMS code). */
export interface OutboxMessage {
  id: string;
  /** ISO 8601, world time */
  at: string;
  channel: OutboxChannel;
  /** masked recipient, e.g. 138****5678, or a masked openid (oAb1****xYz9) */
  to: string;
  /** the full text, e.g. 【渝快办】验证码 123456 …; for WeChat sends, the template's title */
  text: string;
  /** subscribe and official_account: the template id sent */
  templateId?: string;
  /** subscribe: the mini-program page the message opens (`packages/…/index?id=…`) */
  page?: string;
  /** official_account: the mini-program page the template message opens */
  miniprogram?: { appid: string; pagepath: string };
  /** subscribe and official_account: the template data, every value within its field type's limits */
  data?: Record<string, { value: string }>;
}

/** What wx.login would give the mini-program: a one-time code, valid 5 minutes of world time. */
export interface WxLoginCode {
  /** `persona:<id>:<nonce>` for a persona, otherwise the DevTools user's */
  code: string;
  expiresAt: string;
}

export interface DevApi {
  'GET /dev/clock': { response: ClockState };
  'POST /dev/clock': { body: ClockChange; response: ClockState };
  /** newest first, at most 50 */
  'GET /dev/outbox': { response: OutboxMessage[] };
  /**
   * plays WeChat Pay's notification to the server, for the mock cashier page (H5 and dev builds)
   * and tests: the payment's outcome always comes from the server, never from the client
   */
  'POST /dev/payments/:id/notify': { params: { id: string }; body: { result: 'success' | 'fail' }; response: Payment };
  /** plays wx.login for harnesses and demos: a code for `POST /session` */
  'POST /dev/wx-login': { body: { persona?: PersonaId }; response: WxLoginCode };
}
