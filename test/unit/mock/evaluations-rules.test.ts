/**
 * The rules of 好差评 as pure functions: which stage may be rated when, the change window, the
 * rectification deadline in working days across 国庆节 and its 调休 Saturday, a department's appeal
 * of a mistaken bad rating, and the published figures as a sum of the seeded history rows.
 */
import type { ApplicationRecord } from '../../../mock/applications/model';
import { figuresOf, historyOf, historyPeriod } from '../../../mock/history';
import { changeBlocker, rectificationDueDate, stageBlockers, ticketFate, ticketSeed } from '../../../mock/evaluations/rules';
import { openTicket } from '../../../mock/evaluations/tickets';
import { RATING_LEVELS, isBadLevel } from '../../../src/shared/api/evaluations';

type CaseLike = Pick<ApplicationRecord, 'status' | 'case' | 'department'>;
const caseOf = (status: ApplicationRecord['status'], c: Partial<NonNullable<ApplicationRecord['case']>> = {}): CaseLike =>
  ({ status, department: '重庆市交通运输委员会', case: { seed: 1, outcome: 'approve', route: [], at: 0, steps: [], pauses: [], supplements: [], ...c } }) as CaseLike;
const decided = { outcome: 'approved' as const, decidedAt: '2026-12-02T02:00:00Z', documentName: '通行证', letter: { title: '', number: '', paragraphs: [] } };

describe('one rating per stage, once the stage happened', () => {
  it('a received case invites neither stage', () => {
    expect(stageBlockers(caseOf('received'))).toEqual({ acceptance: '办件尚未受理，受理后可以评价受理环节', completion: '办件尚未办结，办结后可以评价办结环节' });
  });
  it('an accepted case invites the acceptance stage only; a decided one both', () => {
    expect(stageBlockers(caseOf('in_process', { acceptedOn: '2026-12-02' })).acceptance).toBeUndefined();
    expect(stageBlockers(caseOf('in_process', { acceptedOn: '2026-12-02' })).completion).toBe('办件尚未办结，办结后可以评价办结环节');
    expect(stageBlockers(caseOf('approved', { acceptedOn: '2026-12-02', result: decided }))).toEqual({ acceptance: undefined, completion: undefined });
  });
  it('不予受理 is the acceptance decision: rated there, no completion stage; a withdrawn case is not rated', () => {
    const refused = stageBlockers(caseOf('not_accepted', { result: { ...decided, outcome: 'not_accepted' } }));
    expect(refused.acceptance).toBeUndefined();
    expect(refused.completion).toBe('该办件未被受理，没有办结环节可评价');
    expect(stageBlockers(caseOf('withdrawn')).acceptance).toBe('已撤回的办件无需评价');
  });
});

describe('a rating changes once within 7 days', () => {
  const createdAt = '2026-12-02T02:00:00.000Z';
  it('on day 7 yes, a minute later no, and never twice', () => {
    expect(changeBlocker({ createdAt }, new Date('2026-12-09T02:00:00Z'))).toBeUndefined();
    expect(changeBlocker({ createdAt }, new Date('2026-12-09T02:01:00Z'))).toBe('评价后7日内才能修改，已超过修改期限');
    expect(changeBlocker({ createdAt, changedAt: '2026-12-03T02:00:00Z' }, new Date('2026-12-03T03:00:00Z'))).toBe('评价只能修改一次，您已修改过');
  });
});

describe('整改 within 5 working days', () => {
  it('a Wednesday rating is due the next Wednesday', () => {
    expect(rectificationDueDate(new Date('2026-12-02T02:00:00Z'))).toBe('2026-12-09');
  });
  it('across 国庆节 the 7 holidays do not count and the 调休 Saturday 10 October does', () => {
    // 9-30, 10-08, 10-09, 10-10 (调休), 10-12
    expect(rectificationDueDate(new Date('2026-09-29T02:00:00Z'))).toBe('2026-10-12');
  });
  it('the ticket opens at 核实 with that due date, its words naming the day', () => {
    const t = openTicket('重庆市交通运输委员会', 7, 'completion', new Date('2026-09-29T02:00:00Z'));
    expect(t).toMatchObject({ state: 'verifying', dueDate: '2026-10-12' });
    expect(t.steps[0].note).toContain('10月12日前');
  });
});

