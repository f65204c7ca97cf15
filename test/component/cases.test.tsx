/**
 * Tracking a case as H5 renders it, with the server faked at the cases service: 我的办件's tabs
 * with their counts, the deadline said in words as well as colour, a withdrawal that 取消 leaves
 * untouched, and a refused supplement whose message stands at the material it is about.
 */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { Application } from '../../src/shared/api/applications';
import type { CaseList, CaseListEntry, CaseTab, SupplementInput } from '../../src/shared/api/cases';
import type { Certificate } from '../../src/shared/api/identity';
import { HttpError } from '../../src/core/http/errors';
import { casesService } from '../../src/features/cases/casesService';
import { CaseActions } from '../../src/features/cases/components/CaseActions';
import { CaseListView } from '../../src/features/cases/components/CaseListView';
import { DeadlineBadge, DeadlineClock } from '../../src/features/cases/components/Deadline';
import { SupplementForm } from '../../src/features/cases/components/SupplementForm';
import { useCase } from '../../src/features/cases/useCase';
import { useCaseList } from '../../src/features/cases/useCaseList';
import { useSupplement } from '../../src/features/cases/useSupplement';

jest.mock('../../src/features/cases/casesService');
jest.mock('../../src/features/uploads/uploadsService', () => ({
  uploadsService: { list: jest.fn().mockResolvedValue([]), get: jest.fn(), remove: jest.fn() },
  uploadTransport: { create: jest.fn(), putChunk: jest.fn(), get: jest.fn() },
}));
const service = jest.mocked(casesService);

const COUNTS: CaseList['counts'] = { all: 6, draft: 1, in_progress: 2, supplement: 1, payment: 0, done: 3, withdrawn: 0 };

function entry(id: string, over: Partial<CaseListEntry> = {}): CaseListEntry {
  return {
    id,
    kind: 'application',
    itemId: 'item',
    itemName: '超限运输车辆行驶公路许可',
    number: `YKB2026120200000${id.slice(-1)}`,
    status: 'in_process',
    statusLabel: '办理中',
    currentNode: '重庆市交通运输委员会 · 受理审查',
    deadline: { state: 'on_track', promisedDate: '2026-12-09', daysLeft: 5 },
    at: '2026-12-02T02:00:00.000Z',
    ...over,
  };
}

const SUPPLEMENT = entry('a3', { status: 'supplement_requested', statusLabel: '待补正', deadline: { state: 'paused', promisedDate: '2026-12-10', daysLeft: 4 } });
const PAGES: Partial<Record<CaseTab, CaseListEntry[]>> = {
  all: [entry('a1'), entry('a2', { itemName: '普通护照签发' }), SUPPLEMENT],
  in_progress: [entry('a1'), entry('a2', { itemName: '普通护照签发' })],
  supplement: [SUPPLEMENT],
};

function List() {
  const fetchTab = async (tab: CaseTab) => ({ items: PAGES[tab] ?? [], nextCursor: null, counts: COUNTS });
  const { tab, setTab, counts, list } = useCaseList(undefined, fetchTab);
  return <CaseListView tab={tab} onTab={setTab} counts={counts} list={list} back="/packages/cases/pages/list/index" onOpen={() => undefined} />;
}

const application: Application = {
  id: 'app_1',
  number: 'YKB20261202000001',
  itemId: 'item',
  itemName: '超限运输车辆行驶公路许可',
  status: 'supplement_requested',
  submittedAt: '2026-12-02T02:00:00.000Z',
  promisedDate: '2026-12-10',
  situationName: '跨区县',
  department: '重庆市交通运输委员会',
  applicantName: '田**',
  applicantKind: 'self',
  delivery: { method: 'electronic' },
  materials: [],
  nextSteps: [],
  visits: 0,
  timeline: [],
  deadline: { state: 'paused', promisedDays: 5, promisedDate: '2026-12-10', usedDays: 1, daysLeft: 4, pausedSince: '2026-12-03' },
  supplement: {
    id: 'sup_1',
    reason: '机动车行驶证照片不清晰，请重新提供',
    requestedAt: '2026-12-03T02:00:00.000Z',
    dueDate: '2026-12-10',
    materials: [
      { materialId: 'm1', name: '车辆行驶证或道路运输证（牵引车和挂车）', note: '', certificateKinds: ['vehicle_licence'] },
      { materialId: 'm2', name: '驾驶员的机动车驾驶证', note: '', certificateKinds: ['driving_licence'] },
    ],
  },
  actions: [{ kind: 'withdraw', text: '受理前可以撤回申请' }],
};

