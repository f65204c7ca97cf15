/**
 * Which case events the citizen hears about, and in what words: each becomes an in-app message
 * (category, title, body); those that match a subscribe template also carry the template's
 * status phrase and note, and the words of the last-resort SMS. Other events (hand-over between
 * halls, a supplement answered, withdrawal by the citizen, receipt confirmed) are the citizen's
 * own acts or internal steps: the case page shows them, no message is sent.
 */
import type { MessageCategory, MessageKind, TemplateKey } from '../../src/shared/api/messages';
import type { CaseEvent } from '../workflow';

export interface Notice {
  kind: MessageKind;
  category: MessageCategory;
  title: string;
  body: string;
  /** pushed outside the app through this template (subscribe → official account → SMS) */
  push?: {
    template: TemplateKey;
    /** the `phrase` field: ≤ 5 Chinese characters */
    status: string;
    /** the `thing5` note: fitted to 20 characters */
    note: string;
    /** the `thing1` subject when not the item name */
    subject?: string;
    /** the `character_string2` value when not the case number (a waybill) */
    code?: string;
  };
}

const quoted = (e: CaseEvent) => `「${e.itemName}」`;

/** At acceptance and at completion: in the app only (rating is voluntary, never pushed). */
function ratingInvitation(e: CaseEvent, stage: '受理' | '办理'): Notice {
  return {
    kind: 'rating_invited',
    category: 'rating',
    title: `邀请您评价${stage}服务`,
    body: `欢迎对${quoted(e)}的${stage}服务进行评价（好差评）。评价自愿，不评价不影响办理。`,
  };
}

export function noticesFor(e: CaseEvent): Notice[] {
  switch (e.kind) {
    case 'received':
      return [
        {
          kind: 'received',
          category: 'progress',
          title: '申请已收件',
          body: `${quoted(e)}已由${e.detail ?? '办理部门'}收件，办件编号${e.number}。`,
          push: { template: 'progress', status: '已收件', note: '可在办件详情查看进度' },
        },
      ];
    case 'accepted':
      return [
        {
          kind: 'accepted',
          category: 'progress',
          title: '办件已受理',
          body: `${quoted(e)}已受理，办理时限从今天起按工作日计算。`,
          push: { template: 'progress', status: '已受理', note: '办理时限按工作日计算' },
        },
        ratingInvitation(e, '受理'),
      ];
    case 'supplement_requested':
      return [
        {
          kind: 'supplement_requested',
          category: 'progress',
          title: '需要补正材料',
          body: `${quoted(e)}需要补正：${e.detail ?? '请查看补正通知'}。补正期间办理时限暂停计算。`,
          push: { template: 'progress', status: '待补正', note: `请补正：${e.detail ?? '见补正通知'}` },
        },
      ];
    case 'fee_due':
      return [
        {
          kind: 'fee_due',
          category: 'progress',
          title: '请缴纳费用',
          body: `${quoted(e)}需要缴费，请在办件详情中查看缴款通知书并缴费。`,
          push: { template: 'progress', status: '待缴费', note: '请在办件详情中缴费' },
        },
      ];
    case 'approved':
      return [completed(e, '准予许可', '办结', '办理完成，可在办件详情查看结果'), ratingInvitation(e, '办理')];
    case 'refused':
      return [completed(e, '不予许可', '不予许可', e.detail ? `原因：${e.detail}` : '可在办件详情查看决定书'), ratingInvitation(e, '办理')];
    case 'not_accepted':
      return [completed(e, '不予受理', '不予受理', e.detail ? `原因：${e.detail}` : '可在办件详情查看决定书'), ratingInvitation(e, '办理')];
    case 'shipped':
      return [
        {
          kind: 'shipped',
          category: 'shipping',
          title: '办理结果已寄出',
          body: `${quoted(e)}的办理结果已寄出${e.detail ? `，运单号${e.detail}` : ''}。`,
          push: { template: 'shipping', status: '已寄出', note: '可在办件详情查看物流', code: e.detail ?? e.number },
        },
      ];
    case 'pickup_ready':
      return [
        {
          kind: 'pickup_ready',
          category: 'shipping',
          title: '办理结果可以领取',
          body: `${quoted(e)}的办理结果已可在${e.detail ?? '办理大厅'}领取，请带好取件码。`,
          push: { template: 'shipping', status: '待领取', note: '取件码见办件详情' },
        },
      ];
    case 'delivered':
      return [
        {
          kind: 'delivered',
          category: 'shipping',
          title: '办理结果已签收',
          body: `${quoted(e)}的办理结果已签收${e.detail ? `（运单号${e.detail}）` : ''}。如非本人签收，请联系办理部门。`,
          push: { template: 'shipping', status: '已签收', note: '如非本人签收请联系办理部门', code: e.detail ?? e.number },
        },
      ];
    case 'rating_replied':
      return [
        {
          kind: 'rating_replied',
          category: 'rating',
          title: '您的评价有了回复',
          body: `办理部门回复了您对${quoted(e)}的评价${e.detail ? `：${e.detail}` : '，请在办件详情查看'}。`,
        },
      ];
    case 'complaint_replied':
      // like rating_replied: in the app only (the message opens the complaint, not the case)
      return [
        {
          kind: 'complaint_replied',
          category: 'rating',
          title: '投诉已答复',
          body: `您对${quoted(e)}的投诉（投诉编号${e.complaint?.number ?? e.detail ?? ''}）已有答复，请在“我的投诉”中查看答复并评价是否满意。`,
        },
      ];
    default:
      return [];
  }
}

function completed(e: CaseEvent, title: string, status: string, note: string): Notice {
  return {
    kind: 'completed',
    category: 'result',
    title: `办理结果：${title}`,
    body: `${quoted(e)}已办结，结果为${title}。${note.startsWith('原因') ? `${note}。` : ''}请在办件详情查看决定书${title === '准予许可' ? '和电子证照' : '和救济途径'}。`,
    push: { template: 'result', status, note },
  };
}
