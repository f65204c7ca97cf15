/**
 * 投诉 as H5 renders it, with the complaints service faked. The form cannot be sent without a
 * type and words enough (each said at its field, nothing sent); a failed request keeps the type
 * and the words, on screen and on the device, and sending again uses the same Idempotency-Key; a
 * refusal about the case itself (a complaint already open) is said in words. On a reply, 满意
 * sends at once; 不满意 asks for a reason first, kept on the device until the server has it.
 */
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { ComplaintForm } from '../../src/features/complaints/ComplaintForm';
import { ComplaintView } from '../../src/features/complaints/ComplaintView';
import { complaintsService } from '../../src/features/complaints/complaintsService';
import { HttpError, NetworkError } from '../../src/core/http/errors';
import type { Complaint } from '../../src/shared/api/complaints';

jest.mock('../../src/features/complaints/complaintsService');
const service = jest.mocked(complaintsService);

const filed: Complaint = {
  id: 'cp_1',
  number: 'TS20261202000001',
  applicationId: 'app_1',
  applicationNumber: 'YKB20261202000001',
  itemName: '超限运输车辆行驶公路许可',
  category: 'overdue',
  description: '承诺7个工作日办结，已经超过3天还没有结果',
  createdAt: '2026-12-02T02:00:00Z',
  state: 'submitted',
  stateLabel: '待受理',
  department: '重庆市交通运输委员会',
  steps: [{ name: '提交', department: '您', startedAt: '2026-12-02T02:00:00Z', endedAt: '2026-12-02T02:00:00Z' }],
  replies: [],
  feedback: [],
  canGiveFeedback: false,
};

const replied: Complaint = {
  ...filed,
  state: 'replied',
  stateLabel: '已答复，待您评价',
  dueDate: '2026-12-09',
  replies: [{ at: '2026-12-04T03:00:00Z', text: '经核实，该件因专家评审延期，现已办结。', handler: '重庆市交通运输委员会 张**（工号 0243-1062-07）' }],
  canGiveFeedback: true,
};

/** Taro's H5 <Textarea> draws its native <textarea> a moment after mounting. */
const box = (testId: string) =>
  waitFor(() => {
    const el = screen.getByTestId(testId).querySelector('textarea');
    if (!el) throw new Error('no <textarea> yet');
    return el;
  });

beforeEach(() => {
  jest.clearAllMocks();
  localStorage.clear();
});

describe('the complaint form', () => {
  it('cannot be sent without a type and 10 characters of what happened: each said at its field, nothing sent', async () => {
    render(<ComplaintForm applicationId="app_1" onSent={jest.fn()} />);
    fireEvent.click(screen.getByTestId('complaint-submit'));
    expect((await screen.findByTestId('error-category')).textContent).toBe('请选择投诉类型');
    expect(screen.getByTestId('error-description').textContent).toBe('请写明投诉的具体情况（10–500字）');
    expect(service.submit).not.toHaveBeenCalled();
    // nothing is chosen for the citizen
    expect(screen.getAllByRole('radio').map((r) => r.getAttribute('aria-checked'))).toEqual(Array(6).fill('false'));
    fireEvent.click(screen.getByTestId('category-overdue'));
    expect(screen.queryByTestId('error-category')).toBeNull();
    fireEvent.input(await box('complaint-description'), { target: { value: '太慢了' } });
    await waitFor(() => expect(screen.getByTestId('description-count').textContent).toBe('3/500字'));
    fireEvent.click(screen.getByTestId('complaint-submit'));
    expect((await screen.findByTestId('error-description')).textContent).toBe('请写明投诉的具体情况（10–500字）');
    expect(service.submit).not.toHaveBeenCalled();
  });

  it('a failed request keeps the type and the words, also when the app is closed; sending again uses the same key', async () => {
    const onSent = jest.fn();
    service.submit.mockRejectedValueOnce(new NetworkError('offline')).mockResolvedValueOnce(filed);
    const first = render(<ComplaintForm applicationId="app_1" onSent={onSent} />);
    fireEvent.click(screen.getByTestId('category-overdue'));
    fireEvent.input(await box('complaint-description'), { target: { value: filed.description } });
    await act(async () => fireEvent.click(screen.getByTestId('complaint-submit')));
    expect(await screen.findByTestId('complaint-error')).toBeTruthy();
    expect(onSent).not.toHaveBeenCalled();
    first.unmount();

    render(<ComplaintForm applicationId="app_1" onSent={onSent} />);
    expect(screen.getByTestId('category-overdue').getAttribute('aria-checked')).toBe('true');
    expect((await box('complaint-description')).value).toBe(filed.description);
    await act(async () => fireEvent.click(screen.getByTestId('complaint-submit')));
    await waitFor(() => expect(onSent).toHaveBeenCalledWith(filed));
    const [[input1, key1], [input2, key2]] = service.submit.mock.calls;
    expect(key2).toBe(key1);
    expect(input2).toEqual(input1);
    expect(input2).toEqual({ applicationId: 'app_1', category: 'overdue', description: filed.description });
    // sent: nothing left on the device
    expect(Object.keys(localStorage).filter((k) => k.startsWith('yk.complaint.'))).toEqual([]);
  });

  it('says in words when the case already has a complaint being handled, keeping what was typed', async () => {
    service.submit.mockRejectedValueOnce(new HttpError(409, { code: 'conflict', message: '请求与当前状态冲突', fields: { applicationId: '这件办件已有投诉正在办理，请在“我的投诉”中查看进度' } }));
    render(<ComplaintForm applicationId="app_1" onSent={jest.fn()} />);
    fireEvent.click(screen.getByTestId('category-fees'));
    fireEvent.input(await box('complaint-description'), { target: { value: '窗口多收了一份复印费20元' } });
    await act(async () => fireEvent.click(screen.getByTestId('complaint-submit')));
    expect((await screen.findByTestId('complaint-error')).textContent).toBe('这件办件已有投诉正在办理，请在“我的投诉”中查看进度');
    expect((await box('complaint-description')).value).toBe('窗口多收了一份复印费20元');
  });
});

