/**
 * The rating form as H5 renders it, with the evaluations service faked: it cannot be sent without
 * a level (the reason is said in words, nothing is sent), a bad rating needs a problem or words,
 * the counter follows what is typed, and a failed request keeps everything chosen and typed, on
 * screen and on the device, to send again with the same Idempotency-Key. The same form changes a
 * rating: it starts from the rating as given, sends PUT /evaluations/:id, shows the server's
 * refusal in words (409: changed already or too late) and field messages at the field, and keeps
 * the change on the device, per rating, until the server has it.
 */
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { RatingForm } from '../../src/features/evaluations/RatingForm';
import { evaluationsService } from '../../src/features/evaluations/evaluationsService';
import { HttpError, NetworkError } from '../../src/core/http/errors';
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

// ---- 修改评价 ----------------------------------------------------------------------------------------

const given: Evaluation = {
  ...sent,
  // 指南准确 scored apart from the level; the rest as 满意 means
  dimensions: { overall: 4, efficiency: 4, guide_accuracy: 5, convenience: 4, usability: 4 },
  tags: ['办理速度快'],
  comment: '网上就办好了',
  changeableUntil: '2026-12-09T02:00:00Z',
};
const changed: Evaluation = { ...given, level: 'very_satisfied', changedAt: '2026-12-03T02:00:00Z', changeableUntil: undefined };
const changeForm = (onSent = jest.fn()) => render(<RatingForm applicationId="app_1" stage="completion" changing={given} onSent={onSent} />);

it('修改评价 starts from the rating as given and sends the change as PUT, not a new rating', async () => {
  const onSent = jest.fn();
  service.change.mockResolvedValueOnce(changed);
  changeForm(onSent);
  expect(screen.getByText('修改对办结环节的评价')).toBeTruthy();
  expect(screen.getByTestId('change-hint').textContent).toContain('评价只能修改一次，提交后不能再改，请在12月9日 10:00前提交');
  expect(screen.getByTestId('level-satisfied').getAttribute('aria-checked')).toBe('true');
  expect(screen.getByRole('checkbox', { name: '办理速度快' }).getAttribute('aria-checked')).toBe('true');
  expect(screen.getByTestId('dimension-guide_accuracy').textContent).toContain('指南准确：5分');
  expect((await commentBox()).value).toBe('网上就办好了');
  expect(screen.getByTestId('rate-submit').textContent).toBe('提交修改');
  // another level: the scores that followed the level follow it, the one set apart stays
  fireEvent.click(screen.getByTestId('level-very_satisfied'));
  expect(screen.getByTestId('dimension-overall').textContent).toContain('总体满意度：5分');
  await act(async () => fireEvent.click(screen.getByTestId('rate-submit')));
  await waitFor(() => expect(onSent).toHaveBeenCalledWith(changed));
  expect(service.rate).not.toHaveBeenCalled();
  expect(service.change).toHaveBeenCalledWith('ev_1', {
    level: 'very_satisfied',
    dimensions: { overall: 5, efficiency: 5, guide_accuracy: 5, convenience: 5, usability: 5 },
    tags: ['办理速度快'],
    comment: '网上就办好了',
  });
  expect(Object.keys(localStorage).filter((k) => k.startsWith('yk.rating.'))).toEqual([]);
});

it('409 (changed already or too late) is said in words, and the change stays on screen', async () => {
  const message = '评价后7日内才能修改，已超过修改期限';
  service.change.mockRejectedValueOnce(new HttpError(409, { code: 'conflict', message, fields: { _: message } }));
  changeForm();
  fireEvent.click(screen.getByTestId('level-very_satisfied'));
  await act(async () => fireEvent.click(screen.getByTestId('rate-submit')));
  expect((await screen.findByTestId('rating-error')).textContent).toBe(message);
  expect(screen.getByTestId('rating-error').getAttribute('role')).toBe('alert');
  expect(screen.getByTestId('level-very_satisfied').getAttribute('aria-checked')).toBe('true');
});

it('the server’s field message is shown at the field', async () => {
  const message = '差评请至少选择一个问题或写明原因，便于部门整改';
  service.change.mockRejectedValueOnce(new HttpError(422, { code: 'unprocessable', message, fields: { comment: message } }));
  changeForm();
  fireEvent.click(screen.getByTestId('level-dissatisfied'));
  fireEvent.input(await commentBox(), { target: { value: '等了很久' } });
  await act(async () => fireEvent.click(screen.getByTestId('rate-submit')));
  expect((await screen.findByTestId('error-comment')).textContent).toBe(message);
});

it('a failed change loses nothing: closed and opened again, the change is still there, kept per rating', async () => {
  const onSent = jest.fn();
  service.change.mockRejectedValueOnce(new NetworkError('offline')).mockResolvedValueOnce(changed);
  const first = changeForm(onSent);
  fireEvent.click(screen.getByTestId('level-very_satisfied'));
  fireEvent.input(await commentBox(), { target: { value: '改一下：非常方便' } });
  await act(async () => fireEvent.click(screen.getByTestId('rate-submit')));
  expect((await screen.findByTestId('rating-error')).textContent).toBe('网络连接不可用，请检查网络后重试');
  expect(onSent).not.toHaveBeenCalled();
  expect(Object.keys(localStorage).filter((k) => k.startsWith('yk.rating.'))).toEqual(['yk.rating.change.ev_1']);
  first.unmount();
  changeForm(onSent);
  expect(screen.getByTestId('level-very_satisfied').getAttribute('aria-checked')).toBe('true');
  expect((await commentBox()).value).toBe('改一下：非常方便');
  await act(async () => fireEvent.click(screen.getByTestId('rate-submit')));
  await waitFor(() => expect(onSent).toHaveBeenCalledWith(changed));
  const [[, input1], [, input2]] = service.change.mock.calls;
  expect(input2).toEqual(input1);
  expect(input2).toMatchObject({ level: 'very_satisfied', comment: '改一下：非常方便' });
});
