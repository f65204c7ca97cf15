/**
 * What a citizen receives outside the app when their case moves: the data of every pushed
 * message within WeChat's field limits (the validator, type by type, at the boundary and past
 * it), one subscribe message per accepted subscription, then the official account, then SMS;
 * nothing pushed for a template they refused. Events are played straight into a world, as the
 * workflow engine emits them.
 */
import type { CaseEvent, CaseEventKind } from '../../../mock/workflow';
import { emitCaseEvents } from '../../../mock/workflow/events';
import { installMessages } from '../../../mock/messages';
import { fieldError, fitField, templateDataErrors, wechatTime } from '../../../mock/messages/fields';
import { messagesOf } from '../../../mock/messages/model';
import { recordSubscriptions } from '../../../mock/messages/store';
import { readOutbox } from '../../../mock/server/outbox';
import type { World } from '../../../mock/world';
import { createWorld } from '../../../mock/world';
import { SUBSCRIBE_TEMPLATES } from '../../../src/shared/api/messages';
import type { TemplateFieldType } from '../../../src/shared/api/messages';
import { FROZEN_NOW } from '../../support/frozen-now';

describe('the field validator: what WeChat accepts per type', () => {
  const cases: Array<[TemplateFieldType, string, string]> = [
    // type, the longest value allowed, the same one character too long (or of a wrong kind)
    ['thing', '超'.repeat(20), '超'.repeat(21)],
    ['character_string', 'Y'.repeat(32), 'Y'.repeat(33)],
    ['number', '9'.repeat(32), '9'.repeat(33)],
    ['letter', 'a'.repeat(32), 'a'.repeat(33)],
    ['phrase', '已经受理了', '已经受理了吗'],
    ['name', '欧阳'.repeat(5), '欧阳'.repeat(5) + '娜'],
    ['phone_number', '+86-023-12345678', '+86-023-1234567890'],
    ['car_number', '渝A12345', '渝A1234567'],
    ['amount', '¥1234567890.00元', '¥12345678901元'],
    ['time', '2026年12月2日 15:01', '2026年12月2日 25:01'],
    ['date', '2026-12-02', '2026/12/02'],
  ];
  it.each(cases)('%s: accepts the boundary value, refuses one past it', (type, ok, bad) => {
    expect(fieldError(type, ok)).toBeNull();
    expect(fieldError(type, bad)).not.toBeNull();
  });

  it('refuses wrong kinds of characters and line breaks in every type', () => {
    expect(fieldError('character_string', 'YKB 2026')).not.toBeNull();
    expect(fieldError('phrase', 'done')).not.toBeNull();
    expect(fieldError('letter', 'abc1')).not.toBeNull();
    expect(fieldError('amount', '100元')).not.toBeNull();
    expect(fieldError('car_number', 'A渝12345')).not.toBeNull();
    expect(fieldError('thing', '第一行\n第二行')).not.toBeNull();
    expect(fieldError('thing', '')).not.toBeNull();
  });

  it('accepts time ranges and time-only values', () => {
    expect(fieldError('time', '15:01')).toBeNull();
    expect(fieldError('time', '2026年12月2日 09:00~2026年12月2日 12:00')).toBeNull();
    expect(fieldError('date', '2026年12月2日~2026年12月9日')).toBeNull();
  });

  it('fits values: a 25-character item keeps 19 characters and an ellipsis, line breaks become spaces', () => {
    const item = '跨区县超限运输车辆行驶许可（货车三十吨以上特殊情形申请）'.slice(0, 25);
    expect([...item]).toHaveLength(25);
    const fitted = fitField('thing', item);
    expect(fitted).toBe(`${[...item].slice(0, 19).join('')}…`);
    expect([...fitted]).toHaveLength(20);
    expect(fitField('thing', '请补正：\n行驶证')).toBe('请补正： 行驶证');
    expect(fitField('character_string', 'YKB2026 1202 0001')).toBe('YKB202612020001');
    expect(() => fitField('phrase', 'done')).toThrow();
    expect(wechatTime(FROZEN_NOW)).toBe('2026年12月2日 10:00');
  });

  it('names every missing, unknown and broken field of a template', () => {
    const t = SUBSCRIBE_TEMPLATES.progress;
    const errors = templateDataErrors(t, { thing1: { value: '护照' }, phrase3: { value: 'accepted' }, thing9: { value: 'x' } });
    expect(errors.join('\n')).toMatch(/character_string2: missing/);
    expect(errors.join('\n')).toMatch(/phrase3 phrase/);
    expect(errors.join('\n')).toMatch(/thing9: not a field/);
  });
});

