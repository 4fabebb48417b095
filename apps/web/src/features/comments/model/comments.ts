/** GET /processes/:id/comments, GET /proposals/:id/comments (docs/comments.md). */
export type CommentSubject =
  | { kind: 'process'; processId: string }
  | { kind: 'step'; processId: string; stepId: string }
  | { kind: 'proposal'; proposalId: string; processId: string };

export interface CommentVersion {
  text: string;
  mentions: string[];
  at: string;
  by: string;
}

export interface Comment {
  id: string;
  author: string;
  text: string;
  mentions: string[];
  postedAt: string;
  position: string;
  editedAt: string | null;
  history: CommentVersion[];
}

export interface CommentThread {
  id: string;
  subject: CommentSubject;
  status: 'open' | 'resolved';
  startedBy: string;
  startedAt: string;
  resolved: { by: string; at: string } | null;
  comments: Comment[];
}

export interface Comments {
  subject: { kind: 'process' | 'proposal'; id: string };
  threads: CommentThread[];
  counts: { threads: number; open: number; comments: number };
}

/** Where the panel is: a process (its threads, then each step's) or a proposal. */
export type CommentsTarget = { kind: 'process'; id: string } | { kind: 'proposal'; id: string };

/** The step a thread is on, or null for the process or proposal itself. */
export const stepOf = (t: CommentThread): string | null => (t.subject.kind === 'step' ? t.subject.stepId : null);

/** The anchor a mention's link and e-mail point at (docs/comments.md). */
export const threadAnchor = (threadId: string): string => `comment-thread-${threadId}`;
