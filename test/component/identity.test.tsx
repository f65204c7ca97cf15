/**
 * Sign-in, 我的 and the address form as H5 renders them. The identity service is replaced by
 * answers made from the mock server's own persona seeds (mock/identity/personas.ts), masked with
 * the shared masking, so the screens see what the server would send.
 */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { HttpError } from '../../src/core/http/errors';
import { endSession, startSession } from '../../src/core/session/session';
import { AddressForm } from '../../src/features/identity/components/AddressForm';
import { identityService } from '../../src/features/identity/identityService';
import { SignInScreen } from '../../src/features/identity/components/SignInScreen';
import type { Address, Me, Persona, SessionGrant } from '../../src/shared/api/identity';
import { maskIdNumber, maskName, maskPhone } from '../../src/shared/identity/mask';
import { PERSONA_SEEDS, personaSeed } from '../../mock/identity/personas';
import { MeScreen } from '../../src/features/identity/components/MeScreen';

jest.mock('../../src/features/identity/identityService');
const leaveSignIn = jest.fn();
const service = jest.mocked(identityService);

const yu = personaSeed('yu');
const personas: Persona[] = PERSONA_SEEDS.map((p) => ({ id: p.id, displayName: p.displayName, summary: p.summary, verified: !!p.verifiedAt }));
const yuMe: Me = {
  id: 'u-yu',
  realName: 'verified',
  name: maskName(yu.name!),
  idNumber: maskIdNumber(yu.idNumber!),
  phone: maskPhone(yu.phone),
  companies: [],
  signIn: 'demo',
};
const grant = (me: Me): SessionGrant => ({ token: 'tok-test', expiresAt: '2026-12-09T10:00:00+08:00', idleTimeoutMinutes: 120, me });

const fieldInput = (name: string) => screen.getByTestId(`field-${name}`);
/** Taro's H5 <Input> draws its native <input> a moment after mounting. */
const inputOf = (name: string) =>
  waitFor(() => {
    const input = fieldInput(name).querySelector('input');
    if (!input) throw new Error(`no <input> in field ${name} yet`);
    return input;
  });
const type = async (name: string, value: string) => fireEvent.input(await inputOf(name), { target: { value } });

beforeEach(() => {
  jest.clearAllMocks();
  endSession();
  service.personas.mockResolvedValue(personas);
});

describe('the sign-in page', () => {
  it('lists every demo persona with who they are and whether they are verified, and signs in with one tap', async () => {
    service.signInAsPersona.mockImplementation(async () => {
      startSession('tok-test');
      return grant(yuMe);
    });
    render(<SignInScreen onDone={leaveSignIn} />);
    const list = await screen.findByTestId('personas');
    await within(list).findByText('喻先生');
    for (const p of personas) {
      const card = within(list).getByTestId(`persona-${p.id}`);
      expect(card.textContent).toContain(p.summary);
      expect(card.textContent).toContain(p.verified ? '已实名' : '未实名');
    }
    fireEvent.click(within(list).getByTestId('persona-yu'));
    await waitFor(() => expect(leaveSignIn).toHaveBeenCalledTimes(1));
    expect(service.signInAsPersona).toHaveBeenCalledWith('yu');
  });

  it('says what is wrong with the phone number at the phone field, and sends no code for it', async () => {
    render(<SignInScreen onDone={leaveSignIn} />);
    await type('phone', '1398306');
    // too short is only certain once the citizen leaves the field
    expect(within(fieldInput('phone')).queryByRole('alert')).toBeNull();
    fireEvent.blur(await inputOf('phone'));
    expect(within(fieldInput('phone')).getByRole('alert').textContent).toBe('手机号码应为11位');

    await type('phone', '12345678901');
    expect(within(fieldInput('phone')).getByRole('alert').textContent).toBe('手机号码应以13—19开头');
    fireEvent.click(screen.getByTestId('send-code'));
    expect(service.sendSmsCode).not.toHaveBeenCalled();
  });

  it('counts down from the server’s resendAfterSeconds after a code is sent', async () => {
    service.sendSmsCode.mockResolvedValue({ expiresInSeconds: 300, resendAfterSeconds: 60, sentTo: maskPhone(yu.phone) });
    render(<SignInScreen onDone={leaveSignIn} />);
    await type('phone', yu.phone);
    fireEvent.click(screen.getByTestId('send-code'));
    expect(await screen.findByText('60 秒后可重新获取')).toBeTruthy();
    expect(screen.getByText(`验证码已发送至 ${maskPhone(yu.phone)}，5 分钟内有效。`)).toBeTruthy();
  });
});