describe('pushing a case event: subscribe once, then the official account, then SMS', () => {
  let world: World;
  beforeEach(() => {
    world = createWorld({ clock: { mode: 'frozen', at: FROZEN_NOW } });
    installMessages(world);
  });
  afterEach(() => world.close());

  const event = (userId: string, kind: CaseEventKind, extra: Partial<CaseEvent> = {}): CaseEvent => ({
    kind,
    applicationId: 'app_1',
    userId,
    number: 'YKB20261202000001',
    itemId: '500000-010410001000',
    itemName: '超限运输车辆行驶公路许可（跨区县，货车总质量超过限定标准的特殊情形）',
    status: 'received',
    at: FROZEN_NOW.toISOString(),
    ...extra,
  });
  const progressId = SUBSCRIBE_TEMPLATES.progress.id;

  it('喻先生 accepted one progress subscription: two progress events → one subscribe message and one official-account message', () => {
    recordSubscriptions(world, 'u_yu', { applicationId: 'app_1', answers: { [progressId]: 'accept' } }, FROZEN_NOW);
    emitCaseEvents(world, [event('u_yu', 'received', { detail: '九龙坡区政务服务中心' }), event('u_yu', 'accepted')]);
    const sent = readOutbox(world).reverse();
    expect(sent.map((m) => m.channel)).toEqual(['subscribe', 'official_account']);
    const [subscribe, oa] = sent;
    expect(subscribe.templateId).toBe(progressId);
    expect(subscribe.page).toBe('packages/cases/pages/detail/index?id=app_1');
    expect(subscribe.to).toMatch(/^o.{3}\*{4}.{4}$/);
    expect(templateDataErrors(SUBSCRIBE_TEMPLATES.progress, subscribe.data!)).toEqual([]);
    expect(subscribe.data!.thing1.value).toHaveLength(20);
    expect(subscribe.data!.thing1.value.endsWith('…')).toBe(true);
    expect(subscribe.data!.phrase3.value).toBe('已收件');
    expect(oa.miniprogram?.pagepath).toBe(subscribe.page);
    expect(oa.data!.phrase3.value).toBe('已受理');
    // the rating invitation of acceptance is in the message centre, never pushed
    expect(messagesOf(world, 'u_yu').map((m) => m.kind).sort()).toEqual(['accepted', 'rating_invited', 'received']);
  });

  it('a subscription scoped to another case is not spent on this one', () => {
    recordSubscriptions(world, 'u_yu', { applicationId: 'app_other', answers: { [progressId]: 'accept' } }, FROZEN_NOW);
    emitCaseEvents(world, [event('u_yu', 'received')]);
    expect(readOutbox(world).map((m) => m.channel)).toEqual(['official_account']);
  });

  it('a refused template pushes nothing at all; ban and filter are not the citizen’s refusal', () => {
    const resultId = SUBSCRIBE_TEMPLATES.result.id;
    recordSubscriptions(world, 'u_yu', { answers: { [resultId]: 'reject', [progressId]: 'ban' } }, FROZEN_NOW);
    emitCaseEvents(world, [event('u_yu', 'approved', { status: 'approved' })]);
    expect(readOutbox(world)).toEqual([]);
    expect(messagesOf(world, 'u_yu').find((m) => m.kind === 'completed')?.title).toBe('办理结果：准予许可');
    emitCaseEvents(world, [event('u_yu', 'received')]);
    expect(readOutbox(world).map((m) => m.channel)).toEqual(['official_account']);
  });

  it('田兴华 follows no official account: without a subscription he gets a short SMS, masked, without a link', () => {
    emitCaseEvents(world, [event('u_tian', 'supplement_requested', { detail: '机动车行驶证' })]);
    const [sms] = readOutbox(world);
    expect(sms.channel).toBe('sms');
    expect(sms.to).toBe('159****1086');
    expect(sms.text).toContain('YKB20261202000001');
    expect(sms.text).toContain('待补正');
    expect(sms.text).not.toMatch(/https?:|www\.|\.cn|\.com/);
    expect(sms.text).not.toContain('15923431086');
  });

  it('internal steps send nothing and make no message', () => {
    emitCaseEvents(world, [event('u_tian', 'handed_over'), event('u_tian', 'supplement_done')]);
    expect(readOutbox(world)).toEqual([]);
    expect(messagesOf(world, 'u_tian')).toEqual([]);
  });
});
