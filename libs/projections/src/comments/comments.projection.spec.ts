import type { CommentSubject } from '@samsyn/domain/comment-thread/comment-thread.events';
import { sqliteEventStore } from '@samsyn/store-sqlite';
import { mentionTasks } from '../my-work/mention-tasks';
import type { SamsynEvent } from '../projection';
import { ProjectionQueries } from '../queries/projection-queries';
import { HistoryWriter } from '../testing/history-writer';
import { projectionSpec } from '../testing/projection-spec';
import { commentsOn } from './comments.queries';
import { commentsProjection } from './comments.projection';

const spec = projectionSpec(commentsProjection);
const onProcess: CommentSubject = { kind: 'process', processId: 'VA-01' };
const onStep: CommentSubject = { kind: 'step', processId: 'VA-01', stepId: 's1' };
const onProposal: CommentSubject = { kind: 'proposal', proposalId: 'p1', processId: 'VA-01' };
const started = (threadId: string, subject: CommentSubject = onProcess): SamsynEvent => ({ type: 'CommentThreadStarted', data: { threadId, subject, startedBy: 'rita' } });
const posted = (threadId: string, commentId: string, text: string, mentions: string[] = [], subject: CommentSubject = onProcess, postedBy = 'rita'): SamsynEvent => ({
  type: 'CommentPosted',
  data: { threadId, subject, commentId, text, mentions, postedBy },
});
const edited = (text: string, mentions: string[] = [], newMentions: string[] = []): SamsynEvent => ({
  type: 'CommentEdited',
  data: { threadId: 't1', subject: onProcess, commentId: '1', text, mentions, newMentions, editedBy: 'rita' },
});

describe('comments projection (given events, when one more, then the threads)', () => {
  it('a started thread with its first comment, open, at the instant and position of the posting', () =>
    spec.given([started('t1')]).when(posted('t1', '1', 'Hur?', ['anna'])).then((s) => {
      expect(s.threads.t1).toEqual({
        id: 't1',
        subject: onProcess,
        status: 'open',
        startedBy: 'rita',
        startedAt: '2026-01-01T00:00:00.000Z',
        resolved: null,
        comments: [{ id: '1', author: 'rita', text: 'Hur?', mentions: ['anna'], postedAt: '2026-01-01T00:01:00.000Z', position: '2', editedAt: null, history: [] }],
      });
      expect(s.mentions.anna).toEqual([{ threadId: 't1', commentId: '1', subject: onProcess, by: 'rita', at: '2026-01-01T00:01:00.000Z', position: '2' }]);
    }));

  it('an edit keeps the earlier text in the history and mentions only the newly named', () =>
    spec.given([started('t1'), posted('t1', '1', 'Hur @anna?', ['anna'])]).when(edited('Hur @anna och @olle?', ['anna', 'olle'], ['olle'])).then((s) => {
      expect(s.threads.t1.comments[0]).toMatchObject({ text: 'Hur @anna och @olle?', editedAt: '2026-01-01T00:02:00.000Z', history: [{ text: 'Hur @anna?', mentions: ['anna'], at: '2026-01-01T00:01:00.000Z', by: 'rita' }] });
      expect(s.mentions.anna).toHaveLength(1);
      expect(s.mentions.olle).toEqual([expect.objectContaining({ position: '3' })]);
    }));

  it('a second edit dates the first edit text by that edit', () =>
    spec.given([started('t1'), posted('t1', '1', 'a'), edited('b')]).when(edited('c')).then((s) =>
      expect(s.threads.t1.comments[0].history.map((v) => [v.text, v.at])).toEqual([['a', '2026-01-01T00:01:00.000Z'], ['b', '2026-01-01T00:02:00.000Z']])));

  it('resolved says by whom and when; reopened clears it', () => {
    const resolved: SamsynEvent = { type: 'CommentThreadResolved', data: { threadId: 't1', resolvedBy: 'anna' } };
    spec.given([started('t1')]).when(resolved).then((s) => expect(s.threads.t1).toMatchObject({ status: 'resolved', resolved: { by: 'anna', at: '2026-01-01T00:01:00.000Z' } }));
    spec.given([started('t1'), resolved]).when({ type: 'CommentThreadReopened', data: { threadId: 't1', reopenedBy: 'anna' } }).then((s) => expect(s.threads.t1).toMatchObject({ status: 'open', resolved: null }));
  });

  it("a process's comments include its steps' threads; a proposal's are its own", () =>
    spec.given([started('t1'), started('t2', onStep), started('t3', onProposal)]).when(posted('t3', '1', 'x', [], onProposal)).then((s) => {
      expect(commentsOn(s, { kind: 'process', id: 'VA-01' }).threads.map((t) => t.id)).toEqual(['t1', 't2']);
      expect(commentsOn(s, { kind: 'proposal', id: 'p1' })).toMatchObject({ threads: [{ id: 't3' }], counts: { threads: 1, open: 1, comments: 1 } });
      expect(commentsOn(s, { kind: 'proposal', id: 'constructor' }).threads).toEqual([]);
    }));

  it('a hostile thread id is an entry like any other', () =>
    spec.given([started('__proto__')]).when(posted('__proto__', '1', 'x')).then((s) => expect(s.threads['__proto__'].comments).toHaveLength(1)));

  it('a comment in a thread it never saw started changes nothing', () => spec.given([]).when(posted('t9', '1', 'x', ['anna'])).thenUnchanged());

  it('mention tasks: each mention after seenUpTo, with the thread, comment and a link to the comments', () =>
    spec.given([started('t1'), posted('t1', '1', 'x', ['anna']), started('t2', onStep)]).when(posted('t2', '1', 'y', ['anna'], onStep, 'olle')).then((s) => {
      const tasks = mentionTasks(s, { id: 'anna', roles: [] }, 0n);
      expect(tasks.map((t) => [t.thread, t.comment, t.link, t.step, t.why.code])).toEqual([
        ['t1', '1', '/processes/VA-01/comments', undefined, 'MENTIONED_IN_COMMENT'],
        ['t2', '1', '/processes/VA-01/comments', 's1', 'MENTIONED_IN_COMMENT'],
      ]);
      expect(tasks[1].why.en).toBe('olle mentioned you in a comment on step s1 of VA-01.');
      expect(mentionTasks(s, { id: 'anna', roles: [] }, 2n).map((t) => t.thread)).toEqual(['t2']);
      expect(mentionTasks(s, { id: 'olle', roles: [] }, 0n)).toEqual([]);
    }));
});

