/**
 * 办件指挥中心 as H5 renders it, with the centre service faked in the contract's shapes (rows as
 * GET /dev/cases answers them; the refusal as POST /dev/cases/:id/:control answers a case that
 * moved on): filters and warning counts ask the server and show what it answers; a control
 * calls its endpoint and shows the server's own words when refused; the live region speaks only
 * of new filings; polling stops when the page is hidden and never has two polls in flight.
 */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { HttpError } from '../../src/core/http/errors';
import { CommandCentre } from '../../src/features/centre/components/CommandCentre';
import { centreService } from '../../src/features/centre/centreService';
import type { CommandCentreCase, CommandCentrePage, CommandCentreQuery } from '../../src/shared/api/cases';
import type { ClockState } from '../../src/shared/api/dev';

jest.mock('../../src/features/centre/centreService');
const service = jest.mocked(centreService);

const clock: ClockState = { now: '2026-12-02T02:00:00.000Z', mode: 'frozen', speed: 0 };

/** 田兴华's over-limit permit, filed at 光辉村, now at 彭水县 (district), overdue. */
const permit: CommandCentreCase = {
  id: 'app_1',
  number: 'YKB20261202000001',
  itemName: '跨区县超限运输车辆通行许可',
  applicantName: '田**',
  status: 'in_process',
  statusLabel: '办理中',
  level: 'district',
  department: '彭水县交通运输委员会',
  currentNode: '彭水县交通运输委员会 · 审查',
  deadline: { state: 'overdue', promisedDate: '2026-11-30', daysLeft: -2 },
  submittedAt: '2026-11-20T02:00:00.000Z',
  controls: ['supplement', 'approve', 'refuse'],
  materials: [
    { materialId: 'm1', name: '机动车行驶证' },
    { materialId: 'm2', name: '车辆轮廓图' },
  ],
};
/** 喻先生's passport, just received at the city hall. */
const passport: CommandCentreCase = {
  ...permit,
  id: 'app_2',
  number: 'YKB20261202000002',
  itemName: '普通护照签发',
  applicantName: '喻**',
  status: 'received',
  statusLabel: '已收件',
  level: 'city',
  department: '重庆市政务服务中心',
  currentNode: '重庆市政务服务中心 · 网上收件',
  deadline: { state: 'at_risk', promisedDate: '2026-12-03', daysLeft: 1 },
  submittedAt: '2026-12-01T02:00:00.000Z',
  controls: ['accept', 'supplement', 'approve', 'refuse'],
};

function pageOf(items: CommandCentreCase[]): CommandCentrePage {
  return {
    items,
    nextCursor: null,
    total: items.length,
    warnings: { overdue: items.filter((r) => r.deadline.state === 'overdue').length, atRisk: items.filter((r) => r.deadline.state === 'at_risk').length },
    openComplaints: items.filter((r) => r.complaint && r.complaint.state !== 'closed').length,
    departments: [...new Set(items.map((r) => r.department))],
  };
}

/** A server that filters as GET /dev/cases does. */
function serve(all: CommandCentreCase[]) {
  service.cases.mockImplementation(async (q: CommandCentreQuery) => {
    const byFilter = all.filter((r) => (!q.level || r.level === q.level) && (!q.department || r.department === q.department));
    const page = pageOf(byFilter);
    return { ...page, items: q.warning ? byFilter.filter((r) => r.deadline.state === q.warning) : byFilter };
  });
}

const rows = () => screen.queryAllByTestId('centre-row').map((r) => within(r).getByTestId('row-item').textContent);
const lastQuery = () => service.cases.mock.calls.at(-1)?.[0];

beforeEach(() => {
  jest.clearAllMocks();
  service.clock.mockResolvedValue(clock);
  serve([passport, permit]);
});

it('shows each case with its level, department, state and deadline in words', async () => {
  render(<CommandCentre active />);
  await waitFor(() => expect(rows()).toEqual(['普通护照签发', '跨区县超限运输车辆通行许可']));
  const row = screen.getAllByTestId('centre-row')[1];
  expect(within(row).getByTestId('row-level').textContent).toBe('区县级');
  expect(within(row).getByTestId('row-department').textContent).toBe('彭水县交通运输委员会');
  expect(within(row).getByTestId('row-status').textContent).toBe('办理中');
  expect(within(row).getByTestId('row-deadline').textContent).toBe('已超期2个工作日');
  expect(within(screen.getAllByTestId('centre-row')[0]).getByTestId('row-deadline').textContent).toBe('即将到期，剩1个工作日');
  expect(screen.getByTestId('clock-now').textContent).toBe('2026-12-02 10:00:00');
});

