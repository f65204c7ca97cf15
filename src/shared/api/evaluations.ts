/**
 * 好差评 (GB/T 39734-2020, 国办发〔2019〕51号): a citizen rates an online case per stage (一事一评:
 * 受理 and 办结), on five levels and the online dimensions of the standard; a bad rating opens a
 * rectification ticket (整改单) with the department that handled the case, which moves
 * 核实 → 整改 → 回访 within 5 working days; the citizen confirms the result or appeals; a department
 * may appeal a mistaken bad rating. Each item's published figures (办理情况) come from its history.
 * Rating is voluntary: nothing here rates on the citizen's behalf.
 */

// ---- levels, stages, dimensions, tags ------------------------------------------------------------

export const RATING_LEVELS = ['very_satisfied', 'satisfied', 'basically_satisfied', 'dissatisfied', 'very_dissatisfied'] as const;
export type RatingLevel = (typeof RATING_LEVELS)[number];

export const RATING_LEVEL_LABELS: Record<RatingLevel, string> = {
  very_satisfied: '非常满意',
  satisfied: '满意',
  basically_satisfied: '基本满意',
  dissatisfied: '不满意',
  very_dissatisfied: '非常不满意',
};

/** 差评: the last two levels; each opens a rectification ticket. */
export const BAD_LEVELS: readonly RatingLevel[] = ['dissatisfied', 'very_dissatisfied'];
export const isBadLevel = (level: RatingLevel): boolean => BAD_LEVELS.includes(level);

/** One rating per stage of a case: once accepted (受理), once decided (办结). */
export const RATING_STAGES = ['acceptance', 'completion'] as const;
export type RatingStage = (typeof RATING_STAGES)[number];

export const RATING_STAGE_LABELS: Record<RatingStage, string> = {
  acceptance: '受理环节',
  completion: '办结环节',
};

/** The online dimensions of GB/T 39734, each scored 1–5. */
export const RATING_DIMENSIONS = ['overall', 'efficiency', 'guide_accuracy', 'convenience', 'usability'] as const;
export type RatingDimension = (typeof RATING_DIMENSIONS)[number];

export const RATING_DIMENSION_LABELS: Record<RatingDimension, string> = {
  overall: '总体满意度',
  efficiency: '办事效率',
  guide_accuracy: '指南准确',
  convenience: '办事便捷',
  usability: '平台好用',
};

export const DIMENSION_MIN = 1;
export const DIMENSION_MAX = 5;

/** What a level means as a dimension score (非常满意 5 … 非常不满意 1): the form's starting scores. */
export const LEVEL_SCORE: Record<RatingLevel, number> = {
  very_satisfied: 5,
  satisfied: 4,
  basically_satisfied: 3,
  dissatisfied: 2,
  very_dissatisfied: 1,
};

export const GOOD_TAGS = ['办理速度快', '材料精简', '指南清楚准确', '工作人员热情', '全程网上办', '结果送达及时'] as const;
export const BAD_TAGS = ['办理拖延', '材料反复提交', '指南与实际不符', '工作人员态度差', '系统不好用', '结果送达慢'] as const;
export const RATING_TAGS = [...GOOD_TAGS, ...BAD_TAGS] as const;
export type RatingTag = (typeof RATING_TAGS)[number];

export const COMMENT_MAX = 200;
/** A rating can be changed once, within this many calendar days of being given. */
export const CHANGE_WINDOW_DAYS = 7;
/** 整改 of a bad rating ends within this many working days (Chongqing). */
export const RECTIFY_WORKING_DAYS = 5;

// ---- a rating --------------------------------------------------------------------------------------

export interface EvaluationInput {
  stage: RatingStage;
  level: RatingLevel;
  dimensions: Record<RatingDimension, number>;
  tags: RatingTag[];
  comment?: string;
}

/** A change (once): everything but the stage. */
export type EvaluationChange = Omit<EvaluationInput, 'stage'>;

/** The rectification ticket's state: 核实, 部门申诉 (mistaken rating), 整改, 回访, 复核, 已办结. */
export const TICKET_STATES = ['verifying', 'department_appeal', 'rectifying', 'revisiting', 'reviewing', 'closed'] as const;
export type TicketState = (typeof TICKET_STATES)[number];

export const TICKET_STATE_LABELS: Record<TicketState, string> = {
  verifying: '核实中',
  department_appeal: '部门申诉审核中',
  rectifying: '整改中',
  revisiting: '待您确认',
  reviewing: '复核中',
  closed: '已办结',
};

/**
 * How a ticket ended: the citizen confirmed; the citizen appealed and the review answered; the
 * department's appeal was upheld (a mistaken bad rating, not counted in the figures); the citizen
 * did not answer the return visit; the citizen changed the rating to a good one.
 */
export const TICKET_OUTCOMES = ['confirmed', 'reviewed', 'appeal_upheld', 'no_answer', 'rating_changed'] as const;
export type TicketOutcome = (typeof TICKET_OUTCOMES)[number];

export const TICKET_OUTCOME_LABELS: Record<TicketOutcome, string> = {
  confirmed: '您已确认整改结果',
  reviewed: '复核已完成',
  appeal_upheld: '部门申诉成立，该差评不计入统计',
  no_answer: '回访期内未收到您的答复，整改单已办结',
  rating_changed: '您已将评价改为非差评，整改单关闭',
};

