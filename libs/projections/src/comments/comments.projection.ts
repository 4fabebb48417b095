import type { CommentSubject } from '@samsyn/domain/comment-thread/comment-thread.events';
import { dict, toDict } from '@samsyn/domain/shared/dict';
import type { Projection } from '../projection';
import type { CommentThreadView, MentionFact } from './comment-thread.view';

export interface CommentsState {
  threads: Record<string, CommentThreadView>;
  /** Thread ids by subject key (subjectKey), in order of starting: a process's threads include its steps'. */
  bySubject: Record<string, string[]>;
  /** Every mention of a principal, oldest first. */
  mentions: Record<string, MentionFact[]>;
}

/** Threads on a step belong to its process's comments; a proposal's are its own. */
export const subjectKey = (s: CommentSubject | { kind: 'process' | 'proposal'; id: string }): string =>
  'id' in s ? `${s.kind}:${s.id}` : s.kind === 'proposal' ? `proposal:${s.proposalId}` : `process:${s.processId}`;

const mention = (s: CommentsState, principals: string[], fact: MentionFact): void => {
  for (const p of principals) (s.mentions[p] ??= []).push(fact);
};

/** Comment threads with every version of every comment, and who was mentioned where. */
export const commentsProjection: Projection<CommentsState> = {
  name: 'comments',
  version: 1,
  eventTypes: ['CommentThreadStarted', 'CommentPosted', 'CommentEdited', 'CommentThreadResolved', 'CommentThreadReopened'],
  initialState: () => ({ threads: dict(), bySubject: dict(), mentions: dict() }),
  revive: (s) => ({ threads: toDict(s.threads), bySubject: toDict(s.bySubject), mentions: toDict(s.mentions) }),
  apply(s, e) {
    const at = e.metadata.occurredAt;
    switch (e.type) {
      case 'CommentThreadStarted': {
        const { threadId, subject, startedBy } = e.data;
        s.threads[threadId] = { id: threadId, subject, status: 'open', startedBy, startedAt: at, resolved: null, comments: [] };
        (s.bySubject[subjectKey(subject)] ??= []).push(threadId);
        break;
      }
      case 'CommentPosted': {
        const t = s.threads[e.data.threadId];
        if (!t) break;
        const { commentId, postedBy, text, mentions } = e.data;
        t.comments.push({ id: commentId, author: postedBy, text, mentions, postedAt: at, position: e.position.toString(), editedAt: null, history: [] });
        mention(s, mentions, { threadId: t.id, commentId, subject: t.subject, by: postedBy, at, position: e.position.toString() });
        break;
      }
      case 'CommentEdited': {
        const c = s.threads[e.data.threadId]?.comments.find((x) => x.id === e.data.commentId);
        if (!c) break;
        c.history.push({ text: c.text, mentions: c.mentions, at: c.editedAt ?? c.postedAt, by: c.author });
        Object.assign(c, { text: e.data.text, mentions: e.data.mentions, editedAt: at });
        mention(s, e.data.newMentions, { threadId: e.data.threadId, commentId: c.id, subject: e.data.subject, by: e.data.editedBy, at, position: e.position.toString() });
        break;
      }
      case 'CommentThreadResolved': {
        const t = s.threads[e.data.threadId];
        if (t) Object.assign(t, { status: 'resolved', resolved: { by: e.data.resolvedBy, at } });
        break;
      }
      case 'CommentThreadReopened': {
        const t = s.threads[e.data.threadId];
        if (t) Object.assign(t, { status: 'open', resolved: null });
        break;
      }
    }
    return s;
  },
};