it('投诉问责: a case with a complaint says so on its row, and the open complaints are counted', async () => {
  const complained: CommandCentreCase = { ...permit, complaint: { id: 'cp_1', number: 'TS20261202000001', state: 'handling', stateLabel: '办理中' } };
  serve([passport, complained]);
  render(<CommandCentre active />);
  await waitFor(() => expect(rows()).toHaveLength(2));
  expect(screen.getByTestId('open-complaints').textContent).toBe('1件投诉办理中');
  const [first, second] = screen.getAllByTestId('centre-row');
  expect(within(second).getByTestId('row-complaint').textContent).toBe('投诉 TS20261202000001：办理中');
  expect(within(first).queryByTestId('row-complaint')).toBeNull();
});

it('filters by level: only the level chosen is asked for and shown; 全部层级 brings all back', async () => {
  render(<CommandCentre active />);
  await waitFor(() => expect(rows()).toHaveLength(2));
  fireEvent.click(screen.getByTestId('level-city'));
  await waitFor(() => expect(rows()).toEqual(['普通护照签发']));
  expect(lastQuery()).toMatchObject({ level: 'city' });
  expect(screen.getByTestId('level-city').getAttribute('aria-pressed')).toBe('true');
  fireEvent.click(screen.getByTestId('level-all'));
  await waitFor(() => expect(rows()).toHaveLength(2));
  expect(lastQuery()?.level).toBeUndefined();
});

it('filters by department from the departments the server lists', async () => {
  render(<CommandCentre active />);
  const filter = await screen.findByTestId('department-filter');
  fireEvent.click(await within(filter).findByText('彭水县交通运输委员会'));
  await waitFor(() => expect(rows()).toEqual(['跨区县超限运输车辆通行许可']));
  expect(lastQuery()).toMatchObject({ department: '彭水县交通运输委员会' });
});

it('counts red and yellow warnings; a tap shows only those, a second tap all again', async () => {
  render(<CommandCentre active />);
  await waitFor(() => expect(screen.getByTestId('warning-overdue').textContent).toBe('1件已超期（红色预警）'));
  expect(screen.getByTestId('warning-at-risk').textContent).toBe('1件即将到期（黄色预警）');
  fireEvent.click(screen.getByTestId('warning-overdue'));
  await waitFor(() => expect(rows()).toEqual(['跨区县超限运输车辆通行许可']));
  expect(lastQuery()).toMatchObject({ warning: 'overdue' });
  fireEvent.click(screen.getByTestId('warning-overdue'));
  await waitFor(() => expect(rows()).toHaveLength(2));
  expect(lastQuery()?.warning).toBeUndefined();
});

it('no warnings: both counts say 0 and nothing is red or yellow', async () => {
  serve([{ ...permit, deadline: { state: 'on_track', promisedDate: '2026-12-10', daysLeft: 6 } }]);
  render(<CommandCentre active />);
  await waitFor(() => expect(rows()).toHaveLength(1));
  expect(screen.getByTestId('warning-overdue').textContent).toBe('0件已超期（红色预警）');
  expect(screen.getByTestId('warning-at-risk').textContent).toBe('0件即将到期（黄色预警）');
  expect(screen.getByTestId('row-deadline').className).toContain('yk-centre-deadline--ok');
});

it('受理 calls the control endpoint and shows the case as the server answers it', async () => {
  const accepted: CommandCentreCase = { ...passport, status: 'in_process', statusLabel: '办理中', controls: ['supplement', 'approve', 'refuse'] };
  // the server moves the case, so the next poll sees it moved too
  service.control.mockImplementation(async () => {
    serve([accepted, permit]);
    return accepted;
  });
  render(<CommandCentre active />);
  await waitFor(() => expect(rows()).toHaveLength(2));
  const row = screen.getAllByTestId('centre-row')[0];
  fireEvent.click(within(row).getByTestId('control-accept'));
  await waitFor(() => expect(within(screen.getAllByTestId('centre-row')[0]).getByTestId('row-status').textContent).toBe('办理中'));
  expect(service.control).toHaveBeenCalledWith('app_2', 'accept', {});
});

