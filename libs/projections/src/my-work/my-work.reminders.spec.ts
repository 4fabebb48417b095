import type { Principal, Role } from '@samsyn/domain/shared/principal';
import type { SamsynEvent } from '../projection';
import { bodyEstablished, processRegistered, processRevised, proposalEscalated, proposalSubmitted, reviewSubmitted } from '../testing/given-events';
import { projectionSpec } from '../testing/projection-spec';
import { myTasks } from './my-tasks';
import { myWorkProjection } from './my-work.projection';

const spec = projectionSpec(myWorkProjection);
const who = (id: string, ...roles: Role[]): Principal => ({ id, roles });
const fsnReviewer = who('frida', { role: 'reviewer', stakeholder: 'fsn' });
const DEADLINE = '2026-02-01T00:00:00.000Z';
const submitted = proposalSubmitted('p1', { reviewDeadline: DEADLINE });
const reminded = (stakeholder: string, deadline = DEADLINE): SamsynEvent => ({
  type: 'ReviewReminderSent',
  data: { proposalId: 'p1', processId: 'VA-01', stakeholder, deadline, sentAt: '2026-01-30T00:00:00.000Z' },
});
// Event 4 (index 3) of [body, process, submitted, escalated] happened at 00:03.
const heldSince = '2026-01-01T00:03:00.000Z';
const holdReminded = (since = heldSince): SamsynEvent => ({ type: 'BodyHoldReminderSent', data: { proposalId: 'p1', processId: 'VA-01', body: 'obj', heldSince: since, sentAt: '2026-01-09T00:00:00.000Z' } });
const cycleSet: SamsynEvent = { type: 'ProcessReviewCycleSet', data: { processId: 'VA-01', intervalMonths: 12, owner: 'kalle', setBy: 'kalle' } };
const due: SamsynEvent = { type: 'ProcessReviewDue', data: { processId: 'VA-01', owner: 'kalle', dueOn: '2027-01-01' } };

describe('my work: reminders and review cycles (given events, when one more, then the tasks)', () => {
  it('a reminded reviewer sees its review task as a reminder, with the deadline', () =>
    spec.given([processRegistered(), submitted]).when(reminded('fsn')).then((s) => {
      const [task] = myTasks(s, fsnReviewer).tasks;
      expect(task).toMatchObject({ kind: 'review', why: { code: 'REVIEW_DEADLINE_NEAR' }, reviewDeadline: DEADLINE });
      expect(task.why.sv).toContain('Påminnelse');
      expect(myTasks(s, who('kim', { role: 'reviewer', stakeholder: 'ksn' })).tasks[0].why.code).toBe('AWAITING_YOUR_REVIEW');
    }));

  it('a reminder of another deadline does not count', () =>
    spec.given([processRegistered(), submitted]).when(reminded('fsn', '2026-03-01T00:00:00.000Z')).then((s) => expect(s.proposals.p1.reminded ?? []).toEqual([])));

  it('once reviewed, the reminded task goes', () =>
    spec.given([processRegistered(), submitted, reminded('fsn')]).when(reviewSubmitted('p1', 'fsn')).then((s) => expect(myTasks(s, fsnReviewer).counts.review).toBe(0)));

  it('the holding body is reminded of the current hold; a new escalation is a new hold', () => {
    const held = [bodyEstablished('obj', 'object', ['olle']), processRegistered(), proposalSubmitted('p1', { requiredLevel: 'object' }), proposalEscalated('p1', 'obj')];
    spec.given(held).when(holdReminded()).then((s) => {
      expect(myTasks(s, who('olle')).tasks[0]).toMatchObject({ kind: 'decision', why: { code: 'HELD_BY_YOUR_BODY_LONG' }, remindedAt: '2026-01-01T00:04:00.000Z' });
    });
    spec.given(held).when(holdReminded('2025-12-01T00:00:00.000Z')).then((s) => expect(myTasks(s, who('olle')).tasks[0].why.code).toBe('HELD_BY_YOUR_BODY'));
    spec.given([...held, holdReminded()]).when(proposalEscalated('p1', 'obj')).then((s) => expect(myTasks(s, who('olle')).tasks[0].why.code).toBe('HELD_BY_YOUR_BODY'));
  });

  it('a due review is the owner’s task until it records "reviewed, no change"', () => {
    spec.given([processRegistered(), cycleSet]).when(due).then((s) => {
      const kalle = myTasks(s, who('kalle'));
      expect(kalle.counts['process-review']).toBe(1);
      expect(kalle.tasks).toEqual([expect.objectContaining({ kind: 'process-review', resource: { kind: 'process', id: 'VA-01' }, link: '/processes/VA-01', dueOn: '2027-01-01', why: expect.objectContaining({ code: 'PROCESS_REVIEW_DUE' }) })]);
      expect(myTasks(s, who('olle')).total).toBe(0);
    });
    spec
      .given([processRegistered(), cycleSet, due])
      .when({ type: 'ProcessReviewedNoChange', data: { processId: 'VA-01', comment: 'ok', reviewedBy: 'kalle' } })
      .then((s) => expect(myTasks(s, who('kalle')).counts['process-review']).toBe(0));
  });

  it('an applied change proposal (a revision) counts as the review', () =>
    spec.given([processRegistered(), cycleSet, due]).when(processRevised(2, 'p9')).then((s) => expect(myTasks(s, who('kalle')).counts['process-review']).toBe(0)));

  it('a new owner takes over the due review', () =>
    spec
      .given([processRegistered(), cycleSet, due])
      .when({ type: 'ProcessReviewCycleSet', data: { processId: 'VA-01', intervalMonths: 6, owner: 'kim', setBy: 'ada' } })
      .then((s) => expect([myTasks(s, who('kim')).counts['process-review'], myTasks(s, who('kalle')).total]).toEqual([1, 0])));
});
