import type { DomainEvent } from '../shared';

/** What a thread is about: a process, one step of a process, or a proposal (with its process). */
export type CommentSubject =
  | { kind: 'process'; processId: string }
  | { kind: 'step'; processId: string; stepId: string }
  | { kind: 'proposal'; proposalId: string; processId: string };

export type CommentThreadStarted = DomainEvent<'CommentThreadStarted', { threadId: string; subject: CommentSubject; startedBy: string }>;

/**
 * A comment of the thread (the first one starts it). `mentions` are the principals the text names
 * with `@id` that the directory knew, the author left out. `subject` is repeated so a consumer of
 * one event (the notifier, a webhook) knows where the comment is without the thread's first event.
 */
export type CommentPosted = DomainEvent<
  'CommentPosted',
  { threadId: string; subject: CommentSubject; commentId: string; text: string; mentions: string[]; postedBy: string }
>;

/** A new text of a comment: the earlier texts stay in the history. `newMentions`: named now and never before in this comment. */
export type CommentEdited = DomainEvent<
  'CommentEdited',
  { threadId: string; subject: CommentSubject; commentId: string; text: string; mentions: string[]; newMentions: string[]; editedBy: string }
>;

export type CommentThreadResolved = DomainEvent<'CommentThreadResolved', { threadId: string; resolvedBy: string }>;
export type CommentThreadReopened = DomainEvent<'CommentThreadReopened', { threadId: string; reopenedBy: string }>;

export type CommentThreadEvent = CommentThreadStarted | CommentPosted | CommentEdited | CommentThreadResolved | CommentThreadReopened;

export const COMMENT_THREAD_EVENT_TYPES: readonly CommentThreadEvent['type'][] = [
  'CommentThreadStarted',
  'CommentPosted',
  'CommentEdited',
  'CommentThreadResolved',
  'CommentThreadReopened',
];