it('a refused control (409) shows the server’s message and leaves the case as it was', async () => {
  const message = '该办件当前状态（approved）不能执行“accept”';
  service.control.mockRejectedValue(new HttpError(409, { code: 'conflict', message, fields: { control: message } }));
  render(<CommandCentre active />);
  await waitFor(() => expect(rows()).toHaveLength(2));
  const row = screen.getAllByTestId('centre-row')[0];
  fireEvent.click(within(row).getByTestId('control-accept'));
  expect((await within(row).findByRole('alert')).textContent).toBe(message);
  expect(within(row).getByTestId('row-status').textContent).toBe('已收件');
});

it('要求补正 asks for exactly the materials picked', async () => {
  service.control.mockResolvedValue({ ...permit, status: 'supplement_requested', statusLabel: '待补正' });
  render(<CommandCentre active />);
  await waitFor(() => expect(rows()).toHaveLength(2));
  const row = screen.getAllByTestId('centre-row')[1];
  fireEvent.click(within(row).getByTestId('control-supplement'));
  const panel = within(row).getByTestId('supplement-panel');
  fireEvent.click(within(panel).getByText('机动车行驶证'));
  fireEvent.click(within(panel).getByTestId('send-supplement'));
  await waitFor(() => expect(service.control).toHaveBeenCalledWith('app_1', 'supplement', { materialIds: ['m1'] }));
  await waitFor(() => expect(within(row).queryByTestId('supplement-panel')).toBeNull());
});

describe('polling', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  const flush = () => act(async () => {
    await Promise.resolve();
    await Promise.resolve();
  });
  const tick = (ms: number) => act(async () => {
    jest.advanceTimersByTime(ms);
    await Promise.resolve();
  });

  it('announces a new filing politely, once; an ordinary poll says nothing', async () => {
    serve([permit]);
    render(<CommandCentre active pollMs={1000} />);
    await flush();
    await tick(1000);
    await flush();
    expect(screen.getByTestId('centre-announcer').textContent).toBe('');
    expect(screen.getByTestId('centre-announcer').getAttribute('aria-live')).toBe('polite');
    serve([passport, permit]);
    await tick(1000);
    await flush();
    expect(screen.getByTestId('centre-announcer').textContent).toBe('新收到1件办件：普通护照签发。当前共2件。');
    expect(rows()).toEqual(['普通护照签发', '跨区县超限运输车辆通行许可']);
  });

  it('keeps one poll in flight: a filter change or a return to the page while a poll hangs waits for it', async () => {
    const answers: Array<(p: CommandCentrePage) => void> = [];
    service.cases.mockImplementation(() => new Promise((resolve) => answers.push(resolve)));
    const { rerender } = render(<CommandCentre active pollMs={1000} />);
    await flush();
    await tick(10_000);
    fireEvent.click(screen.getByTestId('level-city'));
    rerender(<CommandCentre active={false} pollMs={1000} />);
    rerender(<CommandCentre active pollMs={1000} />);
    await flush();
    expect(service.cases).toHaveBeenCalledTimes(1);
    // the answer for the old filter is dropped and the new filter asked for at once
    await act(async () => answers[0](pageOf([permit])));
    await flush();
    expect(service.cases).toHaveBeenCalledTimes(2);
    expect(lastQuery()).toMatchObject({ level: 'city' });
    expect(rows()).toEqual([]);
  });

  it('stops when the page is hidden and starts again when shown', async () => {
    const { rerender } = render(<CommandCentre active pollMs={1000} />);
    await flush();
    await tick(1000);
    await flush();
    const before = service.cases.mock.calls.length;
    expect(before).toBeGreaterThanOrEqual(2);
    rerender(<CommandCentre active={false} pollMs={1000} />);
    await tick(10_000);
    await flush();
    expect(service.cases.mock.calls.length).toBe(before);
    rerender(<CommandCentre active pollMs={1000} />);
    await flush();
    expect(service.cases.mock.calls.length).toBe(before + 1);
  });
});