export const TICKET_STEP_KINDS = ['verify', 'department_appeal', 'rectify', 'revisit', 'review'] as const;
export type TicketStepKind = (typeof TICKET_STEP_KINDS)[number];

export const TICKET_STEP_LABELS: Record<TicketStepKind, string> = {
  verify: '核实',
  department_appeal: '部门申诉',
  rectify: '整改',
  revisit: '回访',
  review: '复核',
};

export interface TicketStep {
  kind: TicketStepKind;
  name: string;
  /** who did it, e.g. 重庆市交通运输委员会 or 重庆市政务服务管理办公室 */
  department: string;
  startedAt: string;
  /** absent while the step runs */
  endedAt?: string;
  /** what happened, in words */
  note?: string;
}

export interface RectificationTicket {
  id: string;
  /** the department that decided the case */
  department: string;
  state: TicketState;
  stateLabel: string;
  openedAt: string;
  /** 整改 must end by this Beijing date (5 working days) */
  dueDate: string;
  /** oldest first */
  steps: TicketStep[];
  /** the department's reply to the citizen, once 整改 ended */
  reply?: { at: string; text: string; handler: string };
  /** the department's appeal of a mistaken bad rating, and its outcome */
  departmentAppeal?: { at: string; reason: string; outcome?: 'upheld' | 'rejected'; decidedAt?: string; outcomeText?: string };
  /** the citizen's answer to the return visit */
  citizen?: { action: 'confirm' | 'appeal'; at: string; reason?: string };
  outcome?: TicketOutcome;
  outcomeLabel?: string;
  /** what the citizen may do now */
  canConfirm: boolean;
  canAppeal: boolean;
}

export interface Evaluation {
  id: string;
  applicationId: string;
  /** 办件编号 */
  number: string;
  itemId: string;
  itemName: string;
  department: string;
  stage: RatingStage;
  level: RatingLevel;
  dimensions: Record<RatingDimension, number>;
  tags: RatingTag[];
  comment?: string;
  createdAt: string;
  changedAt?: string;
  /** the last moment a change is accepted; absent once changed or past the window */
  changeableUntil?: string;
  ticket?: RectificationTicket;
}

/**
 * 我的评价: one row per rating the citizen gave, newest first; a bad one with where its ticket is,
 * so what was done about it can be followed without finding the case first.
 */
export interface EvaluationSummary {
  id: string;
  applicationId: string;
  /** 办件编号 */
  number: string;
  itemName: string;
  stage: RatingStage;
  level: RatingLevel;
  createdAt: string;
  changedAt?: string;
  ticket?: {
    state: TicketState;
    stateLabel: string;
    /** 整改 must end by this Beijing date */
    dueDate: string;
    outcomeLabel?: string;
    /** the return visit waits for the citizen's confirm or appeal */
    awaitsCitizen: boolean;
  };
}

/** A case's ratings and which stages may be rated now. */
export interface CaseEvaluations {
  applicationId: string;
  number: string;
  itemName: string;
  /** stages whose step has happened and that are not yet rated */
  open: RatingStage[];
  /** why a stage may not be rated yet, in words (e.g. 办件尚未办结) */
  notYet: Partial<Record<RatingStage, string>>;
  evaluations: Evaluation[];
}

export interface TicketAppealInput {
  /** why the handling is not accepted: 5–200 characters */
  reason: string;
}

// ---- published figures (办理情况) --------------------------------------------------------------------

export interface ItemPerformance {
  itemId: string;
  /** Beijing dates, inclusive */
  period: { from: string; to: string };
  /** decided cases in the period: the sample size */
  cases: number;
  promisedDays: number;
  /** cases decided within the promise */
  onTime: number;
  /** average working days from acceptance to decision */
  averageWorkingDays: number;
  ratings: {
    /** ratings given (voluntary: fewer than cases) */
    total: number;
    levels: Record<RatingLevel, number>;
    bad: {
      total: number;
      /** 整改 finished and replied */
      rectified: number;
      /** of those, confirmed by the citizen */
      confirmed: number;
      /** a department's appeal upheld: shown, not counted as bad */
      appealUpheld: number;
      /** still within their 5 working days */
      inProgress: number;
    };
  };
  /** the history is SAMPLE data, generated from a seed */
  sample: true;
}

// ---- endpoint table ----------------------------------------------------------------------------------

export interface EvaluationsApi {
  /** 201 the new rating; the same Idempotency-Key again: 200 with the same rating */
  'POST /applications/:id/evaluations': { params: { id: string }; headers: { 'Idempotency-Key': string }; body: EvaluationInput; response: Evaluation };
  'GET /applications/:id/evaluations': { params: { id: string }; response: CaseEvaluations };
  /** 我的评价: every rating the citizen gave, newest first (at most one per case and stage) */
  'GET /evaluations': { response: EvaluationSummary[] };
  'GET /evaluations/:id': { params: { id: string }; response: Evaluation };
  /** one change, within CHANGE_WINDOW_DAYS */
  'PUT /evaluations/:id': { params: { id: string }; body: EvaluationChange; response: Evaluation };
  /** the citizen accepts the department's handling (during 回访) */
  'POST /evaluations/:id/confirm': { params: { id: string }; response: Evaluation };
  /** the citizen does not accept it: reviewed by the 政务服务管理办公室 */
  'POST /evaluations/:id/appeal': { params: { id: string }; body: TicketAppealInput; response: Evaluation };
  'GET /items/:id/performance': { params: { id: string }; response: ItemPerformance };
}
