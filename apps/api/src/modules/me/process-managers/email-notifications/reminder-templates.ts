import type { Language } from '@samsyn/domain/recipient/recipient.events';

/** The mails of reminders and review cycles (issue 14), beside the proposal mails of mail-templates.ts. */
export type ReminderTemplate =
  | { template: 'review-reminder'; proposalId: string; processId: string; processName: string; stakeholder: string; reviewDeadline: string }
  | { template: 'hold-reminder'; proposalId: string; processId: string; processName: string; body: string; heldSince: string }
  | { template: 'process-review-due'; processId: string; processName: string; dueOn: string };

export const REMINDER_TEMPLATES: ReadonlySet<string> = new Set(['review-reminder', 'hold-reminder', 'process-review-due']);

const day = (instant: string) => instant.slice(0, 10);

export const renderReminderMail = (m: ReminderTemplate, language: Language, baseUrl: string): { subject: string; text: string } => {
  const app = `${baseUrl.replace(/\/+$/, '')}/app`;
  const sv = language === 'sv';
  const process = `${m.processId} (${m.processName})`;
  switch (m.template) {
    case 'review-reminder': {
      const link = `${app}/proposals/${encodeURIComponent(m.proposalId)}`;
      return sv
        ? {
            subject: `Påminnelse: yttrande senast ${day(m.reviewDeadline)} om ${m.proposalId} (${m.processId})`,
            text: `Förslaget ${m.proposalId} till ${process} väntar fortfarande på yttrande från ${m.stakeholder}. Svara senast ${m.reviewDeadline}; därefter eskaleras förslaget.\n\n${link}\n`,
          }
        : {
            subject: `Reminder: review ${m.proposalId} (${m.processId}) by ${day(m.reviewDeadline)}`,
            text: `Proposal ${m.proposalId} for ${process} still awaits the review of ${m.stakeholder}. Please answer by ${m.reviewDeadline}; after that the proposal is escalated.\n\n${link}\n`,
          };
    }
    case 'hold-reminder': {
      const link = `${app}/proposals/${encodeURIComponent(m.proposalId)}`;
      return sv
        ? { subject: `Påminnelse: beslut om ${m.proposalId} (${m.processId})`, text: `Förslaget ${m.proposalId} till ${process} har legat hos ${m.body} för beslut sedan ${day(m.heldSince)}.\n\n${link}\n` }
        : { subject: `Reminder: decide ${m.proposalId} (${m.processId})`, text: `Proposal ${m.proposalId} for ${process} has been held by ${m.body} for a decision since ${day(m.heldSince)}.\n\n${link}\n` };
    }
    case 'process-review-due': {
      const link = `${app}/processes/${encodeURIComponent(m.processId)}`;
      return sv
        ? {
            subject: `Dags att se över ${m.processId} (${m.processName})`,
            text: `Översynen av ${process} förföll ${m.dueOn}. Lämna ett ändringsförslag eller registrera "granskad, ingen ändring" med en kommentar.\n\n${link}\n`,
          }
        : {
            subject: `${m.processId} (${m.processName}) is due for review`,
            text: `The review of ${process} fell due on ${m.dueOn}. Submit a change proposal or record "reviewed, no change" with a comment.\n\n${link}\n`,
          };
    }
  }
};
