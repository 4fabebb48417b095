import { isReviewerOf } from '@samsyn/domain/shared/principal';
import type { ProjectedEvent } from '@samsyn/projections/projection';
import type { NotificationDirectory, Recipient } from './notification-directory';
import { outgoing, wants, type OutgoingMail } from './outgoing-mail';

/**
 * The mails of a reminder or a review-due notice, given the directory folded over it. A review
 * reminder goes to the principals reviewing for the reminded organisation ("review" mail on), a
 * hold reminder to the holding body's members ("decision"), a due review to its owner ("process-review").
 * Null for any other event.
 */
export const reminderMailsFor = (d: NotificationDirectory, e: ProjectedEvent): OutgoingMail[] | null => {
  const out: OutgoingMail[] = [];
  const add = (r: Recipient & { address: string }, mail: OutgoingMail['mail']) => out.push(outgoing(e, r, mail));
  const nameOf = (processId: string) => d.work.processes[processId]?.name ?? processId;
  switch (e.type) {
    case 'ReviewReminderSent': {
      const base = { proposalId: e.data.proposalId, processId: e.data.processId, processName: nameOf(e.data.processId) };
      for (const r of Object.values(d.recipients).sort((a, b) => a.principal.localeCompare(b.principal))) {
        if (wants(r, 'review') && isReviewerOf({ id: r.principal, roles: r.roles }, e.data.stakeholder)) {
          add(r, { template: 'review-reminder', ...base, stakeholder: e.data.stakeholder, reviewDeadline: e.data.deadline });
        }
      }
      return out;
    }
    case 'BodyHoldReminderSent': {
      const body = d.work.bodies[e.data.body];
      const base = { proposalId: e.data.proposalId, processId: e.data.processId, processName: nameOf(e.data.processId) };
      for (const member of body?.members ?? []) {
        const r = d.recipients[member];
        if (wants(r, 'decision')) add(r, { template: 'hold-reminder', ...base, body: body.name, heldSince: e.data.heldSince });
      }
      return out;
    }
    case 'ProcessReviewDue': {
      const r = d.recipients[e.data.owner];
      if (wants(r, 'process-review')) add(r, { template: 'process-review-due', processId: e.data.processId, processName: nameOf(e.data.processId), dueOn: e.data.dueOn });
      return out;
    }
    default:
      return null;
  }
};