describe('a department appeals a mistaken bad rating for a seeded share of cases', () => {
  it('about 15 % appeal, about half of those are upheld, 整改 takes 1–3 working days', () => {
    const fates = Array.from({ length: 4000 }, (_, i) => ticketFate(ticketSeed(i, 'completion')));
    const appeals = fates.filter((f) => f.departmentAppeals);
    expect(appeals.length / fates.length).toBeGreaterThan(0.12);
    expect(appeals.length / fates.length).toBeLessThan(0.18);
    expect(appeals.filter((f) => f.appealUpheld).length / appeals.length).toBeGreaterThan(0.4);
    expect(new Set(fates.map((f) => f.rectifyDays))).toEqual(new Set([1, 2, 3]));
    // the same case and stage always decide the same
    expect(ticketFate(ticketSeed(42, 'acceptance'))).toEqual(ticketFate(ticketSeed(42, 'acceptance')));
  });
});

describe('the published figures are computed from the seeded rows', () => {
  const period = historyPeriod(new Date('2026-12-02T02:00:00Z'));
  // the first of the 38 districts' 企业设立登记 whose history holds an upheld department appeal
  const candidates = Array.from({ length: 38 }, (_, i) => ({ id: `5001${String(i + 1).padStart(2, '0')}-011010001000`, department: '区县市场监督管理局', level: 'district' as const, promisedDays: 3 }));
  const item = candidates.find((c) => historyOf(c, period).some((r) => r.rating?.ticket?.appealUpheld)) ?? candidates[0];
  const rows = historyOf(item, period);
  const figures = figuresOf(item.id, item.promisedDays, period, rows);

  it('the period is the 12 full months before this one and the rows are the same every time', () => {
    expect(period).toEqual({ from: '2025-12-01', to: '2026-11-30' });
    expect(historyOf(item, period)).toEqual(rows);
    expect(rows.every((r) => r.acceptedOn >= period.from && r.decidedOn <= period.to)).toBe(true);
  });

  it('sample size, on time, average days, the spread and the bad ratings add up row by row', () => {
    expect(figures.cases).toBe(rows.length);
    expect(figures.onTime).toBe(rows.filter((r) => r.usedDays <= 3).length);
    expect(figures.averageWorkingDays).toBeCloseTo(rows.reduce((s, r) => s + r.usedDays, 0) / rows.length, 1);
    const rated = rows.filter((r) => r.rating);
    expect(figures.ratings.total).toBe(rated.length);
    const counted = rated.filter((r) => !r.rating!.ticket?.appealUpheld);
    for (const level of RATING_LEVELS) expect(figures.ratings.levels[level]).toBe(counted.filter((r) => r.rating!.level === level).length);
    const bad = counted.filter((r) => isBadLevel(r.rating!.level));
    expect(figures.ratings.bad.total).toBe(bad.length);
    expect(figures.ratings.bad.rectified).toBe(bad.filter((r) => r.rating!.ticket!.rectified).length);
    expect(figures.ratings.bad.appealUpheld).toBe(rated.length - counted.length);
    expect(figures.ratings.bad.appealUpheld).toBeGreaterThan(0);
  });

  it('late cases draw more bad ratings than cases in time', () => {
    const big = historyOf({ ...item, id: '500000-010410001000', level: 'city', department: '重庆市交通运输委员会' }, period);
    const share = (rs: typeof big) => rs.filter((r) => r.rating && isBadLevel(r.rating.level)).length / Math.max(1, rs.filter((r) => r.rating).length);
    const late = big.filter((r) => r.usedDays > 3);
    expect(late.length).toBeGreaterThan(5);
    expect(share(late)).toBeGreaterThan(share(big.filter((r) => r.usedDays <= 3)));
  });

  it('generating one item is fast enough to do on first request', () => {
    const started = performance.now();
    for (let i = 0; i < 20; i += 1) historyOf({ ...item, id: `x${i}`, level: 'city' }, period);
    expect((performance.now() - started) / 20).toBeLessThan(5);
  });
});
