/**
 * The rating form as H5 renders it, with the evaluations service faked: it cannot be sent without
 * a level (the reason is said in words, nothing is sent), a bad rating needs a problem or words,
 * the counter follows what is typed, and a failed request keeps everything chosen and typed, on
 * screen and on the device, to send again with the same Idempotency-Key.
 */
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { RatingForm } from '../../src/features/evaluations/RatingForm';
import { evaluationsService } from '../../src/features/evaluations/evaluationsService';
import { NetworkError } from '../../src/core/http/errors';
import type { Evaluation } from '../../src/shared/api/evaluations';

jest.mock('../../src/features/evaluations/evaluationsService');
const service = jest.mocked(evaluationsService);

const sent: Evaluation = {
  id: 'ev_1',
  applicationId: 'app_1',
  number: 'YKB20261202000001',
  itemId: 'item',
  itemName: '超限运输车辆行驶公路许可',
  department: '重庆市交通运输委员会',
  stage: 'completion',
  level: 'satisfied',
  dimensions: { overall: 4, efficiency: 4, guide_accuracy: 4, convenience: 4, usability: 4 },
  tags: [],
  createdAt: '2026-12-02T02:00:00Z',
};

/** Taro's H5 <Textarea> draws its native <textarea> a moment after mounting. */
const commentBox = () =>
  waitFor(() => {
    const box = screen.getByTestId('rating-comment').querySelector('textarea');
    if (!box) throw new Error('no <textarea> yet');
    return box;
  });

beforeEach(() => {
  jest.clearAllMocks();
  localStorage.clear();
});

it('cannot be sent without a level: the reason in words at the levels, and no request', async () => {
  render(<RatingForm applicationId="app_1" stage="completion" onSent={jest.fn()} />);
  expect(screen.getByText('您对办结环节满意吗？')).toBeTruthy();
  const levels = ['very_satisfied', 'satisfied', 'basically_satisfied', 'dissatisfied', 'very_dissatisfied'].map((l) => screen.getByTestId(`level-${l}`));
  expect(levels.map((l) => l.textContent?.slice(1))).toEqual(['非常满意', '满意', '基本满意', '不满意', '非常不满意']);
  expect(levels.map((l) => l.getAttribute('role'))).toEqual(Array(5).fill('radio'));
  fireEvent.click(screen.getByTestId('rate-submit'));
  expect((await screen.findByTestId('error-level')).textContent).toBe('请选择满意程度');
  expect(service.rate).not.toHaveBeenCalled();
  // choosing a level clears the message; nothing was chosen for the citizen before
  expect(screen.getByTestId('level-satisfied').getAttribute('aria-checked')).toBe('false');
  fireEvent.click(screen.getByTestId('level-satisfied'));
  expect(screen.queryByTestId('error-level')).toBeNull();
  expect(screen.getByTestId('level-satisfied').getAttribute('aria-checked')).toBe('true');
});

it('a bad rating asks for a problem or words before it is sent', async () => {
  render(<RatingForm applicationId="app_1" stage="completion" onSent={jest.fn()} />);
  fireEvent.click(screen.getByTestId('level-dissatisfied'));
  fireEvent.click(screen.getByTestId('rate-submit'));
  expect((await screen.findByTestId('error-comment')).textContent).toBe('差评请至少选择一个问题或写明原因，便于部门整改');
  expect(service.rate).not.toHaveBeenCalled();
  fireEvent.click(screen.getByText('办理拖延'));
  expect(screen.queryByTestId('error-comment')).toBeNull();
});

it('the counter follows the words typed, up to 200', async () => {
  render(<RatingForm applicationId="app_1" stage="completion" onSent={jest.fn()} />);
  expect(screen.getByTestId('comment-count').textContent).toBe('0/200字');
  fireEvent.input(await commentBox(), { target: { value: '网上就办好了' } });
  await waitFor(() => expect(screen.getByTestId('comment-count').textContent).toBe('6/200字'));
});

it('a failed request keeps the level and the words; sending again uses the same key and succeeds', async () => {
  const onSent = jest.fn();
  service.rate.mockRejectedValueOnce(new NetworkError('offline')).mockResolvedValueOnce(sent);
  const first = render(<RatingForm applicationId="app_1" stage="completion" onSent={onSent} />);
  fireEvent.click(screen.getByTestId('level-satisfied'));
  fireEvent.input(await commentBox(), { target: { value: '网上就办好了' } });
  await act(async () => fireEvent.click(screen.getByTestId('rate-submit')));
  expect(await screen.findByTestId('rating-error')).toBeTruthy();
  expect(onSent).not.toHaveBeenCalled();
  // the app is closed and opened again: the rating is still there
  first.unmount();
  render(<RatingForm applicationId="app_1" stage="completion" onSent={onSent} />);
  expect(screen.getByTestId('level-satisfied').getAttribute('aria-checked')).toBe('true');
  expect((await commentBox()).value).toBe('网上就办好了');
  await act(async () => fireEvent.click(screen.getByTestId('rate-submit')));
  await waitFor(() => expect(onSent).toHaveBeenCalledWith(sent));
  const [[, input1, key1], [, input2, key2]] = service.rate.mock.calls;
  expect(key2).toBe(key1);
  expect(input2).toEqual(input1);
  expect(input2).toMatchObject({ stage: 'completion', level: 'satisfied', comment: '网上就办好了', dimensions: { overall: 4, usability: 4 } });
  // sent: nothing left on the device
  expect(Object.keys(localStorage).filter((k) => k.startsWith('yk.rating.'))).toEqual([]);
});
