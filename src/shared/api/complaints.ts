/**
 * 投诉: a citizen complains about one of their cases (超期未办结, 违规收费, 作风 …). Complaints made in
 * 渝快办 go to Chongqing's 12345 政务服务便民热线, which accepts them within COMPLAINT_ACCEPT_MINUTES
 * working minutes and assigns them to the department that handles the case; the department
 * answers within COMPLAINT_WORKING_DAYS working days of acceptance; then the citizen says whether
 * the answer resolves it (回访). Not satisfied, it is handled once more (重新办理, the same limit);
 * no answer in COMPLAINT_FEEDBACK_DAYS working days closes it. One open complaint per case at a
 * time; a closed one may be followed by another. Personal data never travels in a complaint's
 * text fields beyond what the citizen wrote.
 */

// ---- categories, limits --------------------------------------------------------------------------

export const COMPLAINT_CATEGORIES = ['overdue', 'fees', 'conduct', 'repeated_materials', 'guide_mismatch', 'other'] as const;
export type ComplaintCategory = (typeof COMPLAINT_CATEGORIES)[number];

export const COMPLAINT_CATEGORY_LABELS: Record<ComplaintCategory, string> = {
  overdue: '超期未办结',
  fees: '违规收费',
  conduct: '工作人员态度或作风',
  repeated_materials: '要求重复提交材料',
  guide_mismatch: '实际要求与办事指南不符',
  other: '其他',
};

/** What happened, in the citizen's words: at least this many characters … */
export const COMPLAINT_TEXT_MIN = 10;
/** … and at most this many. */
export const COMPLAINT_TEXT_MAX = 500;
/** Why an answer does not resolve it: 5–200 characters. */
export const FEEDBACK_TEXT_MIN = 5;
export const FEEDBACK_TEXT_MAX = 200;

/** 12345 accepts a complaint within this many working minutes (two working hours). */
export const COMPLAINT_ACCEPT_MINUTES = 120;
/** The department answers within this many working days of acceptance (and again after 重新办理). */
export const COMPLAINT_WORKING_DAYS = 5;
/** The citizen's answer to the reply is awaited this many working days, then the complaint closes. */
export const COMPLAINT_FEEDBACK_DAYS = 3;

/** The 12345 hotline, which accepts and assigns every complaint. */
export const COMPLAINT_CENTRE = '重庆市12345政务服务便民热线';

// ---- states ----------------------------------------------------------------------------------------

/** 待受理 → 办理中 → 已答复 (the citizen's say) → 已办结, or 重新办理中 once after 不满意. */
export const COMPLAINT_STATES = ['submitted', 'handling', 'replied', 'rehandling', 'closed'] as const;
export type ComplaintState = (typeof COMPLAINT_STATES)[number];

export const COMPLAINT_STATE_LABELS: Record<ComplaintState, string> = {
  submitted: '待受理',
  handling: '办理中',
  replied: '已答复，待您评价',
  rehandling: '重新办理中',
  closed: '已办结',
};

/** How a complaint ended: the citizen was satisfied; answered again after 不满意; no answer. */
export const COMPLAINT_OUTCOMES = ['satisfied', 'handled_again', 'no_answer'] as const;
export type ComplaintOutcome = (typeof COMPLAINT_OUTCOMES)[number];

export const COMPLAINT_OUTCOME_LABELS: Record<ComplaintOutcome, string> = {
  satisfied: '您对办理结果表示满意',
  handled_again: '已重新办理并答复',
  no_answer: '答复后未收到您的评价，已办结',
};

/** Is a complaint still open (one per case at a time)? */
export const isOpenComplaint = (state: ComplaintState): boolean => state !== 'closed';

// ---- a complaint -----------------------------------------------------------------------------------

export interface ComplaintInput {
  /** the citizen's own case */
  applicationId: string;
  category: ComplaintCategory;
  /** what happened: COMPLAINT_TEXT_MIN–COMPLAINT_TEXT_MAX characters */
  description: string;
}

export interface ComplaintStep {
  /** 提交 / 受理 / 转办 / 办理 / 回访 / 重新办理 (the answer itself is in `replies`; 办理 / 重新办理 end at its time) */
  name: string;
  /** who did it: 12345 (COMPLAINT_CENTRE), the handling department, or the citizen ('您') */
  department: string;
  startedAt: string;
  /** absent while the step runs */
  endedAt?: string;
  /** what happened, in words */
  note?: string;
}

export interface ComplaintReply {
  at: string;
  text: string;
  /** the department and its masked handler, e.g. 重庆市交通运输委员会 张**（工号 500000-123） */
  handler: string;
}

export interface ComplaintFeedback {
  satisfied: boolean;
  at: string;
  /** why not, when not satisfied */
  reason?: string;
}

export interface Complaint {
  id: string;
  /** 投诉编号, e.g. TS20261202000001 */
  number: string;
  applicationId: string;
  /** 办件编号 of the case complained about */
  applicationNumber: string;
  itemName: string;
  category: ComplaintCategory;
  description: string;
  createdAt: string;
  state: ComplaintState;
  stateLabel: string;
  /** the department that handles the case, to which 12345 assigns it */
  department: string;
  /** the answer is due by this Beijing date (absent until accepted) */
  dueDate?: string;
  /** oldest first */
  steps: ComplaintStep[];
  /** oldest first: one, or two after 重新办理 */
  replies: ComplaintReply[];
  /** the citizen's answers to the replies, oldest first */
  feedback: ComplaintFeedback[];
  outcome?: ComplaintOutcome;
  outcomeLabel?: string;
  /** the reply waits for the citizen's 满意 / 不满意 */
  canGiveFeedback: boolean;
}

export interface ComplaintFeedbackInput {
  satisfied: boolean;
  /** required when not satisfied: FEEDBACK_TEXT_MIN–FEEDBACK_TEXT_MAX characters (trimmed); not kept when satisfied */
  reason?: string;
}

// ---- endpoint table --------------------------------------------------------------------------------

export interface ComplaintsApi {
  /** 201 the new complaint; the same Idempotency-Key again: 200 with the same one; 409 while the case has an open complaint */
  'POST /complaints': { headers: { 'Idempotency-Key': string }; body: ComplaintInput; response: Complaint };
  /** 我的投诉: every complaint of the citizen, newest first */
  'GET /complaints': { response: Complaint[] };
  'GET /complaints/:id': { params: { id: string }; response: Complaint };
  /** the citizen's 满意 / 不满意 with the reply (while `canGiveFeedback`, else 409; the same answer again, a retry, answers the complaint as it is) */
  'POST /complaints/:id/feedback': { params: { id: string }; body: ComplaintFeedbackInput; response: Complaint };
}
