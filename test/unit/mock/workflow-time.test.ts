/**
 * The arithmetic under every case: working time (9:00–12:00, 14:00–17:30 Beijing, working days
 * with holidays and 调休), the deadline in working days from acceptance (paused while a supplement
 * is awaited), the transition table, and the seeded outcomes that make demos repeat.
 */
import { APPLICATION_STATUSES } from '../../../src/shared/api/applications';
import { CASE_TRANSITIONS, canTransition } from '../../../src/shared/api/cases';
import { deadlineOf } from '../../../mock/workflow/deadline';
import { outcomeOf, seedOf } from '../../../mock/workflow/plan';
import { addWorkingMinutes, isWorkingTime } from '../../../mock/server/working-time';

/** An instant given as Beijing wall time. */
const bj = (local: string) => new Date(`${local}+08:00`);
const iso = (local: string) => bj(local).toISOString();

describe('working time', () => {
  it('skips the lunch break: two working hours from 11:30 end at 15:30', () => {
    expect(addWorkingMinutes(bj('2026-12-02T11:30:00'), 120).toISOString()).toBe(iso('2026-12-02T15:30:00'));
  });

  it('carries over the night and the weekend: an hour from Friday 17:00 ends Monday 9:30', () => {
    expect(addWorkingMinutes(bj('2026-12-04T17:00:00'), 60).toISOString()).toBe(iso('2026-12-07T09:30:00'));
  });

  it('skips 国庆节: an hour from Wednesday 30 September 17:00 ends on 8 October at 9:30', () => {
    expect(addWorkingMinutes(bj('2026-09-30T17:00:00'), 60).toISOString()).toBe(iso('2026-10-08T09:30:00'));
  });

  it('works on a 调休 Saturday: an hour from Friday 9 October 17:00 ends Saturday 10 October 9:30', () => {
    expect(addWorkingMinutes(bj('2026-10-09T17:00:00'), 60).toISOString()).toBe(iso('2026-10-10T09:30:00'));
  });

  it('starts outside working time at the next period', () => {
    expect(addWorkingMinutes(bj('2026-12-02T07:00:00'), 30).toISOString()).toBe(iso('2026-12-02T09:30:00'));
    expect(addWorkingMinutes(bj('2026-12-02T12:30:00'), 0).toISOString()).toBe(iso('2026-12-02T14:00:00'));
  });

  it('knows when the back office works', () => {
    expect(isWorkingTime(bj('2026-12-02T10:00:00'))).toBe(true);
    expect(isWorkingTime(bj('2026-12-02T12:30:00'))).toBe(false);
    expect(isWorkingTime(bj('2026-12-05T10:00:00'))).toBe(false); // Saturday
    expect(isWorkingTime(bj('2026-10-10T10:00:00'))).toBe(true); // 调休 Saturday
  });

  it('refuses a negative duration', () => {
    expect(() => addWorkingMinutes(bj('2026-12-02T10:00:00'), -1)).toThrow(RangeError);
  });
});

describe('the deadline, in working days from acceptance', () => {
  it('before acceptance it has not started and estimates from today', () => {
    expect(deadlineOf({ promisedDays: 2, pauses: [] }, '2026-12-02')).toEqual({ state: 'not_started', promisedDays: 2, promisedDate: '2026-12-04', usedDays: 0, daysLeft: 2 });
  });

  it('counts working days only: accepted Friday with 2 days is due Tuesday', () => {
    const d = deadlineOf({ promisedDays: 2, acceptedOn: '2026-12-04', pauses: [] }, '2026-12-04');
    expect(d).toMatchObject({ state: 'on_track', promisedDate: '2026-12-08', daysLeft: 2 });
  });

  it('is at risk with one working day left and overdue after the promised date', () => {
    expect(deadlineOf({ promisedDays: 2, acceptedOn: '2026-12-04', pauses: [] }, '2026-12-07')).toMatchObject({ state: 'at_risk', daysLeft: 1, usedDays: 1 });
    expect(deadlineOf({ promisedDays: 2, acceptedOn: '2026-12-04', pauses: [] }, '2026-12-09')).toMatchObject({ state: 'overdue', daysLeft: -1 });
  });

  it('skips 国庆节 and counts the 调休 Saturday', () => {
    // accepted Wed 30 Sep with 3 days: 8 Oct (Thu), 9 Oct (Fri), 10 Oct (调休 Sat)
    expect(deadlineOf({ promisedDays: 3, acceptedOn: '2026-09-30', pauses: [] }, '2026-09-30').promisedDate).toBe('2026-10-10');
  });

  it('pauses while a supplement is awaited and adds the days waited to the promise', () => {
    const waiting = deadlineOf({ promisedDays: 5, acceptedOn: '2026-12-01', pauses: [{ from: '2026-12-02' }] }, '2026-12-04');
    expect(waiting).toMatchObject({ state: 'paused', pausedSince: '2026-12-02' });
    const answered = deadlineOf({ promisedDays: 5, acceptedOn: '2026-12-01', pauses: [{ from: '2026-12-02', to: '2026-12-04' }] }, '2026-12-04');
    // 5 days from 1 Dec is 8 Dec; 2 working days waited move it to 10 Dec
    expect(answered).toMatchObject({ state: 'on_track', promisedDate: '2026-12-10' });
  });

  it('once decided says whether the promise was kept', () => {
    expect(deadlineOf({ promisedDays: 2, acceptedOn: '2026-12-04', pauses: [], decidedOn: '2026-12-08' }, '2026-12-20').state).toBe('met');
    expect(deadlineOf({ promisedDays: 2, acceptedOn: '2026-12-04', pauses: [], decidedOn: '2026-12-09' }, '2026-12-20').state).toBe('missed');
  });
});

describe('the transition table', () => {
  it('names every status of domain.md and only known successors', () => {
    expect(Object.keys(CASE_TRANSITIONS).sort()).toEqual([...APPLICATION_STATUSES].sort());
    for (const next of Object.values(CASE_TRANSITIONS)) for (const s of next) expect(APPLICATION_STATUSES).toContain(s);
  });

  it('allows withdrawal only before acceptance and nothing after a refusal', () => {
    expect(canTransition('received', 'withdrawn')).toBe(true);
    expect(canTransition('supplement_requested', 'withdrawn')).toBe(true);
    expect(canTransition('in_process', 'withdrawn')).toBe(false);
    expect(canTransition('accepted', 'withdrawn')).toBe(false);
    expect(CASE_TRANSITIONS.refused).toEqual([]);
    expect(canTransition('received', 'approved')).toBe(false);
  });
});

describe('seeded outcomes', () => {
  it('the same citizen, item and filing count give the same outcome on every run', () => {
    expect(seedOf('u_tian', 'item', 0)).toBe(seedOf('u_tian', 'item', 0));
    expect(seedOf('u_tian', 'item', 0)).not.toBe(seedOf('u_tian', 'item', 1));
  });

  it('mostly approves, sometimes asks for a supplement, refuses or runs late', () => {
    const counts = { approve: 0, supplement: 0, refuse: 0, late: 0 };
    for (let i = 0; i < 4000; i += 1) counts[outcomeOf(seedOf(`u_${i}`, 'item', 0))] += 1;
    expect(counts.approve / 4000).toBeGreaterThan(0.65);
    expect(counts.approve / 4000).toBeLessThan(0.75);
    for (const kind of ['supplement', 'refuse', 'late'] as const) expect(counts[kind]).toBeGreaterThan(150);
  });
});
