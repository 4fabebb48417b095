import type { ReadModelQueries } from '../read-model-queries.port';
import type { ReadModelReader } from '../queries/read-model-reader';
import type { CommentsView } from './comment-thread.view';
import { commentsProjection, subjectKey, type CommentsState } from './comments.projection';

/** The threads on a process (its steps' too) or on a proposal, oldest first. */
export const commentsOn = (state: CommentsState, subject: CommentsView['subject']): CommentsView => {
  const threads = (state.bySubject[subjectKey(subject)] ?? []).map((id) => state.threads[id]);
  return {
    subject,
    threads,
    counts: { threads: threads.length, open: threads.filter((t) => t.status === 'open').length, comments: threads.reduce((n, t) => n + t.comments.length, 0) },
  };
};

export const commentQueries = (read: ReadModelReader): Pick<ReadModelQueries, 'comments' | 'commentThread'> => ({
  async comments(subject, asOf) {
    return commentsOn(await read.state(commentsProjection, asOf), subject);
  },
  async commentThread(id, asOf) {
    return (await read.state(commentsProjection, asOf)).threads[id] ?? null;
  },
});
