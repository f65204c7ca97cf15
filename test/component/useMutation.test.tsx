import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { HttpError, NetworkError } from '../../src/core/http/errors';
import { useMutation } from '../../src/core/hooks/useMutation';

/**
 * A tiny application form as a screen of the next issues will write it: the form keeps its
 * values, the hook sends them and says what went wrong, where.
 */
interface Contact {
  name: string;
  phone: string;
}

function ContactForm({ send }: { send: (input: Contact) => Promise<{ id: string }> }) {
  const [values, setValues] = useState<Contact>({ name: '', phone: '' });
  const mutation = useMutation(send);
  const field = (name: keyof Contact, label: string) => (
    <div data-testid={`field-${name}`}>
      <label>
        {label}
        <input
          aria-label={label}
          value={values[name]}
          onChange={(e) => {
            setValues((v) => ({ ...v, [name]: e.target.value }));
            mutation.clearFieldError(name);
          }}
        />
      </label>
      {mutation.fieldErrors[name] && <span className="field-error">{mutation.fieldErrors[name]}</span>}
    </div>
  );
  return (
    <div>
      {mutation.formError && (
        <div role="alert" data-testid="form-error">
          {mutation.formError}
        </div>
      )}
      {field('name', '姓名')}
      {field('phone', '手机号码')}
      {/* deliberately never disabled: the hook alone must stop a double tap */}
      <button type="button" onClick={() => void mutation.submit(values)}>
        {mutation.status === 'submitting' ? '正在提交…' : mutation.status === 'error' && mutation.retryable ? '重新提交' : '提交'}
      </button>
      {mutation.status === 'success' && <p>提交成功，受理编号 {mutation.data?.id}</p>}
    </div>
  );
}

const type = (label: string, text: string) => fireEvent.change(screen.getByLabelText(label), { target: { value: text } });
const fieldError = (name: string) => within(screen.getByTestId(`field-${name}`)).queryByText((_, el) => el?.classList.contains('field-error') ?? false);

/** A write that answers only when the test says so. */
function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

it('shows each refused field’s message at that field, the summary on top, and clears a field’s message as it is corrected', async () => {
  const send = jest.fn().mockRejectedValueOnce(
    new HttpError(422, {
      code: 'unprocessable',
      message: '请检查填写的内容',
      fields: { name: '请填写姓名', phone: '手机号码应为 11 位数字' },
    }),
  );
  render(<ContactForm send={send} />);
  type('手机号码', '1380000');
  fireEvent.click(screen.getByText('提交'));

  expect((await screen.findByTestId('form-error')).textContent).toBe('请检查填写的内容');
  expect(fieldError('name')?.textContent).toBe('请填写姓名');
  expect(fieldError('phone')?.textContent).toBe('手机号码应为 11 位数字');
  // the field's message sits at its own field, not at the other one
  expect(within(screen.getByTestId('field-name')).queryByText('手机号码应为 11 位数字')).toBeNull();
  // a refusal of the input is not fixed by sending it again
  expect(screen.getByText('提交')).toBeTruthy();

  type('手机号码', '13800000000');
  expect(fieldError('phone')).toBeNull();
  expect(fieldError('name')?.textContent).toBe('请填写姓名');
  expect((screen.getByLabelText('手机号码') as HTMLInputElement).value).toBe('13800000000');
});

it('sends once when 提交 is tapped again while the first submit is in flight', async () => {
  const answer = deferred<{ id: string }>();
  const send = jest.fn().mockReturnValue(answer.promise);
  render(<ContactForm send={send} />);
  type('姓名', '张三');
  fireEvent.click(screen.getByText('提交'));
  fireEvent.click(screen.getByText('正在提交…'));
  fireEvent.click(screen.getByText('正在提交…'));
  expect(send).toHaveBeenCalledTimes(1);

  await act(async () => answer.resolve({ id: 'A001' }));
  expect(screen.getByText('提交成功，受理编号 A001')).toBeTruthy();
  expect(send).toHaveBeenCalledTimes(1);
});

it('says the network failed, keeps what was typed, and sends it again on 重新提交', async () => {
  const send = jest.fn().mockRejectedValueOnce(new NetworkError('request:fail')).mockResolvedValueOnce({ id: 'A002' });
  render(<ContactForm send={send} />);
  type('姓名', '张三');
  type('手机号码', '13800000000');
  fireEvent.click(screen.getByText('提交'));

  expect((await screen.findByTestId('form-error')).textContent).toBe('网络连接不可用，请检查网络后重试');
  expect((screen.getByLabelText('姓名') as HTMLInputElement).value).toBe('张三');
  expect((screen.getByLabelText('手机号码') as HTMLInputElement).value).toBe('13800000000');
  expect(fieldError('name')).toBeNull();

  fireEvent.click(screen.getByText('重新提交'));
  await screen.findByText('提交成功，受理编号 A002');
  expect(send).toHaveBeenCalledTimes(2);
  expect(send).toHaveBeenLastCalledWith({ name: '张三', phone: '13800000000' });
  expect(screen.queryByTestId('form-error')).toBeNull();
});
