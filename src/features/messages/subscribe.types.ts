import type { SubscribeAnswer } from '../../shared/api/messages';

/**
 * Asking the citizen to subscribe to case notices, where the platform can.
 * - weapp: WeChat's own dialog (requestSubscribeMessage, from a tap only, ≤ 3 templates);
 *   `answers` is WeChat's answer per template id, sent on to POST /subscriptions;
 * - h5: no subscribe messages in a browser: `supported` is false and the page says instead where
 *   notices arrive (the message centre, and SMS).
 */
export type SubscribeOutcome = { kind: 'answered'; answers: Record<string, SubscribeAnswer> } | { kind: 'failed'; reason: string };

export interface SubscribeApi {
  supported: boolean;
  request(templateIds: readonly string[]): Promise<SubscribeOutcome>;
}
