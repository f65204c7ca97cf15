/**
 * 消息中心 as H5 renders it: unread messages say 未读 in words (read ones do not), each filter
 * names its unread count, opening a message marks it read and opens its case; the empty state
 * says why; and the H5 confirmation page says where notices arrive instead of a subscribe button.
 */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { endSession, startSession } from '../../src/core/session/session';
import { MessageCentre } from '../../src/features/messages/components/MessageCentre';
import { SubscribeCard } from '../../src/features/messages/components/SubscribeCard';
import { messagesService } from '../../src/features/messages/messagesService';
import type { Message, MessageList } from '../../src/shared/api/messages';
import { ROUTES } from '../../src/routes';

jest.mock('../../src/features/messages/messagesService', () => ({
  messagesService: { list: jest.fn(), read: jest.fn(), readAll: jest.fn(), unreadCount: jest.fn(), subscribe: jest.fn(), outbox: jest.fn() },
}));
const service = jest.mocked(messagesService);

// Navigation leaves the page: record it instead (test/support/taro-fakes.ts).
jest.mock('@tarojs/taro', () =>
  jest.requireActual<typeof import('../support/taro-fakes')>('../support/taro-fakes').taroWithFakes({ navigateTo: jest.fn(() => Promise.resolve()) }),
);
const navigateTo = jest.mocked(Taro.navigateTo);

const message = (id: string, over: Partial<Message>): Message => ({
  id,
  category: 'progress',
  kind: 'accepted',
  title: '办件已受理',
  body: '「超限运输车辆行驶公路许可」已受理，办理时限从今天起按工作日计算。',
  at: '2026-12-02T02:00:00Z',
  read: false,
  applicationId: 'app_1',
  number: 'YKB20261202000001',
  ...over,
});

const page: MessageList = {
  items: [
    message('m2', { title: '需要补正材料', kind: 'supplement_requested', applicationId: 'app_2' }),
    message('m1', { title: '申请已收件', kind: 'received', read: true }),
  ],
  nextCursor: null,
  unread: { total: 1, byCategory: { progress: 1, result: 0, shipping: 0, rating: 0 } },
};

beforeEach(() => {
  jest.clearAllMocks();
  startSession('tok-test');
  service.unreadCount.mockResolvedValue(page.unread);
});
afterEach(() => endSession());

const rows = async () => within(await screen.findByTestId('messages')).getAllByTestId('message-row');

it('says 未读 in words on unread messages only, and the filters name their unread counts', async () => {
  service.list.mockResolvedValue(page);
  render(<MessageCentre />);
  const [unread, read] = await rows();
  expect(unread.textContent).toContain('未读');
  expect(unread.textContent).toContain('需要补正材料');
  expect(read.textContent).not.toContain('未读');
  expect(screen.getByTestId('unread-summary').textContent).toBe('共1条未读');
  expect(screen.getByTestId('filter-progress').getAttribute('aria-label')).toBe('办件进度，1条未读');
  expect(screen.getByTestId('filter-result').getAttribute('aria-label')).toBe('办理结果');
});

it('opening an unread message marks it read and opens its case', async () => {
  service.list.mockResolvedValue(page);
  service.read.mockResolvedValue({ ...page.items[0], read: true });
  render(<MessageCentre />);
  const [unread] = await rows();
  fireEvent.click(unread);
  expect(navigateTo).toHaveBeenCalledWith({ url: ROUTES.application('app_2') });
  expect(service.read).toHaveBeenCalledWith('m2');
  await waitFor(() => expect(unread.textContent).not.toContain('未读'));
  expect(screen.getByTestId('unread-summary').textContent).toBe('没有未读消息');
});

it('opening a message already read sends no read request', async () => {
  service.list.mockResolvedValue(page);
  render(<MessageCentre />);
  const [, read] = await rows();
  fireEvent.click(read);
  expect(navigateTo).toHaveBeenCalledWith({ url: ROUTES.application('app_1') });
  expect(service.read).not.toHaveBeenCalled();
});

it('a category filter asks for that category; an empty one says what will arrive there', async () => {
  service.list.mockResolvedValue(page);
  render(<MessageCentre />);
  await rows();
  service.list.mockResolvedValue({ ...page, items: [] });
  fireEvent.click(screen.getByTestId('filter-shipping'));
  expect(await screen.findByText('没有寄递消息')).toBeTruthy();
  expect(service.list).toHaveBeenLastCalledWith('shipping', undefined);
  expect(screen.getByTestId('filter-shipping').getAttribute('aria-pressed')).toBe('true');
});

it('in a browser the confirmation page explains where notices arrive, with no subscribe button', async () => {
  render(<SubscribeCard applicationId="app_1" />);
  await act(() => Promise.resolve());
  expect(screen.getByTestId('subscribe-explain').textContent).toContain('消息中心');
  expect(screen.getByTestId('subscribe-explain').textContent).toContain('短信');
  expect(screen.queryByTestId('subscribe')).toBeNull();
});
