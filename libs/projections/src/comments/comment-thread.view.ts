import type { CommentSubject } from '@samsyn/domain/comment-thread/comment-thread.events';

/** An earlier text of a comment, as it stood until the next edit. */
export interface CommentVersion {
  text: string;
  mentions: string[];
  at: string;
  by: string;
}

export interface CommentView {
  id: string;
  author: string;
  text: string;
  mentions: string[];
  postedAt: string;
  /** Global position of the event that posted it (decimal string). */
  position: string;
  /** The instant of the latest edit; null: never edited ("redigerad" in the web application). */
  editedAt: string | null;
  /** The earlier texts, oldest first (empty: never edited). */
  history: CommentVersion[];
}

export interface CommentThreadView {
  id: string;
  subject: CommentSubject;
  status: 'open' | 'resolved';
  startedBy: string;
  startedAt: string;
  /** Who resolved it and when, while it is resolved. */
  resolved: { by: string; at: string } | null;
  comments: CommentView[];
}

/** A principal was named in a comment: a `mention` task until it has seen it (docs/comments.md). */
export interface MentionFact {
  threadId: string;
  commentId: string;
  subject: CommentSubject;
  by: string;
  at: string;
  position: string;
}

/** GET /processes/:id/comments, GET /proposals/:id/comments. */
export interface CommentsView {
  subject: { kind: 'process' | 'proposal'; id: string };
  threads: CommentThreadView[];
  counts: { threads: number; open: number; comments: number };
}
