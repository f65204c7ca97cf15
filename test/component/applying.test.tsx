/**
 * The apply pages' pieces as H5 renders them: the form's typed fields (money with its unit,
 * date through the platform picker, division step by step to the depth asked, the ID number's
 * instant check, visibleWhen), a repeated section (股东) added and removed, the error summary's
 * links, and the choice between two versions of a draft. The form is the mock server's own
 * 企业设立登记 form (mock/applications/forms), so the fields are the ones the server serves.
 */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { APPLICATION_FORMS } from '../../mock/applications/forms';
import { personaSeed } from '../../mock/identity/personas';
import { FormEditor } from '../../src/features/applying/components/FormEditor';
import { ErrorSummary } from '../../src/features/applying/components/ErrorSummary';
import { ConflictChoice } from '../../src/features/applying/components/ConflictChoice';
import { answerRows } from '../../src/features/applying/answers';
import { hallsService } from '../../src/features/halls/hallsService';
import type { Draft, DraftInput } from '../../src/shared/api/applications';
import type { Division } from '../../src/shared/api/halls';
import type { ApplicationForm, FormValues } from '../../src/shared/forms/types';
import { maskIdNumber, maskName } from '../../src/shared/identity/mask';

jest.mock('../../src/features/halls/hallsService');
const halls = jest.mocked(hallsService);
beforeEach(() => {
  halls.divisions.mockResolvedValue({ items: [] });
});

const yu = personaSeed('yu');
const form = [...APPLICATION_FORMS.values()].find((f) => f.id === 'company-registration') as ApplicationForm;
const prefilled = { 'applicant.name': maskName(yu.name!), 'applicant.idNumber': maskIdNumber(yu.idNumber!) };
const TODAY = '2026-12-02';

function Harness({ initial = {}, onValues }: { initial?: FormValues; onValues?: (v: FormValues) => void }) {
  const [values, setValues] = useState<FormValues>(initial);
  // the page keeps the names of chosen divisions with the draft on the device
  const [names, setNames] = useState<Record<string, string>>({});
  return (
    <FormEditor
      form={form}
      divisionNames={names}
      onDivisionName={(code, n) => setNames((m) => ({ ...m, [code]: n }))}
      prefilled={prefilled}
      values={values}
      today={TODAY}
      onChange={(v) => {
        setValues(v);
        onValues?.(v);
      }}
    />
  );
}

/** Taro's H5 <Input> draws its native <input> a moment after mounting. */
const inputIn = (path: string) =>
  waitFor(() => {
    const input = screen.getByTestId(`field-${path}`).querySelector('input, textarea');
    if (!input) throw new Error(`no input in ${path} yet`);
    return input as HTMLInputElement;
  });
async function typeAndLeave(path: string, value: string) {
  const input = await inputIn(path);
  fireEvent.input(input, { target: { value } });
  fireEvent.blur(input);
}

const division = (code: string, name: string, level: Division['level'], childCount: number): Division => ({ code, name, level, childCount, hallId: `h-${code}`, location: { lat: 29.5, lng: 106.5 } });

it('shows the prefilled identity masked and read-only, with 已核验, and no input for it', () => {
  render(<Harness />);
  const name = screen.getByTestId('field-applicant.name');
  expect(name.textContent).toContain(maskName(yu.name!));
  expect(screen.getByTestId('field-applicant.idNumber').textContent).toContain(maskIdNumber(yu.idNumber!));
  expect(name.textContent).toContain('已核验');
  expect(name.querySelector('input')).toBeNull();
  expect(document.body.textContent).not.toContain(yu.idNumber!);
});

