/**
 * Pushing a notice outside the app, as the platform allows (domain.md):
 * 1. a subscribe message, when the citizen has an unused accepted one-time subscription for the
 *    template (for this case, else for any case): exactly one message per accepted subscription,
 *    also when they ticked 总是保持 (that only skips the dialog);
 * 2. otherwise a template message of the municipal official account (服务号) opening the case
 *    in the mini-program, when the citizen follows it (OFFICIAL_ACCOUNT_FOLLOWERS);
 * 3. otherwise an SMS to the account's phone: short, no link (links in SMS teach people to tap
 *    links in SMS), pointing to the message centre.
 * A template the citizen refused (answer `reject`, the newest answer for it) is not pushed at all:
 * the message centre still has the notice. Recipients are masked in the outbox.
 */
import type { PersonaId } from '../../src/shared/api/identity';
import type { TemplateKey } from '../../src/shared/api/messages';
import { SUBSCRIBE_TEMPLATES } from '../../src/shared/api/messages';
import { maskPhone } from '../../src/shared/identity/mask';
import { casePagePath } from '../../src/shared/messages/casePage';
import { identityCollections } from '../identity/model';
import { openidFor, wxApp } from '../identity/wechat';
import { appendToOutbox } from '../server/outbox';
import type { World } from '../world';
import type { CaseEvent } from '../workflow';
import { fitField, fitTemplateData, templateDataErrors, wechatTime } from './fields';
import type { SubscriptionRecord } from './model';
import { messageCollections, subscriptionsOf } from './model';
import type { Notice } from './notices';

/**
 * Who follows the municipal official account (SAMPLE decision per persona): 喻先生 and 涂丽丽
 * (a clerk, follows it for work) do; 田兴华 in 光辉村 and a new user do not, so they get the SMS.
 * Accounts made by phone number have no WeChat identity and never follow.
 */
export const OFFICIAL_ACCOUNT_FOLLOWERS: ReadonlySet<PersonaId> = new Set<PersonaId>(['yu', 'tu']);

/** oAb1****xYz9: enough for a reviewer to tell recipients apart, not to address anyone. */
export function maskOpenid(openid: string): string {
  return openid.length <= 8 ? '*'.repeat(openid.length) : `${openid.slice(0, 4)}****${openid.slice(-4)}`;
}

export type Channel = 'subscribe' | 'official_account' | 'sms' | 'none';

export function push(world: World, event: CaseEvent, notice: Notice): Channel {
  const spec = notice.push;
  if (!spec) return 'none';
  const user = identityCollections(world).users.get(event.userId);
  if (!user) return 'none';
  const at = new Date(event.at);
  const template = SUBSCRIBE_TEMPLATES[spec.template];
  const data = fitTemplateData(template, {
    thing1: spec.subject ?? event.itemName,
    character_string2: spec.code ?? event.number,
    phrase3: spec.status,
    time4: wechatTime(at),
    thing5: spec.note,
  });
  const errors = templateDataErrors(template, data);
  // WeChat would refuse the send (errcode 47003): a program error, never a silent loss
  if (errors.length) throw new Error(`template data of ${template.title}: ${errors.join('; ')}`);
  const page = casePagePath(event.applicationId);

  const answers = answersFor(world, event.userId, spec.template, event.applicationId);
  if (answers.refused) return 'none';
  if (user.openid && answers.unused) {
    messageCollections(world).subscriptions.put(answers.unused.id, { ...answers.unused, usedAt: at.toISOString() });
    appendToOutbox(world, { channel: 'subscribe', to: maskOpenid(user.openid), text: template.title, templateId: template.id, page, data }, at);
    return 'subscribe';
  }
  if (user.personaId && OFFICIAL_ACCOUNT_FOLLOWERS.has(user.personaId)) {
    // the official account knows the citizen by its own openid (same WeChat user, another AppID)
    const oaOpenid = openidFor(world, `official-account:persona:${user.personaId}`);
    appendToOutbox(
      world,
      { channel: 'official_account', to: maskOpenid(oaOpenid), text: template.title, templateId: template.officialAccountId, miniprogram: { appid: wxApp(world).appId, pagepath: page }, data },
      at,
    );
    return 'official_account';
  }
  if (user.phone) {
    appendToOutbox(world, { channel: 'sms', to: maskPhone(user.phone), text: smsText(event, spec.status) }, at);
    return 'sms';
  }
  return 'none';
}

/** 【渝快办】您的办件YKB…（超限运输车辆…）已受理。请在微信“渝快办”小程序“我的—消息中心”查看。 */
function smsText(event: CaseEvent, status: string): string {
  const item = fitField('thing', event.itemName);
  return `【渝快办】您的办件${event.number}（${item}）${status}。详情请在微信“渝快办”小程序“我的—消息中心”查看。`;
}

/**
 * The citizen's standing answer for a template on a case: answers scoped to the case first, then
 * the unscoped ones. `refused` when the newest of those answers is a rejection; otherwise the
 * oldest unused acceptance, if any.
 */
function answersFor(world: World, userId: string, template: TemplateKey, applicationId: string): { refused: boolean; unused?: SubscriptionRecord } {
  const mine = subscriptionsOf(world, userId).filter((s) => s.template === template);
  const scoped = mine.filter((s) => s.applicationId === applicationId);
  const general = mine.filter((s) => s.applicationId === undefined);
  const newest = (scoped.length ? scoped : general).at(-1);
  if (newest?.answer === 'reject') return { refused: true };
  const unused = [...scoped, ...general].find((s) => s.answer === 'accept' && !s.usedAt);
  return { refused: false, unused };
}