const certificates: Certificate[] = [
  { id: 'c_id', kind: 'id_card', name: '居民身份证', number: '5002**********1234', holder: '田**', issuer: '彭水县公安局', issuedOn: '2020-01-01', trustLevel: 'A' } as Certificate,
  { id: 'c_vl', kind: 'vehicle_licence', name: '机动车行驶证', number: '渝H****8', holder: '田**', issuer: '重庆市公安局交通管理局', issuedOn: '2021-01-01', trustLevel: 'A' } as Certificate,
];

beforeEach(() => {
  jest.clearAllMocks();
  localStorage.clear();
});

describe('我的办件', () => {
  it('opens on 全部: every application whatever its state, so none has to be looked for', async () => {
    render(<List />);
    await screen.findByText('普通护照签发');
    expect(screen.getByTestId('case-tab-all').getAttribute('aria-selected')).toBe('true');
    expect(screen.getByTestId('case-tab-all').textContent).toBe('全部 6');
    expect(screen.getAllByTestId('case-status').map((s) => s.textContent)).toEqual(['办理中', '办理中', '待补正']);
  });

  it('shows every tab with its count, and a tab shows only its own cases', async () => {
    render(<List />);
    await screen.findByText('普通护照签发');
    expect(screen.getByTestId('case-tab-supplement').textContent).toBe('待补正 1');
    expect(screen.getByTestId('case-tab-done').textContent).toBe('已办结 3');
    fireEvent.click(screen.getByTestId('case-tab-in_progress'));
    await waitFor(() => expect(screen.getAllByTestId('application-row')).toHaveLength(2));
    expect(screen.getByTestId('case-tab-in_progress').getAttribute('aria-selected')).toBe('true');

    fireEvent.click(screen.getByTestId('case-tab-supplement'));
    await screen.findByText('已暂停计时');
    const rows = screen.getAllByTestId('application-row');
    expect(rows).toHaveLength(1);
    expect(within(rows[0]).getByTestId('case-status').textContent).toBe('待补正');
    expect(screen.queryByText('普通护照签发')).toBeNull();
    expect(screen.getByTestId('case-tab-supplement').getAttribute('aria-selected')).toBe('true');
  });

  it('an empty tab says why, with none of the previous tab’s rows', async () => {
    render(<List />);
    await screen.findByText('普通护照签发');
    fireEvent.click(screen.getByTestId('case-tab-payment'));
    await screen.findByText('没有待缴费的办件');
    expect(screen.queryAllByTestId('application-row')).toHaveLength(0);
  });
});

describe('the deadline', () => {
  it.each([
    [{ state: 'on_track', daysLeft: 2 }, '剩2个工作日', 'ok'],
    [{ state: 'at_risk', daysLeft: 1 }, '剩1个工作日', 'warn'],
    [{ state: 'at_risk', daysLeft: 0 }, '今日到期', 'warn'],
    [{ state: 'overdue', daysLeft: -1 }, '已超期1个工作日', 'late'],
    [{ state: 'paused', daysLeft: 3 }, '已暂停计时', 'paused'],
  ] as const)('%o reads “%s” in the %s colour', (d, words, tone) => {
    render(<DeadlineBadge deadline={{ ...d, promisedDate: '2026-12-09' }} />);
    const badge = screen.getByTestId('deadline-badge');
    expect(badge.textContent).toBe(words);
    expect(badge.className).toContain(`yk-deadline--${tone}`);
  });

  it('on track is never drawn in the warning or overdue colour', () => {
    render(<DeadlineBadge deadline={{ state: 'on_track', daysLeft: 5, promisedDate: '2026-12-09' }} />);
    expect(screen.getByTestId('deadline-badge').className).not.toMatch(/--warn|--late/);
  });

  it('the clock says 暂停计时 in grey while a supplement is awaited, with the promised date', () => {
    render(<DeadlineClock deadline={application.deadline} />);
    expect(screen.getByTestId('deadline-words').textContent).toBe('暂停计时');
    expect(screen.getByTestId('deadline-clock').className).toContain('yk-clock--paused');
    expect(screen.getByTestId('deadline-clock').textContent).toContain('2026年12月10日前办结');
    expect(screen.getByTestId('deadline-clock').textContent).toContain('等待您补正材料');
  });
});