describe('我的', () => {
  it('shows the profile masked, and one field in full only after its 查看 is tapped', async () => {
    startSession('tok-test');
    service.me.mockResolvedValue(yuMe);
    service.reveal.mockResolvedValue({ field: 'phone', value: yu.phone });
    render(<MeScreen favourites={[]} recent={[]} />);
    const profile = await screen.findByTestId('profile');
    expect(profile.textContent).toContain('喻**');
    expect(profile.textContent).toContain('5101**********1357');
    expect(profile.textContent).toContain('139****1257');
    expect(profile.textContent).not.toContain(yu.phone);
    expect(profile.textContent).not.toContain(yu.idNumber);
    expect(screen.getByTestId('real-name-status').textContent).toBe('已实名');

    const reveal = screen.getByTestId('reveal-phone');
    expect(reveal.getAttribute('aria-label')).toBe('查看完整手机号');
    fireEvent.click(reveal);
    await waitFor(() => expect(screen.getByTestId('masked-phone').textContent).toContain(yu.phone));
    expect(service.reveal).toHaveBeenCalledWith('phone');
    // only the field asked for
    expect(screen.getByTestId('masked-idNumber').textContent).toContain('5101**********1357');
  });

  it('offers sign-in, the privacy policy and the device lists when nobody is signed in, and asks the server nothing personal', async () => {
    render(<MeScreen favourites={[]} recent={[]} />);
    expect(await screen.findByText('您还没有登录')).toBeTruthy();
    expect(screen.getByTestId('go-sign-in')).toBeTruthy();
    expect(screen.getByText('隐私政策')).toBeTruthy();
    expect(screen.queryByText('退出登录')).toBeNull();
    expect(service.me).not.toHaveBeenCalled();
  });

  it('leads an unverified citizen to 去实名认证', async () => {
    startSession('tok-test');
    service.me.mockResolvedValue({ id: 'u-new', realName: 'unverified', phone: '137****0000', companies: [], signIn: 'sms' });
    render(<MeScreen favourites={[]} recent={[]} />);
    expect((await screen.findByTestId('real-name-status')).textContent).toBe('未实名');
    expect(screen.getByTestId('go-real-name').textContent).toBe('去实名认证');
  });
});

describe('an address form', () => {
  const existing: Address = {
    id: 'a1',
    recipient: '喻**',
    phone: '139****1257',
    divisionCode: '500107001004',
    divisionPath: '重庆市 九龙坡区 杨家坪街道 兴胜路社区',
    detail: '兴胜路18号****',
    isDefault: true,
  };

  it('keeps every input after the server refuses it, with each field’s message at that field', async () => {
    const save = jest.fn().mockRejectedValue(
      new HttpError(422, { code: 'unprocessable', message: '收件人姓名不能含数字', fields: { recipient: '收件人姓名不能含数字', detail: '详细地址至少5个字' } }),
    );
    render(<AddressForm initial={existing} save={save} onSaved={() => undefined} />);
    await type('recipient', '喻明远');
    await type('phone', yu.phone);
    await type('detail', '兴胜路18号');
    fireEvent.click(screen.getByTestId('address-save'));

    await waitFor(() => expect(screen.getByTestId('error-recipient').textContent).toBe('收件人姓名不能含数字'));
    expect(screen.getByTestId('error-detail').textContent).toBe('详细地址至少5个字');
    expect(screen.queryByTestId('error-phone')).toBeNull();
    expect(save).toHaveBeenCalledWith({ recipient: '喻明远', phone: yu.phone, divisionCode: '500107001004', detail: '兴胜路18号', isDefault: true });
    // nothing typed is lost
    expect((await inputOf('recipient')).value).toBe('喻明远');
    expect((await inputOf('phone')).value).toBe(yu.phone);
    expect((await inputOf('detail')).value).toBe('兴胜路18号');
    expect(screen.getByTestId('division-chosen').textContent).toContain('兴胜路社区');

    // correcting a field takes its message away
    await act(() => type('detail', '兴胜路18号2单元5-2'));
    expect(screen.queryByTestId('error-detail')).toBeNull();
    expect(screen.getByTestId('error-recipient')).toBeTruthy();
  });
});
