/**
 * Fee notices (缴款通知书) and payments. An application of an item whose guide charges a fee gets
 * one notice when it is filed (`issueFeeNotice`, called by the applications slice); the citizen
 * pays it through WeChat Pay (`startPayment` makes or reuses one pending payment); only WeChat
 * Pay's notification (`settlePayment`, played by POST /dev/payments/:id/notify) marks it paid;
 * a refusal refunds it (`refundFee`). Everything reads time from the `now` it is given (the
 * world clock): nothing here looks at the machine's time.
 *
 * Amounts are in fen (分). A notice is payable until the end of its deadline day (Beijing),
 * 7 calendar days after it was issued.
 */
import type { FeeNotice, FeeQuote, Payment } from '../../src/shared/api/applications';
import type { FeeItem, Guide } from '../../src/shared/api/catalog';
import { applicationCollections } from '../applications/model';
import { toBeijingTime } from '../halls/opening';
import { addDays } from '../server/calendar';
import { ApiError } from '../server/errors';
import { ownedBy, viewOf } from '../server/records';
import type { World } from '../world';
import { newFeeCode } from './fee-code';
import { signedRequestPayment } from './merchant';
import type { FeeNoticeRecord, PaymentRecord } from './model';
import { newId, paymentCollections, sha256 } from './model';

/** Calendar days from issue to the deadline day (inclusive of that whole day). */
export const FEE_DEADLINE_DAYS = 7;
/** How long a prepay_id (and so a pending payment) is good for, as WeChat Pay's default. */
export const PREPAY_TTL_MS = 2 * 60 * 60_000;

// ---- quotes ---------------------------------------------------------------------------------

/** The parenthesised case of a fee item's name: 居民身份证工本费（证件损坏换领） → 证件损坏换领 */
function caseOf(name: string): string | undefined {
  return /（([^）]+)）/.exec(name)?.[1];
}

function bigrams(text: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < text.length; i++) out.add(text.slice(i, i + 2));
  return out;
}

/**
 * The fee items that apply. Most charging guides have one item. Where a guide lists
 * alternatives per case (居民身份证换领: 20 元 for expiry or a change, 40 元 for a damaged card),
 * the chosen situation picks the item whose parenthesised case shares most words with the
 * situation's name; without a situation (or a tie) the first item, the usual case.
 */
function applicableItems(guide: Guide, situationId: string | undefined): FeeItem[] {
  const items = guide.fees.items.filter((i) => i.amountYuan > 0);
  if (items.length <= 1 || !items.every((i) => caseOf(i.name))) return items;
  const situation = guide.situations.find((s) => s.id === situationId);
  if (!situation) return [items[0]];
  const wanted = bigrams(situation.name);
  let best = items[0];
  let bestScore = -1;
  for (const item of items) {
    const score = [...bigrams(caseOf(item.name) ?? '')].filter((b) => wanted.has(b)).length;
    if (score > bestScore) {
      best = item;
      bestScore = score;
    }
  }
  return [best];
}

/** What an application of the item (and situation) will cost; undefined when it is free. */
export function feeQuoteFor(world: World, itemId: string, situationId?: string): FeeQuote | undefined {
  const guide = world.catalog.guide(itemId);
  if (!guide?.fees.charged) return undefined;
  const items = applicableItems(guide, situationId).map((i) => ({ name: i.name, amountFen: Math.round(i.amountYuan * 100) }));
  if (items.length === 0) return undefined;
  return { items, totalFen: items.reduce((sum, i) => sum + i.amountFen, 0) };
}

// ---- notices --------------------------------------------------------------------------------

/** What issueFeeNotice needs of an application. */
export interface FeeApplicationRef {
  id: string;
  userId: string;
  itemId: string;
  situationId?: string;
  /** the quote the draft showed (feeQuoteFor at the time); worked out again when absent */
  fee?: FeeQuote;
}

/**
 * The fee notice of a newly filed application: undefined when the item charges nothing. Called
 * once per application at submission (an ApplicationRecord fits `FeeApplicationRef` as it is);
 * calling it again answers the notice already issued (a replayed submission must not issue a
 * second code).
 */
export function issueFeeNotice(world: World, application: FeeApplicationRef, now: Date = world.clock.now()): FeeNotice | undefined {
  const { notices } = paymentCollections(world);
  const existing = notices.get(application.id);
  if (existing) return noticeView(world, existing, now);
  const quote = application.fee ?? feeQuoteFor(world, application.itemId, application.situationId);
  if (!quote || quote.totalFen <= 0) return undefined;
  const today = toBeijingTime(now).date;
  const taken = new Set(notices.values().map((n) => n.code));
  const record: FeeNoticeRecord = {
    applicationId: application.id,
    userId: application.userId,
    itemId: application.itemId,
    items: quote.items,
    totalFen: quote.totalFen,
    code: newFeeCode(today, (code) => taken.has(code)),
    issuedAt: now.toISOString(),
    deadline: addDays(today, FEE_DEADLINE_DAYS),
    state: 'unpaid',
  };
  notices.put(record.applicationId, record);
  return noticeView(world, record, now);
}

