import type { CommentSubject } from '@samsyn/domain/comment-thread/comment-thread.events';
import type { Language } from '@samsyn/domain/recipient/recipient.events';
import { renderReminderMail, REMINDER_TEMPLATES, type ReminderTemplate } from './reminder-templates';

export type MailTemplate =
  | { template: 'review-requested'; proposalId: string; processId: string; processName: string; stakeholder: string; reviewDeadline: string | null }
  | { template: 'decision-requested'; proposalId: string; processId: string; processName: string; body: string; withinMandate: boolean }
  | { template: 'own-proposal-changed'; proposalId: string; processId: string; processName: string; status: string }
  | { template: 'mentioned'; subject: CommentSubject; processName: string; by: string; excerpt: string; threadId: string }
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
  const sv = language === 'sv';
  if (m.template === 'mentioned') return mentionedMail(m, sv, baseUrl);
  const link = `${baseUrl.replace(/\/+$/, '')}/app/proposals/${encodeURIComponent(m.proposalId)}`;
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

/** The page the comment is on (a process's page shows its steps' threads), the thread as its anchor. */
const mentionedMail = (m: Extract<MailTemplate, { template: 'mentioned' }>, sv: boolean, baseUrl: string): { subject: string; text: string } => {
  const s = m.subject;
  const page = s.kind === 'proposal' ? `proposals/${encodeURIComponent(s.proposalId)}` : `processes/${encodeURIComponent(s.processId)}`;
  const link = `${baseUrl.replace(/\/+$/, '')}/app/${page}#comment-thread-${encodeURIComponent(m.threadId)}`;
  const process = `${s.processId} (${m.processName})`;
  const where =
    s.kind === 'proposal'
      ? { sv: `förslaget ${s.proposalId} till ${process}`, en: `proposal ${s.proposalId} for ${process}` }
      : s.kind === 'step'
        ? { sv: `steg ${s.stepId} i ${process}`, en: `step ${s.stepId} of ${process}` }
        : { sv: process, en: process };
  return sv
    ? { subject: `${m.by} nämnde dig: ${s.kind === 'proposal' ? s.proposalId : s.processId}`, text: `${m.by} nämnde dig i en kommentar om ${where.sv}:\n\n> ${m.excerpt}\n\n${link}\n` }
    : { subject: `${m.by} mentioned you: ${s.kind === 'proposal' ? s.proposalId : s.processId}`, text: `${m.by} mentioned you in a comment on ${where.en}:\n\n> ${m.excerpt}\n\n${link}\n` };
};
