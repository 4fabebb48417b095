import type { CommentSubject } from './comment-thread.events';

export interface CommentState {
  author: string;
  text: string;
  /** Every principal any version of the comment mentioned (a mention is notified once). */
  everMentioned: string[];
}

export interface CommentThreadState {
  /** null until started. */
  id: string | null;
  subject: CommentSubject | null;
  startedBy: string | null;
  status: 'open' | 'resolved' | null;
  /** By comment id ("1", "2", … in order of posting). */
  comments: Record<string, CommentState>;
  count: number;
}