it('money: the unit after the input, and the decimals message only once the citizen leaves the field', async () => {
  render(<Harness />);
  expect(screen.getByTestId('unit-company.registeredCapital').textContent).toBe('万元');
  const input = await inputIn('company.registeredCapital');
  fireEvent.input(input, { target: { value: '12.345678' } });
  expect(screen.queryByTestId('error-company.registeredCapital')).toBeNull();
  fireEvent.blur(input);
  expect((await screen.findByTestId('error-company.registeredCapital')).textContent).toBe('请填写数字，最多4位小数');
  fireEvent.input(input, { target: { value: '100' } });
  await waitFor(() => expect(screen.queryByTestId('error-company.registeredCapital')).toBeNull());
});

it('visibleWhen: 营业期限年数 appears only for a fixed term', async () => {
  render(<Harness />);
  expect(screen.queryByTestId('field-company.operatingYears')).toBeNull();
  fireEvent.click(screen.getByTestId('option-company.operatingTerm-fixed'));
  expect(await screen.findByTestId('field-company.operatingYears')).toBeTruthy();
  fireEvent.click(screen.getByTestId('option-company.operatingTerm-long_term'));
  await waitFor(() => expect(screen.queryByTestId('field-company.operatingYears')).toBeNull());
});

it('repeated section: adds 股东 and removes one, the entries keep their own values', async () => {
  let last: FormValues = {};
  render(<Harness onValues={(v) => (last = v)} />);
  fireEvent.click(screen.getByTestId('add-shareholders'));
  fireEvent.click(screen.getByTestId('add-shareholders'));
  expect(screen.getAllByTestId('entry-shareholders')).toHaveLength(2);
  await typeAndLeave('shareholders.0.name', '喻新');
  await typeAndLeave('shareholders.1.name', '渝商');
  fireEvent.click(screen.getByTestId('remove-shareholders-0'));
  expect(screen.getAllByTestId('entry-shareholders')).toHaveLength(1);
  expect(last.shareholders).toEqual([{ name: '渝商' }]);
  // at the minimum (1) the last one cannot be removed
  expect(screen.queryByTestId('remove-shareholders-0')).toBeNull();
});

it('id_number: the check digit message at the field as the citizen leaves it', async () => {
  render(<Harness initial={{ shareholders: [{ idType: 'id_card' }] }} />);
  const bad = `${yu.idNumber!.slice(0, 17)}${yu.idNumber!.endsWith('1') ? '2' : '1'}`;
  await typeAndLeave('shareholders.0.idNumber', bad);
  expect((await screen.findByTestId('error-shareholders.0.idNumber')).textContent).toBe('身份证号码校验位不正确，请逐位核对');
  await typeAndLeave('shareholders.0.idNumber', yu.idNumber!);
  await waitFor(() => expect(screen.queryByTestId('error-shareholders.0.idNumber')).toBeNull());
});

it('date: the platform picker’s choice is the value, and a date before today is refused at the field', async () => {
  let last: FormValues = {};
  render(<Harness initial={{ shareholders: [{}] }} onValues={(v) => (last = v)} />);
  const picker = screen.getByTestId('picker-shareholders.0.deadline');
  act(() => {
    picker.dispatchEvent(new CustomEvent('change', { detail: { value: '2026-12-10' } }));
  });
  await waitFor(() => expect(screen.getByTestId('input-shareholders.0.deadline').textContent).toBe('2026-12-10'));
  expect((last.shareholders as Array<Record<string, string>>)[0].deadline).toBe('2026-12-10');
  act(() => {
    picker.dispatchEvent(new CustomEvent('change', { detail: { value: '2026-11-30' } }));
  });
  expect((await screen.findByTestId('error-shareholders.0.deadline')).textContent).toBe('日期不能早于今天');
});

it('division: chosen district → township → village, named as chosen', async () => {
  halls.divisions.mockImplementation(async (parent?: string) => {
    if (!parent) return { items: [division('500107', '九龙坡区', 'district', 2)] };
    if (parent === '500107') return { items: [division('500107002', '杨家坪街道', 'township', 1)] };
    return { items: [division('500107002001', '兴胜路社区', 'village', 0)] };
  });
  let last: FormValues = {};
  render(<Harness onValues={(v) => (last = v)} />);
  const pick = async (name: string) => fireEvent.click(await within(screen.getByTestId('field-domicile.division')).findByText(name));
  await pick('九龙坡区');
  await pick('杨家坪街道');
  await pick('兴胜路社区');
  expect((await screen.findByTestId('input-domicile.division-chosen')).textContent).toBe('重庆市 九龙坡区 杨家坪街道 兴胜路社区');
  expect((last.domicile as Record<string, string>).division).toBe('500107002001');
});