/** Past the end of its deadline day (Beijing) on the world clock. */
export function isPastDeadline(record: Pick<FeeNoticeRecord, 'deadline'>, now: Date): boolean {
  return toBeijingTime(now).date > record.deadline;
}

function pendingPayment(world: World, applicationId: string, now: Date): PaymentRecord | undefined {
  return paymentCollections(world)
    .payments.values()
    .find((p) => p.applicationId === applicationId && p.status === 'pending' && Date.parse(p.expiresAt) > now.getTime());
}

export function noticeView(world: World, record: FeeNoticeRecord, now: Date): FeeNotice {
  const view: FeeNotice = { items: record.items, totalFen: record.totalFen, code: record.code, deadline: record.deadline, status: 'unpaid' };
  if (record.state === 'paid') view.status = 'paid';
  else if (record.state === 'refunded') view.status = 'refunded';
  // A voided notice (the application ended unpaid) can no more be paid than an overdue one.
  else if (record.state === 'void' || isPastDeadline(record, now)) view.status = 'expired';
  else if (pendingPayment(world, record.applicationId, now)) view.status = 'paying';
  if (record.paidAt) view.paidAt = record.paidAt;
  if (record.refundedAt) view.refundedAt = record.refundedAt;
  return view;
}

/** The application's notice as the citizen sees it (Application.fee); undefined when free. */
export function feeNoticeOf(world: World, applicationId: string, now: Date = world.clock.now()): FeeNotice | undefined {
  const record = paymentCollections(world).notices.get(applicationId);
  return record && noticeView(world, record, now);
}

/** True when the application owes nothing: no notice, or its notice is paid. */
export function isFeeSettled(world: World, applicationId: string): boolean {
  const record = paymentCollections(world).notices.get(applicationId);
  return !record || record.state === 'paid';
}

// ---- paid listeners -------------------------------------------------------------------------

export interface FeePaidEvent {
  applicationId: string;
  userId: string;
  paymentId: string;
  paidAt: string;
}

const paidListeners = new WeakMap<World, Array<(event: FeePaidEvent) => void>>();

/**
 * Runs when WeChat Pay's notification settles a notice, once per notice (a repeated notification
 * does not run it again): the applications slice moves the application on here.
 */
export function onFeePaid(world: World, listener: (event: FeePaidEvent) => void): void {
  const list = paidListeners.get(world) ?? [];
  list.push(listener);
  paidListeners.set(world, list);
}

// ---- payments -------------------------------------------------------------------------------

export function paymentView(record: PaymentRecord): Payment {
  return viewOf(record, ['id', 'applicationId', 'amountFen', 'status', 'createdAt', 'requestPayment'], ['paidAt']);
}

/** A citizen's payment, or undefined for an unknown id or another citizen's. */
export function paymentOf(world: World, userId: string, paymentId: string): PaymentRecord | undefined {
  return ownedBy(paymentCollections(world).payments.get(paymentId), userId);
}

const ID_FIELD = 'id';
const KEY_FIELD = 'Idempotency-Key';

function beijingDateWords(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/**
 * Pays an application's notice: the same Idempotency-Key answers the same payment; while a
 * payment is pending, any key answers that pending payment (a double tap never charges twice);
 * otherwise a new pending payment with freshly signed requestPayment parameters.
 * Throws 404 (not the citizen's, or no fee), 409 (already paid, refunded, key reused for
 * another application) or 422 (past the deadline, application ended).
 */
export function startPayment(world: World, userId: string, applicationId: string, idempotencyKey: string, now: Date): PaymentRecord {
  const c = paymentCollections(world);
  const keyId = `k_${sha256(`${userId}\n${idempotencyKey}`)}`;
  const replay = c.keys.get(keyId);
  if (replay) {
    if (replay.applicationId !== applicationId) {
      throw new ApiError(409, 'conflict', '该请求编号已用于另一笔缴费', { [KEY_FIELD]: '该请求编号已用于另一笔缴费，请重新发起支付' });
    }
    const payment = c.payments.get(replay.paymentId);
    if (payment) return payment;
  }
  const notice = c.notices.get(applicationId);
  if (!notice || notice.userId !== userId) {
    const application = applicationCollections(world).applications.get(applicationId);
    if (application?.userId === userId) throw new ApiError(422, 'unprocessable', '该办件无需缴费', { [ID_FIELD]: '该办件无需缴费' });
    throw new ApiError(404, 'not_found', '未找到该办件', { [ID_FIELD]: '未找到该办件' });
  }
  if (notice.state === 'paid') throw new ApiError(409, 'conflict', '该缴款通知书已缴清，无需重复缴费', { [ID_FIELD]: '该缴款通知书已缴清，无需重复缴费' });
  if (notice.state === 'refunded') throw new ApiError(409, 'conflict', '该笔费用已退还，无需缴费', { [ID_FIELD]: '该笔费用已退还，无需缴费' });
  if (notice.state === 'void') throw new ApiError(422, 'unprocessable', '该办件已终止，无需缴费', { [ID_FIELD]: '该办件已终止，无需缴费' });
  if (isPastDeadline(notice, now)) {
    const message = `缴款通知书已于${beijingDateWords(notice.deadline)}过期，请联系办理部门重新开具`;
    throw new ApiError(422, 'unprocessable', message, { [ID_FIELD]: message });
  }
  let payment = pendingPayment(world, applicationId, now);
  // A pending payment whose prepay_id lapsed is closed before a new one is made: at most one open.
  for (const stale of c.payments.values()) {
    if (stale.applicationId === applicationId && stale.status === 'pending' && stale.id !== payment?.id) {
      c.payments.put(stale.id, { ...stale, status: 'closed', closedAt: now.toISOString() });
    }
  }
  if (!payment) {
    payment = {
      id: newId('pay'),
      userId,
      applicationId,
      amountFen: notice.totalFen,
      status: 'pending',
      createdAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + PREPAY_TTL_MS).toISOString(),
      requestPayment: signedRequestPayment(world, now),
    };
    c.payments.put(payment.id, payment);
  }
  c.keys.put(keyId, { userId, applicationId, paymentId: payment.id });
  return payment;
}

