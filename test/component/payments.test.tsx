/**
 * FeeNoticeCard as H5 renders it, with the payment service faked: a double tap on 缴费 makes one
 * POST /applications/:id/payments; after the cashier, 已缴费 appears only when GET /payments/:id
 * says paid, never on the cashier's word alone.
 */
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { FeeNotice, Payment } from '../../src/shared/api/applications';
import { FeeNoticeCard } from '../../src/features/payments/FeeNoticeCard';
import { PAYMENT_RETURNED } from '../../src/features/payments/cashierRoute';
import { checkout } from '../../src/features/payments/checkout';
import { paymentsService } from '../../src/features/payments/paymentsService';

jest.mock('../../src/features/payments/paymentsService');
jest.mock('../../src/features/payments/checkout', () => ({ checkout: { start: jest.fn() } }));
const service = jest.mocked(paymentsService);
const startCheckout = jest.mocked(checkout.start);

const fee: FeeNotice = { items: [{ name: '普通护照工本费', amountFen: 12000 }], totalFen: 12000, code: '50202612020000000018', deadline: '2026-12-09', status: 'unpaid' };
const payment: Payment = {
  id: 'pay_1',
  applicationId: 'app_1',
  amountFen: 12000,
  status: 'pending',
  createdAt: '2026-12-02T10:00:00+08:00',
  requestPayment: { timeStamp: '1', nonceStr: 'n', package: 'prepay_id=x', signType: 'RSA', paySign: 's' },
};

beforeEach(() => {
  jest.clearAllMocks();
  localStorage.clear();
  startCheckout.mockResolvedValue('cashier');
});

it('shows the fee notice: 缴款码, amount in 元, deadline and status in words', () => {
  render(<FeeNoticeCard applicationId="app_1" fee={fee} />);
  expect(screen.getByTestId('fee-code').textContent).toBe('50202612020000000018');
  expect(screen.getByTestId('fee-total').textContent).toBe('120.00 元');
  expect(screen.getByText('2026-12-09 当日内')).toBeTruthy();
  expect(screen.getByTestId('fee-status').textContent).toBe('未缴费');
  expect(screen.getByTestId('fee-pay').textContent).toBe('缴费 120.00 元');
});

it('a double tap on 缴费 makes one payment request, with an Idempotency-Key kept for the application', async () => {
  let answer!: (p: Payment) => void;
  service.pay.mockImplementation(() => new Promise((resolve) => (answer = resolve)));
  render(<FeeNoticeCard applicationId="app_1" fee={fee} />);
  const pay = screen.getByTestId('fee-pay');
  // both taps land before React re-renders (the button is not yet disabled), as on a slow phone
  act(() => {
    pay.click();
    pay.click();
  });
  await act(async () => answer(payment));
  expect(service.pay).toHaveBeenCalledTimes(1);
  const [applicationId, key] = service.pay.mock.calls[0];
  expect(applicationId).toBe('app_1');
  expect(key).toMatch(/^pay-/);
  await screen.findByText('请在收银台完成支付，返回后自动确认结果。');
  expect(startCheckout).toHaveBeenCalledWith(payment);
});

it('shows 已缴费 only after the server says the payment is paid', async () => {
  service.pay.mockResolvedValue(payment);
  // the notification reaches the server a moment after the citizen is back: pending, then paid
  service.payment.mockResolvedValueOnce(payment).mockResolvedValueOnce({ ...payment, status: 'paid', paidAt: '2026-12-02T10:01:00+08:00' });
  const onPaid = jest.fn();
  render(<FeeNoticeCard applicationId="app_1" fee={fee} onPaid={onPaid} />);
  fireEvent.click(screen.getByTestId('fee-pay'));
  await screen.findByText('请在收银台完成支付，返回后自动确认结果。');
  expect(screen.getByTestId('fee-status').textContent).toBe('未缴费');

  act(() => {
    Taro.eventCenter.trigger(PAYMENT_RETURNED, 'pay_1');
  });
  await screen.findByText('正在向服务器确认支付结果…');
  expect(screen.getByTestId('fee-status').textContent).toBe('未缴费');
  await waitFor(() => expect(screen.getByTestId('fee-status').textContent).toBe('已缴费'), { timeout: 5000 });
  expect(service.payment).toHaveBeenCalledTimes(2);
  expect(onPaid).toHaveBeenCalledTimes(1);
  expect(screen.queryByTestId('fee-pay')).toBeNull();
});

it('a retry after a lost answer sends the same Idempotency-Key, so the server answers the same payment', async () => {
  service.pay.mockRejectedValueOnce(Object.assign(new Error('timeout'), {})).mockResolvedValueOnce(payment);
  render(<FeeNoticeCard applicationId="app_1" fee={fee} />);
  fireEvent.click(screen.getByTestId('fee-pay'));
  await waitFor(() => expect(service.pay).toHaveBeenCalledTimes(1));
  await screen.findByRole('alert');
  fireEvent.click(screen.getByTestId('fee-pay'));
  await waitFor(() => expect(service.pay).toHaveBeenCalledTimes(2));
  expect(service.pay.mock.calls[1][1]).toBe(service.pay.mock.calls[0][1]);
});
