import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { Page } from '../../../../components/Page';
import { Pressable } from '../../../../components/Pressable';
import { StateView } from '../../../../components/StateView';
import { useAsync } from '../../../../core/hooks/useAsync';
import { userMessageOf } from '../../../../core/http/errors';
import { announcePaymentReturned } from '../../../../features/payments/cashierRoute';
import { formatYuan } from '../../../../features/payments/FeeNoticeCard';
import { paymentsService } from '../../../../features/payments/paymentsService';
import type { PaymentStatus } from '../../../../shared/api/applications';
import '../../../../features/payments/payments.scss';

const PAYMENT_STATUS_LABELS: Record<PaymentStatus, string> = {
  pending: '待支付',
  paid: '已支付',
  failed: '支付失败',
  closed: '已关闭',
  refunded: '已退款',
};

/**
 * 模拟收银台（演示环境）: where WeChat Pay's sheet would be. Its buttons do what WeChat Pay does
 * after the citizen pays or fails: notify the SERVER (POST /dev/payments/:id/notify). The page
 * that sent the citizen here then reads the outcome from the server, as it would after a real
 * payment.
 */
export default function CashierPage() {
  const { paymentId = '', applicationId = '' } = useRouter().params;
  const data = useAsync(
    async () => {
      const payment = await paymentsService.payment(paymentId);
      // the item's name is for the citizen's eyes only: the cashier works without it
      const application = await paymentsService.application(applicationId || payment.applicationId).catch(() => null);
      return { payment, application };
    },
    [paymentId, applicationId],
  );
  const [sending, setSending] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const finish = async (result: 'success' | 'fail') => {
    if (sending) return;
    setSending(true);
    setFailure(null);
    try {
      await paymentsService.notify(paymentId, result);
      announcePaymentReturned(paymentId);
      await Taro.navigateBack();
    } catch (e) {
      setFailure(userMessageOf(e));
    } finally {
      setSending(false);
    }
  };

  const back = () => {
    announcePaymentReturned(paymentId);
    void Taro.navigateBack();
  };

  return (
    <Page className="yk-cashier">
      <Text className="yk-cashier__demo" data-testid="cashier-demo">
        这是演示环境的模拟收银台，不会真实扣款。正式版本在此打开微信支付；支付结果都以服务器收到的支付通知为准。
      </Text>
      {data.status === 'loading' && <StateView kind="loading" label="正在加载支付信息…" />}
      {data.status === 'error' && <StateView kind="error" title="支付信息加载失败" error={data.error} onRetry={data.retry} />}
      {data.status === 'success' && (
        <View className="yk-card">
          <Text className="yk-section-title" role="heading" aria-level={1}>
            {data.data.application ? data.data.application.itemName : '政务服务缴费'}
          </Text>
          {data.data.application && <Text className="yk-fee__key">办件编号 {data.data.application.number}</Text>}
          {data.data.application?.fee?.items.map((item) => (
            <View key={item.name} className="yk-fee__row">
              <Text className="yk-fee__key">{item.name}</Text>
              <Text>{formatYuan(item.amountFen)}</Text>
            </View>
          ))}
          <Text className="yk-cashier__amount" data-testid="cashier-amount">
            ¥{(data.data.payment.amountFen / 100).toFixed(2)}
          </Text>
          <View className="yk-fee__row">
            <Text className="yk-fee__key">支付状态</Text>
            <Text>{PAYMENT_STATUS_LABELS[data.data.payment.status]}</Text>
          </View>
          {failure && (
            <Text className="yk-fee__error" role="alert">
              {failure}
            </Text>
          )}
          {data.data.payment.status === 'pending' ? (
            <View className="yk-cashier__actions">
              <Pressable className="yk-button yk-button--primary" disabled={sending} testId="cashier-pay" onTap={() => void finish('success')}>
                {sending ? '正在处理…' : '确认支付'}
              </Pressable>
              <Pressable className="yk-button yk-button--ghost" disabled={sending} testId="cashier-fail" onTap={() => void finish('fail')}>
                支付失败
              </Pressable>
            </View>
          ) : (
            <View className="yk-cashier__actions">
              <Pressable className="yk-button yk-button--ghost" onTap={back}>
                返回
              </Pressable>
            </View>
          )}
        </View>
      )}
    </Page>
  );
}