/**
 * WeChat Pay's notification of a payment's outcome (the only way a payment is settled).
 * success: the payment and its notice are paid (paidAt = now) and the paid listeners run;
 * fail: the payment failed, the notice stays unpaid. A repeated notification with the same
 * outcome answers the payment unchanged; a contradicting one is 409.
 */
export function settlePayment(world: World, paymentId: string, result: 'success' | 'fail', now: Date): PaymentRecord {
  const c = paymentCollections(world);
  const payment = c.payments.get(paymentId);
  if (!payment) throw new ApiError(404, 'not_found', `未找到编号为 ${paymentId} 的支付单`, { [ID_FIELD]: '未找到该支付单' });
  const wanted = result === 'success' ? 'paid' : 'failed';
  if (payment.status === wanted) return payment;
  if (payment.status !== 'pending') {
    const message = `支付单当前状态为 ${payment.status}，不能再通知为 ${result}`;
    throw new ApiError(409, 'conflict', message, { result: message });
  }
  const at = now.toISOString();
  if (result === 'fail') {
    const failed: PaymentRecord = { ...payment, status: 'failed', failedAt: at };
    c.payments.put(failed.id, failed);
    return failed;
  }
  const paid: PaymentRecord = { ...payment, status: 'paid', paidAt: at };
  c.payments.put(paid.id, paid);
  const notice = c.notices.get(payment.applicationId);
  if (notice && notice.state === 'unpaid') {
    c.notices.put(notice.applicationId, { ...notice, state: 'paid', paidAt: at, paymentId: paid.id });
    const event: FeePaidEvent = { applicationId: notice.applicationId, userId: notice.userId, paymentId: paid.id, paidAt: at };
    for (const listener of paidListeners.get(world) ?? []) listener(event);
  }
  return paid;
}

/** What refundFee did. */
export type RefundOutcome = 'refunded' | 'already_refunded' | 'voided' | 'no_fee';

/**
 * After a refusal (不予受理, 不予许可 …): a paid notice is refunded in full (refundedAt = now, its
 * payment refunded); an unpaid one is voided (it can no longer be paid; its pending payment is
 * closed). Repeating it changes nothing. `notice` is the notice as the citizen now sees it.
 */
export function refundFee(world: World, applicationId: string, reason: string, now: Date = world.clock.now()): { outcome: RefundOutcome; notice?: FeeNotice } {
  const c = paymentCollections(world);
  const notice = c.notices.get(applicationId);
  if (!notice) return { outcome: 'no_fee' };
  const at = now.toISOString();
  let outcome: RefundOutcome;
  let next: FeeNoticeRecord = notice;
  if (notice.state === 'paid') {
    next = { ...notice, state: 'refunded', refundedAt: at, refundReason: reason };
    const payment = notice.paymentId ? c.payments.get(notice.paymentId) : undefined;
    if (payment) c.payments.put(payment.id, { ...payment, status: 'refunded', refundedAt: at });
    outcome = 'refunded';
  } else if (notice.state === 'unpaid') {
    next = { ...notice, state: 'void', voidedAt: at, refundReason: reason };
    outcome = 'voided';
  } else {
    outcome = notice.state === 'refunded' ? 'already_refunded' : 'voided';
  }
  if (next !== notice) c.notices.put(applicationId, next);
  for (const p of c.payments.values()) {
    if (p.applicationId === applicationId && p.status === 'pending') c.payments.put(p.id, { ...p, status: 'closed', closedAt: at });
  }
  return { outcome, notice: noticeView(world, next, now) };
}
