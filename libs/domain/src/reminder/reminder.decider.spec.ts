import { ErrorCodes, SYSTEM_PRINCIPAL, type Principal } from '../shared';
import { DeciderSpecification } from '../testing/decider-spec';
import type { SendBodyHoldReminder, SendReviewReminder } from './reminder.commands';
import { reminderDecider } from './reminder.decider';
import type { ReminderEvent } from './reminder.events';

const spec = DeciderSpecification.for(reminderDecider);
const NOW = '2026-03-08T09:00:00.000Z';
const DEADLINE = '2026-03-10T00:00:00.000Z';
const ctx = (principal: Principal = SYSTEM_PRINCIPAL) => ({ principal, now: NOW });
const remindReview = (data: Partial<SendReviewReminder['data']> = {}, context = ctx()): SendReviewReminder => ({
  type: 'SendReviewReminder',
  data: { proposalId: 'p1', processId: 'VA-01', stakeholder: 'fsn', deadline: DEADLINE, ...data },
  context,
});
const remindHold = (data: Partial<SendBodyHoldReminder['data']> = {}): SendBodyHoldReminder => ({
  type: 'SendBodyHoldReminder',
  data: { proposalId: 'p1', processId: 'VA-01', body: 'obj', heldSince: '2026-03-01T00:00:00.000Z', ...data },
  context: ctx(),
});
const reviewReminded: ReminderEvent = { type: 'ReviewReminderSent', data: { proposalId: 'p1', processId: 'VA-01', stakeholder: 'fsn', deadline: DEADLINE, sentAt: NOW } };
const holdReminded: ReminderEvent = { type: 'BodyHoldReminderSent', data: { proposalId: 'p1', processId: 'VA-01', body: 'obj', heldSince: '2026-03-01T00:00:00.000Z', sentAt: NOW } };

describe('Reminder decider', () => {
  describe('a review reminder', () => {
    it('is sent to a missing reviewer, stamped with the instant', () => spec.given([]).when(remindReview()).then([reviewReminded]));
    it('is sent once per stakeholder and deadline', () => spec.given([reviewReminded]).when(remindReview()).thenThrows(ErrorCodes.ALREADY_REMINDED, 'fsn'));
    it('another stakeholder of the same proposal is reminded too', () =>
      spec.given([reviewReminded]).when(remindReview({ stakeholder: 'uhem' })).thenEvents((e) => expect(e.map((x) => x.data)).toMatchObject([{ stakeholder: 'uhem' }])));
    it('a new deadline (after an amendment) reminds again', () =>
      spec.given([reviewReminded]).when(remindReview({ deadline: '2026-04-10T00:00:00.000Z' })).thenEvents((e) => expect(e).toHaveLength(1)));
    it('is sent by Samsyn only, never by a person, an admin neither', () =>
      spec.given([]).when(remindReview({}, ctx({ id: 'ada', roles: [{ role: 'admin' }] }))).thenThrows(ErrorCodes.NOT_ALLOWED));
    it('refuses a deadline that is not an instant', () => spec.given([]).when(remindReview({ deadline: 'soon' })).thenThrows(ErrorCodes.INVALID_INPUT, 'deadline'));
    it('refuses an empty stakeholder', () => spec.given([]).when(remindReview({ stakeholder: ' ' })).thenThrows(ErrorCodes.INVALID_INPUT, 'stakeholder'));
  });

  describe('a hold reminder', () => {
    it('is sent to the holding body', () => spec.given([]).when(remindHold()).then([holdReminded]));
    it('is sent once per hold', () => spec.given([holdReminded]).when(remindHold()).thenThrows(ErrorCodes.ALREADY_REMINDED, 'obj'));
    it('a new hold (escalated again, later) reminds again', () =>
      spec.given([holdReminded]).when(remindHold({ body: 'adm', heldSince: '2026-03-20T00:00:00.000Z' })).thenEvents((e) => expect(e).toHaveLength(1)));
    it('a review reminder does not count as a hold reminder', () => spec.given([reviewReminded]).when(remindHold()).then([holdReminded]));
    it('refuses an empty proposal id', () => spec.given([]).when(remindHold({ proposalId: '' })).thenThrows(ErrorCodes.INVALID_INPUT, 'proposalId'));
  });
});