function Actions() {
  const handle = useCase('app_1');
  return handle.state.status === 'success' ? <CaseActions a={handle.state.data} handle={handle} /> : null;
}

describe('撤回', () => {
  it('取消 in the confirmation withdraws nothing', async () => {
    service.case.mockResolvedValue(application);
    render(<Actions />);
    fireEvent.click(await screen.findByTestId('withdraw'));
    const dialog = await screen.findByTestId('withdraw-dialog');
    expect(dialog.getAttribute('role')).toBe('alertdialog');
    expect(dialog.textContent).toContain('撤回这件申请？');
    fireEvent.click(screen.getByTestId('withdraw-cancel'));
    await waitFor(() => expect(screen.queryByTestId('withdraw-dialog')).toBeNull());
    expect(service.withdraw).not.toHaveBeenCalled();
    expect(screen.getByTestId('withdraw')).toBeTruthy();
  });

  it('确认撤回 withdraws once, and the case shows what the server answered', async () => {
    service.case.mockResolvedValue(application);
    service.withdraw.mockResolvedValue({ ...application, status: 'withdrawn', actions: [] });
    render(<Actions />);
    fireEvent.click(await screen.findByTestId('withdraw'));
    fireEvent.click(await screen.findByTestId('withdraw-confirm'));
    await waitFor(() => expect(screen.queryByTestId('case-actions')).toBeNull());
    expect(service.withdraw).toHaveBeenCalledTimes(1);
    expect(service.withdraw).toHaveBeenCalledWith('app_1');
  });
});

function Supplement({ send }: { send: (input: SupplementInput) => Promise<Application> }) {
  const supplement = useSupplement(application, application.supplement!, send);
  return <SupplementForm a={application} request={application.supplement!} supplement={supplement} onDone={() => undefined} />;
}

describe('补正', () => {
  it('shows the server’s message at the material it refused, and keeps the choices made', async () => {
    service.certificates.mockResolvedValue(certificates);
    const send = jest.fn().mockRejectedValue(
      new HttpError(422, { code: 'unprocessable', message: '补正材料有误，请检查后再提交', fields: { 'materials.m1': '未找到该文件，请重新上传或选择' } }),
    );
    render(<Supplement send={send} />);
    expect(screen.getByTestId('supplement-reason').textContent).toBe('机动车行驶证照片不清晰，请重新提供');
    const m1 = screen.getByTestId('material-m1');
    fireEvent.click(await within(m1).findByTestId('use-certificate-c_vl'));
    await act(async () => fireEvent.click(screen.getByTestId('supplement-submit')));

    const error = await within(m1).findByTestId('error-materials.m1');
    expect(error.textContent).toBe('未找到该文件，请重新上传或选择');
    expect(within(screen.getByTestId('material-m2')).queryByRole('alert')).toBeNull();
    expect(screen.getByTestId('supplement-error').textContent).toContain('补正材料有误');
    // nothing lost: the choice is still there, and on the device
    expect(within(m1).getByTestId('use-certificate-c_vl').textContent).toBe('已选用机动车行驶证');
    expect(send).toHaveBeenCalledWith({ requestId: 'sup_1', materials: { m1: { kind: 'certificate', certificateId: 'c_vl' } } });
    expect(localStorage.getItem('supplement.v1.sup_1')).toContain('c_vl');
  });

  it('offers only the e-certificates the asked material names, and says when there is none to reuse', async () => {
    service.certificates.mockResolvedValue(certificates);
    render(<Supplement send={jest.fn()} />);
    const m1 = screen.getByTestId('material-m1');
    await within(m1).findByTestId('use-certificate-c_vl');
    expect(within(m1).queryByTestId('use-certificate-c_id')).toBeNull();
    const m2 = screen.getByTestId('material-m2');
    expect((await within(m2).findByTestId('no-certificate-m2')).textContent).toBe('我的证照里还没有这份材料对应的电子证照，请上传文件。');
    expect(within(m2).queryByText(/^选用/)).toBeNull();
  });
});