describe('a complaint', () => {
  it('shows where it is, step by step, with no say asked before a reply', () => {
    render(<ComplaintView initial={filed} />);
    expect(screen.getByTestId('complaint-state').textContent).toBe('待受理');
    expect(screen.getByText('投诉类型：超期未办结')).toBeTruthy();
    expect(screen.getAllByTestId('complaint-step').map((s) => s.textContent)).toEqual([expect.stringContaining('提交（已完成）')]);
    expect(screen.queryByTestId('complaint-feedback-form')).toBeNull();
  });

  it('满意 with a reply sends at once and shows the complaint closed', async () => {
    const closed: Complaint = { ...replied, state: 'closed', stateLabel: '已办结', outcome: 'satisfied', outcomeLabel: '您对办理结果表示满意', canGiveFeedback: false, feedback: [{ satisfied: true, at: '2026-12-04T05:00:00Z' }] };
    service.feedback.mockResolvedValueOnce(closed);
    render(<ComplaintView initial={replied} />);
    expect(screen.getByTestId('complaint-reply').textContent).toContain('经核实，该件因专家评审延期');
    await act(async () => fireEvent.click(screen.getByTestId('feedback-satisfied')));
    expect(service.feedback).toHaveBeenCalledWith('cp_1', { satisfied: true });
    expect(screen.getByTestId('complaint-state').textContent).toBe('已办结：您对办理结果表示满意');
    expect(screen.getByTestId('complaint-feedback').textContent).toBe('您的评价：满意');
    expect(screen.queryByTestId('complaint-feedback-form')).toBeNull();
  });

  it('不满意 needs a reason (said at the field, nothing sent); the reason is kept on the device until sent', async () => {
    const rehandling: Complaint = { ...replied, state: 'rehandling', stateLabel: '重新办理中', canGiveFeedback: false, feedback: [{ satisfied: false, at: '2026-12-04T05:00:00Z', reason: '只解释了原因，没说什么时候能拿到' }] };
    service.feedback.mockRejectedValueOnce(new NetworkError('offline')).mockResolvedValueOnce(rehandling);
    const first = render(<ComplaintView initial={replied} />);
    fireEvent.click(screen.getByTestId('feedback-dissatisfied'));
    fireEvent.click(screen.getByTestId('feedback-send'));
    expect((await screen.findByTestId('error-reason')).textContent).toBe('请写明不满意的原因（5–200字）');
    expect(service.feedback).not.toHaveBeenCalled();
    fireEvent.input(await box('feedback-reason'), { target: { value: '只解释了原因，没说什么时候能拿到' } });
    await act(async () => fireEvent.click(screen.getByTestId('feedback-send')));
    expect(await screen.findByTestId('feedback-error')).toBeTruthy();
    first.unmount();

    render(<ComplaintView initial={replied} />);
    expect((await box('feedback-reason')).value).toBe('只解释了原因，没说什么时候能拿到');
    await act(async () => fireEvent.click(screen.getByTestId('feedback-send')));
    expect(service.feedback).toHaveBeenLastCalledWith('cp_1', { satisfied: false, reason: '只解释了原因，没说什么时候能拿到' });
    expect(screen.getByTestId('complaint-state').textContent).toBe('重新办理中');
    expect(screen.getByTestId('complaint-feedback').textContent).toBe('您的评价：不满意（只解释了原因，没说什么时候能拿到）');
    expect(Object.keys(localStorage).filter((k) => k.startsWith('yk.complaint.'))).toEqual([]);
  });
});
