import type { Language } from '@samsyn/domain/recipient/recipient.events';
import { renderReminderMail, REMINDER_TEMPLATES, type ReminderTemplate } from './reminder-templates';

export type MailTemplate =
  | { template: 'review-requested'; proposalId: string; processId: string; processName: string; stakeholder: string; reviewDeadline: string | null }
  | { template: 'decision-requested'; proposalId: string; processId: string; processName: string; body: string; withinMandate: boolean }
  | { template: 'own-proposal-changed'; proposalId: string; processId: string; processName: string; status: string }
  | ReminderTemplate;

const isReminder = (m: MailTemplate): m is ReminderTemplate => REMINDER_TEMPLATES.has(m.template);

const STATUS: Record<string, Record<Language, string>> = {
  escalated: { sv: 'eskalerats', en: 'been escalated' },
  rejected: { sv: 'avslagits', en: 'been rejected' },
  applied: { sv: 'genomförts', en: 'been applied' },
  conflicted: { sv: 'krockat med en nyare revision och behöver ändras', en: 'conflicted with a newer revision and needs an amendment' },
};

/** Subject and plain text of a mail in the recipient's language, with a link into the web application. */
export const renderMail = (m: MailTemplate, language: Language, baseUrl: string): { subject: string; text: string } => {
  if (isReminder(m)) return renderReminderMail(m, language, baseUrl);
  const link = `${baseUrl.replace(/\/+$/, '')}/app/proposals/${encodeURIComponent(m.proposalId)}`;
  const sv = language === 'sv';
  const process = `${m.processId} (${m.processName})`;
  switch (m.template) {
    case 'review-requested': {
      const deadline = m.reviewDeadline ? (sv ? ` Svara senast ${m.reviewDeadline}.` : ` Please answer by ${m.reviewDeadline}.`) : '';
      return sv
        ? { subject: `Yttrande begärt: ${m.proposalId} (${m.processId})`, text: `Förslaget ${m.proposalId} till ${process} väntar på yttrande från ${m.stakeholder}.${deadline}\n\n${link}\n` }
        : { subject: `Review requested: ${m.proposalId} (${m.processId})`, text: `Proposal ${m.proposalId} for ${process} awaits the review of ${m.stakeholder}.${deadline}\n\n${link}\n` };
    }
    case 'decision-requested': {
      const mandate = m.withinMandate ? '' : sv ? ' Beslutet ligger utanför styrgruppens mandat: eskalera det.' : " The decision is beyond the body's mandate: escalate it.";
      return sv
        ? { subject: `Beslut begärt: ${m.proposalId} (${m.processId})`, text: `Förslaget ${m.proposalId} till ${process} ligger hos ${m.body} för beslut.${mandate}\n\n${link}\n` }
        : { subject: `Decision requested: ${m.proposalId} (${m.processId})`, text: `Proposal ${m.proposalId} for ${process} is held by ${m.body} for a decision.${mandate}\n\n${link}\n` };
    }
    case 'own-proposal-changed': {
      const words = STATUS[m.status] ?? { sv: m.status, en: m.status };
      return sv
        ? { subject: `Ditt förslag ${m.proposalId} har ${words.sv}`, text: `Ditt förslag ${m.proposalId} till ${process} har ${words.sv}.\n\n${link}\n` }
        : { subject: `Your proposal ${m.proposalId} has ${words.en}`, text: `Your proposal ${m.proposalId} for ${process} has ${words.en}.\n\n${link}\n` };
    }
  }
};
