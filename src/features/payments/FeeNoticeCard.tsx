import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useRef, useState } from 'react';
import { Pressable } from '../../components/Pressable';
import { userMessageOf } from '../../core/http/errors';
import type { FeeNotice, FeeStatus, Payment } from '../../shared/api/applications';
import { PAYMENT_RETURNED } from './cashierRoute';
import { checkout } from './checkout';
import { forgetPaymentKey, keptPayment, paymentKeyFor, rememberPaymentId } from './paymentKeys';
import { paymentsService } from './paymentsService';
import { pollPayment } from './pollPayment';
import './payments.scss';

export interface FeeNoticeCardProps {
  applicationId: string;
  fee: FeeNotice;
  /** the server confirmed the payment */
  onPaid?: () => void;
}

export const FEE_STATUS_LABELS: Record<FeeStatus, string> = {
  unpaid: '未缴费',
  paying: '缴费确认中',
  paid: '已缴费',
  expired: '已过期（未缴费）',
  refunded: '已退款',
};

/** 12300 fen → 123.00 元 */
export function formatYuan(fen: number): string {
  return `${(fen / 100).toFixed(2)} 元`;
}

/** What the card says while the citizen pays; the fee's own status comes from the server. */
type PayState =
  | { kind: 'idle' }
  | { kind: 'creating' }
  | { kind: 'away' }
  | { kind: 'confirming' }
  | { kind: 'unconfirmed'; paymentId: string }
  | { kind: 'failed'; message: string };

/**
 * 缴款通知书: the payment code, amount in 元, deadline and status in words, and 缴费. Paying is
 * idempotent (one key per application on the device: a double tap or a retry pays once), and
 * 已缴费 appears only when the server says the payment is paid, never on the strength of the
 * payment sheet's callback or the cashier's button.
 */
export function FeeNoticeCard({ applicationId, fee, onPaid }: FeeNoticeCardProps) {
  const [status, setStatus] = useState<FeeStatus>(fee.status);
  const [pay, setPay] = useState<PayState>({ kind: 'idle' });
  const inFlight = useRef(false);
  const mounted = useRef(true);
  const onPaidRef = useRef(onPaid);
  onPaidRef.current = onPaid;

  useEffect(() => setStatus(fee.status), [fee.status]);

  /** `quiet`: one look on opening the card; a payment still open there is simply not finished. */
  const confirm = async (paymentId: string, quiet = false) => {
    if (mounted.current) setPay({ kind: 'confirming' });
    let payment: Payment | null;
    try {
      payment = await pollPayment(() => paymentsService.payment(paymentId), quiet ? { attempts: 1 } : {});
    } catch (e) {
      if (mounted.current) setPay({ kind: 'failed', message: `暂时无法确认支付结果：${userMessageOf(e)}` });
      return;
    }
    if (!mounted.current) return;
    if (!payment || payment.status === 'pending') {
      setPay(quiet ? { kind: 'idle' } : { kind: 'unconfirmed', paymentId });
      return;
    }
    if (payment.status === 'paid') {
      forgetPaymentKey(applicationId);
      setStatus('paid');
      setPay({ kind: 'idle' });
      onPaidRef.current?.();
      return;
    }
    // failed or closed: that key's payment is over; the next tap starts a new one
    forgetPaymentKey(applicationId);
    setPay({ kind: 'failed', message: payment.status === 'refunded' ? '该笔缴费已退款。' : '支付未成功，没有扣款。您可以重新缴费。' });
  };

  // Back from the cashier (or the app restarted after paying): ask the server how it went.
  useEffect(() => {
    mounted.current = true;
    const onReturn = (paymentId: string) => {
      if (keptPayment(applicationId)?.paymentId === paymentId) void confirm(paymentId);
    };
    Taro.eventCenter.on(PAYMENT_RETURNED, onReturn);
    const earlier = keptPayment(applicationId)?.paymentId;
    if (earlier && fee.status !== 'paid') void confirm(earlier, true);
    return () => {
      mounted.current = false;
      Taro.eventCenter.off(PAYMENT_RETURNED, onReturn);
    };
  }, [applicationId]);

  const startPayment = async () => {
    if (inFlight.current) return;
    inFlight.current = true;
    setPay({ kind: 'creating' });
    try {
      const { key } = paymentKeyFor(applicationId);
      const payment = await paymentsService.pay(applicationId, key);
      rememberPaymentId(applicationId, payment.id);
      if (payment.status !== 'pending') {
        await confirm(payment.id);
        return;
      }
      const outcome = await checkout.start(payment);
      if (outcome === 'cashier') setPay({ kind: 'away' });
      else await confirm(payment.id);
    } catch (e) {
      setPay({ kind: 'failed', message: userMessageOf(e) });
    } finally {
      inFlight.current = false;
    }
  };

  const payable = (status === 'unpaid' || status === 'paying') && pay.kind !== 'confirming';
  const busy = pay.kind === 'creating' || pay.kind === 'confirming';

  return (
    <View className="yk-card yk-fee" data-testid="fee-notice">
      <Text className="yk-section-title" role="heading" aria-level={2}>
        缴款通知书
      </Text>
      <View className="yk-fee__row">
        <Text className="yk-fee__key">缴款码</Text>
        <Text className="yk-fee__code" data-testid="fee-code">
          {fee.code}
        </Text>
      </View>
      {fee.items.map((item) => (
        <View key={item.name} className="yk-fee__row">
          <Text className="yk-fee__key">{item.name}</Text>
          <Text>{formatYuan(item.amountFen)}</Text>
        </View>
      ))}
      <View className="yk-fee__row yk-fee__total">
        <Text className="yk-fee__key">合计</Text>
        <Text data-testid="fee-total">{formatYuan(fee.totalFen)}</Text>
      </View>
      <View className="yk-fee__row">
        <Text className="yk-fee__key">缴款期限</Text>
        <Text>{fee.deadline} 当日内</Text>
      </View>
      <View className="yk-fee__row">
        <Text className="yk-fee__key">状态</Text>
        <Text className={`yk-badge ${status === 'paid' ? 'yk-badge--open' : status === 'unpaid' ? 'yk-badge--level' : 'yk-badge--closed'}`} data-testid="fee-status">
          {FEE_STATUS_LABELS[status]}
        </Text>
      </View>

      {pay.kind === 'away' && <Text className="yk-fee__note" role="status">请在收银台完成支付，返回后自动确认结果。</Text>}
      {pay.kind === 'confirming' && (
        <Text className="yk-fee__note" role="status">
          正在向服务器确认支付结果…
        </Text>
      )}
      {pay.kind === 'unconfirmed' && (
        <View className="yk-fee__note" role="status">
          <Text>还没有收到支付结果。如已支付，请稍后刷新；请勿重复支付。</Text>
          <Pressable className="yk-button yk-button--ghost yk-button--small" testId="fee-refresh" onTap={() => void confirm(pay.paymentId)}>
            刷新支付结果
          </Pressable>
        </View>
      )}
      {pay.kind === 'failed' && (
        <Text className="yk-fee__error" role="alert">
          {pay.message}
        </Text>
      )}
      {payable && (
        <Pressable className="yk-button yk-button--primary yk-fee__pay" disabled={busy} testId="fee-pay" onTap={() => void startPayment()}>
          {busy ? '正在处理…' : `缴费 ${formatYuan(fee.totalFen)}`}
        </Pressable>
      )}
    </View>
  );
}
