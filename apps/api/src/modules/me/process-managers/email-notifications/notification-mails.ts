import { levelRank } from '@samsyn/domain/governance-body/governance-level';
import { isReviewerOf } from '@samsyn/domain/shared/principal';
import type { ProjectedEvent } from '@samsyn/projections/projection';
import type { MailTemplate } from './mail-templates';
import { outgoing, wants, type OutgoingMail } from './outgoing-mail';
import { mentionMails } from './mention-mails';
import type { NotificationDirectory, Recipient } from './notification-directory';
import { reminderMailsFor } from './reminder-mails';

export type { OutgoingMail } from './outgoing-mail';

const OWN_PROPOSAL_STATUSES = new Set(['escalated', 'rejected', 'applied', 'conflicted']);

/**
 * The mails one event causes, given the directory already folded over that event. Pure: the
 * notifier sends them; a replay of the same history yields the same mails with the same ids.
 */
export const mailsFor = (d: NotificationDirectory, e: ProjectedEvent): OutgoingMail[] => {
  if (e.type === 'CommentPosted' || e.type === 'CommentEdited') return mentionMails(d, e);
  const reminders = reminderMailsFor(d, e);
  if (reminders) return reminders;
  const proposalId = (e.data as { id?: unknown }).id;
  if (typeof proposalId !== 'string' || !e.type.startsWith('Proposal')) return [];
  const p = d.work.proposals[proposalId];
  if (!p) return [];
  const processName = d.work.processes[p.processId]?.name ?? p.processId;
  const base = { proposalId: p.id, processId: p.processId, processName };
  const out: OutgoingMail[] = [];
  const add = (r: Recipient & { address: string }, mail: MailTemplate) => out.push(outgoing(e, r, mail));
  const recipients = Object.values(d.recipients).sort((a, b) => a.principal.localeCompare(b.principal));

  if (e.type === 'ProposalSubmitted' || e.type === 'ProposalAmended') {
    for (const r of recipients) {
      if (!wants(r, 'review')) continue;
      const stakeholder = p.reviewers.find((s) => isReviewerOf({ id: r.principal, roles: r.roles }, s));
      if (stakeholder) add(r, { template: 'review-requested', ...base, stakeholder, reviewDeadline: p.reviewDeadline });
    }
  }
  if (e.type === 'ProposalEscalated' && p.heldBy) {
    const body = d.work.bodies[p.heldBy];
    for (const member of body?.members ?? []) {
      const r = d.recipients[member];
      if (wants(r, 'decision')) add(r, { template: 'decision-requested', ...base, body: body.name, withinMandate: levelRank(body.level) >= levelRank(p.requiredLevel) });
    }
  }
  if (OWN_PROPOSAL_STATUSES.has(p.status) && p.statusPosition === e.position.toString()) {
    const r = d.recipients[p.submittedBy];
    if (wants(r, 'own-proposal') && !out.some((m) => m.recipient.principal === r.principal)) add(r, { template: 'own-proposal-changed', ...base, status: p.status });
  }
  return out;
};
