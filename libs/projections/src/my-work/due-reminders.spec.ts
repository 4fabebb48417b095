import type { SamsynEvent } from '../projection';
import { bodyEstablished, processRegistered, proposalEscalated, proposalSubmitted, reviewSubmitted } from '../testing/given-events';
import { projectionSpec } from '../testing/projection-spec';
import { dueReminders } from './due-reminders';
import { myWorkProjection } from './my-work.projection';

const spec = projectionSpec(myWorkProjection);
const DAY = 86_400_000;
const timings = { reviewLeadMs: 2 * DAY, bodyHoldMs: 7 * DAY };
const DEADLINE = '2026-02-10T00:00:00.000Z';
const submitted = proposalSubmitted('p1', { reviewDeadline: DEADLINE });
const at = (iso: string) => iso;

describe('due reminders (given the facts, when the sweep looks at an instant, then the reminders to send)', () => {
  it('nothing before the lead time; each missing reviewer from deadline minus 2 days; nothing once the deadline passed', () =>
    spec.given([processRegistered()]).when(submitted).then((s) => {
      expect(dueReminders(s, at('2026-02-07T23:59:59.000Z'), timings)).toEqual([]);
      expect(dueReminders(s, at('2026-02-08T00:00:00.000Z'), timings)).toEqual([
        { kind: 'review', proposalId: 'p1', processId: 'VA-01', stakeholder: 'ksn', deadline: DEADLINE },
        { kind: 'review', proposalId: 'p1', processId: 'VA-01', stakeholder: 'fsn', deadline: DEADLINE },
      ]);
      expect(dueReminders(s, at(DEADLINE), timings)).toEqual([]);
    }));

  it('not a reviewer who reviewed, nor one already reminded', () => {
    const remindedFsn: SamsynEvent = { type: 'ReviewReminderSent', data: { proposalId: 'p1', processId: 'VA-01', stakeholder: 'fsn', deadline: DEADLINE, sentAt: DEADLINE } };
    spec.given([processRegistered(), submitted, remindedFsn]).when(reviewSubmitted('p1', 'ksn')).then((s) => expect(dueReminders(s, at('2026-02-09T00:00:00.000Z'), timings)).toEqual([]));
  });

  it('a proposal without a deadline is never reminded', () =>
    spec.given([processRegistered()]).when(proposalSubmitted('p1')).then((s) => expect(dueReminders(s, at('2030-01-01T00:00:00.000Z'), timings)).toEqual([])));

  it('a body holding a proposal for 7 days is reminded, once per hold', () => {
    // The escalation is event 4: 00:03 on 1 January.
    const held = [bodyEstablished('obj', 'object', ['olle']), processRegistered(), proposalSubmitted('p1', { requiredLevel: 'object' })];
    spec.given(held).when(proposalEscalated('p1', 'obj')).then((s) => {
      expect(dueReminders(s, at('2026-01-08T00:02:59.000Z'), timings)).toEqual([]);
      expect(dueReminders(s, at('2026-01-08T00:03:00.000Z'), timings)).toEqual([{ kind: 'hold', proposalId: 'p1', processId: 'VA-01', body: 'obj', heldSince: '2026-01-01T00:03:00.000Z' }]);
    });
    const sent: SamsynEvent = { type: 'BodyHoldReminderSent', data: { proposalId: 'p1', processId: 'VA-01', body: 'obj', heldSince: '2026-01-01T00:03:00.000Z', sentAt: 'x' } };
    spec.given([...held, proposalEscalated('p1', 'obj')]).when(sent).then((s) => expect(dueReminders(s, at('2026-02-01T00:00:00.000Z'), timings)).toEqual([]));
  });

  it('the lead time is a setting', () =>
    spec.given([processRegistered()]).when(submitted).then((s) => expect(dueReminders(s, at('2026-02-05T00:00:00.000Z'), { ...timings, reviewLeadMs: 5 * DAY })).toHaveLength(2)));
});