describe('comments over a stored history, live and as of a past position', () => {
  const store = sqliteEventStore({ path: ':memory:' });
  const q = new ProjectionQueries({ store });
  const marks: Record<string, bigint> = {};

  beforeAll(async () => {
    const w = new HistoryWriter(store);
    await w.emit('comment-thread-t1', started('t1', onProposal));
    marks.posted = await w.emit('comment-thread-t1', posted('t1', '1', 'Varför @anna?', ['anna'], onProposal));
    await w.emit('comment-thread-t1', { type: 'CommentEdited', data: { threadId: 't1', subject: onProposal, commentId: '1', text: 'Varför?', mentions: [], newMentions: [], editedBy: 'rita' } });
    await w.emit('comment-thread-t1', { type: 'CommentThreadResolved', data: { threadId: 't1', resolvedBy: 'rita' } });
  });
  afterAll(() => store.close());

  it('now: edited and resolved', async () => {
    const now = await q.comments({ kind: 'proposal', id: 'p1' }, undefined);
    expect(now.threads[0]).toMatchObject({ status: 'resolved', comments: [{ text: 'Varför?', history: [{ text: 'Varför @anna?' }] }] });
  });

  it('as of the posting: the first text, open, and anna had a mention to see', async () => {
    const then = await q.comments({ kind: 'proposal', id: 'p1' }, { position: marks.posted });
    expect(then.threads[0]).toMatchObject({ status: 'open', comments: [{ text: 'Varför @anna?', editedAt: null, history: [] }] });
    expect((await q.myTasks({ id: 'anna', roles: [] }, {}, { position: marks.posted - 1n })).counts.mention).toBe(0);
    expect((await q.myTasks({ id: 'anna', roles: [] }, {}, { position: marks.posted })).tasks).toEqual([expect.objectContaining({ kind: 'mention', resource: { kind: 'proposal', id: 'p1' }, link: '/proposals/p1/comments' })]);
    expect((await q.myTasks({ id: 'anna', roles: [] }, { seenUpTo: marks.posted })).counts.mention).toBe(0);
  });
});
