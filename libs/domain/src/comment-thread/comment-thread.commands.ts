import type { DomainCommand } from '../shared';
import type { CommentSubject } from './comment-thread.events';

/**
 * What the use case read for the decision, passed in so the decider stays pure: the subject's
 * process as it now is (null: the subject does not exist), the members of every governance body,
 * and which of the principals the text mentions the directory knows.
 */
export interface CommentAccess {
  process: { participants: string[]; owner: { principal: string; stakeholder: string } | null; steps: string[] } | null;
  bodyMembers: string[];
  knownPrincipals: string[];
}

export type StartCommentThread = DomainCommand<'StartCommentThread', { threadId: string; subject: CommentSubject; text: string; access: CommentAccess }>;
export type ReplyToCommentThread = DomainCommand<'ReplyToCommentThread', { threadId: string; text: string; access: CommentAccess }>;
export type EditComment = DomainCommand<'EditComment', { threadId: string; commentId: string; text: string; access: CommentAccess }>;
export type ResolveCommentThread = DomainCommand<'ResolveCommentThread', { threadId: string; access: CommentAccess }>;
export type ReopenCommentThread = DomainCommand<'ReopenCommentThread', { threadId: string; access: CommentAccess }>;

export type CommentThreadCommand = StartCommentThread | ReplyToCommentThread | EditComment | ResolveCommentThread | ReopenCommentThread;