// ---- error summary and conflict ------------------------------------------------------------

const draft: Draft = {
  id: 'dr_test0001',
  itemId: 'item-1',
  itemName: '企业设立登记（区县级）',
  version: 3,
  createdAt: '2026-12-02T02:00:00Z',
  updatedAt: '2026-12-02T02:05:00Z',
  situationId: 's1',
  applicant: { kind: 'self' },
  values: { company: { name: '重庆渝新商贸有限公司' } },
  materials: {},
  currentTask: 'form',
  tasks: [],
  form,
  situations: [{ id: 's1', name: '新设有限责任公司', description: '' }],
  checklist: [{ materialId: 'm1', name: '公司登记（备案）申请书', requirement: 'required', met: false }],
  deliveryOptions: ['express', 'electronic'],
  prefilled,
  problems: {},
};

it('error summary: 有 N 处需要修改, each a link to the task that holds it, in the form’s order', () => {
  const onOpen = jest.fn();
  const rows = answerRows(draft, draft);
  render(<ErrorSummary errors={{ 'materials.m1': '请提供这项材料', 'form.company.name': '企业名称已被使用' }} rows={rows} onOpen={onOpen} />);
  const summary = screen.getByTestId('error-summary');
  expect(summary.textContent).toContain('有 2 处需要修改');
  const links = within(summary).getAllByRole('link');
  expect(links.map((l) => l.textContent)).toEqual(['企业名称：企业名称已被使用', '公司登记（备案）申请书：请提供这项材料']);
  fireEvent.click(screen.getByTestId('summary-materials.m1'));
  expect(onOpen).toHaveBeenLastCalledWith('materials');
  fireEvent.click(screen.getByTestId('summary-form.company.name'));
  expect(onOpen).toHaveBeenLastCalledWith('form');
});

it('conflict: both versions where they differ, and nothing chosen until the citizen picks', async () => {
  const onChoose = jest.fn();
  const mine: DraftInput = { ...draft, values: { company: { name: '重庆渝新商贸有限公司' } } };
  const theirs: Draft = { ...draft, version: 4, values: { company: { name: '重庆渝新贸易有限公司' } } };
  render(<ConflictChoice choice={{ kind: 'conflict', mine, theirs, changedAt: '2026-12-02T02:06:00Z' }} onChoose={onChoose} />);
  const box = screen.getByTestId('draft-conflict');
  expect(box.textContent).toContain('另一台设备修改了此草稿');
  const [row] = screen.getAllByTestId('conflict-row');
  expect(row.textContent).toContain('本机：重庆渝新商贸有限公司');
  expect(row.textContent).toContain('另一台设备：重庆渝新贸易有限公司');
  expect(onChoose).not.toHaveBeenCalled();
  fireEvent.click(screen.getByTestId('use-theirs'));
  await waitFor(() => expect(onChoose).toHaveBeenCalledWith('theirs'));
});

it('a rule across fields: the capital must equal the shareholders’ subscriptions, said at the capital once left', async () => {
  render(<Harness initial={{ shareholders: [{ subscribed: '60' }] }} />);
  await typeAndLeave('company.registeredCapital', '100');
  expect((await screen.findByTestId('error-company.registeredCapital')).textContent).toBe('注册资本应等于全体股东认缴出资额之和（现为60万元）');
  await typeAndLeave('company.registeredCapital', '60');
  await waitFor(() => expect(screen.queryByTestId('error-company.registeredCapital')).toBeNull());
});
