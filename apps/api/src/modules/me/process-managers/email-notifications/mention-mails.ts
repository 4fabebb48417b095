import type { CommentEdited, CommentPosted } from '@samsyn/domain/comment-thread/comment-thread.events';
import type { ProjectedEvent } from '@samsyn/projections/projection';
import type { NotificationDirectory } from './notification-directory';
import { outgoing, wants, type OutgoingMail } from './outgoing-mail';

const EXCERPT = 280;

/**
 * A comment names principals: each who chose `mention` with e-mail on and has an address gets a
 * mail. An edit mails only those it names for the first time in that comment (`newMentions`).
 */
export const mentionMails = (d: NotificationDirectory, e: ProjectedEvent & (CommentPosted | CommentEdited)): OutgoingMail[] => {
  const named = e.type === 'CommentEdited' ? e.data.newMentions : e.data.mentions;
  const by = e.type === 'CommentEdited' ? e.data.editedBy : e.data.postedBy;
  const s = e.data.subject;
  const processName = d.work.processes[s.processId]?.name ?? s.processId;
  const excerpt = e.data.text.length > EXCERPT ? `${e.data.text.slice(0, EXCERPT - 1)}…` : e.data.text;
  const out: OutgoingMail[] = [];
  for (const principal of [...named].sort()) {
    const r = d.recipients[principal];
    if (wants(r, 'mention')) out.push(outgoing(e, r, { template: 'mentioned', subject: s, processName, by, excerpt, threadId: e.data.threadId }));
  }
  return out;
};
