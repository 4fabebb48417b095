import { ErrorCodes, type Principal } from '../shared';
import { DeciderSpecification } from '../testing/decider-spec';
import type { CommentAccess, CommentThreadCommand } from './comment-thread.commands';
import { commentThreadDecider } from './comment-thread.decider';
import type { CommentSubject, CommentThreadEvent } from './comment-thread.events';
import { commentThreadStream } from './comment-thread.stream';
import { COMMENT_BOUNDS, parseMentions } from './mentions';

const spec = DeciderSpecification.for(commentThreadDecider);
const NOW = '2026-03-01T09:00:00.000Z';
const ANNA: Principal = { id: 'anna', roles: [{ role: 'process-owner', stakeholder: 'ksn' }] };
const RITA: Principal = { id: 'rita', roles: [{ role: 'reviewer', stakeholder: 'uh' }] };
const OLLE: Principal = { id: 'olle', roles: [] }; // a member of a governance body, no role
const ADA: Principal = { id: 'ada', roles: [{ role: 'admin' }] };
const AUDREY: Principal = { id: 'audrey', roles: [{ role: 'auditor' }] };
const OTTO: Principal = { id: 'otto', roles: [{ role: 'process-owner', stakeholder: 'other' }] };
const OWNER: Principal = { id: 'karin', roles: [] }; // the process's owner, by name
const as = (principal: Principal) => ({ principal, now: NOW });

const access: CommentAccess = {
  process: { participants: ['ksn', 'uh'], owner: { principal: 'karin', stakeholder: 'ksn' }, steps: ['s1', 's2'] },
  bodyMembers: ['olle'],
  knownPrincipals: ['anna', 'rita', 'olle', 'karin'],
};
const onProcess: CommentSubject = { kind: 'process', processId: 'LF-01' };

const startCmd = (text = 'Hur tolkar @rita steg 2?', principal = RITA, subject: CommentSubject = onProcess, a: CommentAccess = access): CommentThreadCommand => ({
  type: 'StartCommentThread',
  data: { threadId: 't1', subject, text, access: a },
  context: as(principal),
});
const replyCmd = (text: string, principal = ANNA, a: CommentAccess = access): CommentThreadCommand => ({ type: 'ReplyToCommentThread', data: { threadId: 't1', text, access: a }, context: as(principal) });
const editCmd = (text: string, principal = RITA, commentId = '1'): CommentThreadCommand => ({ type: 'EditComment', data: { threadId: 't1', commentId, text, access }, context: as(principal) });
const resolveCmd = (principal: Principal, type: 'ResolveCommentThread' | 'ReopenCommentThread' = 'ResolveCommentThread'): CommentThreadCommand => ({ type, data: { threadId: 't1', access }, context: as(principal) });

const started: CommentThreadEvent = { type: 'CommentThreadStarted', data: { threadId: 't1', subject: onProcess, startedBy: 'rita' } };
const posted = (text: string, mentions: string[] = [], commentId = '1', postedBy = 'rita'): CommentThreadEvent => ({
  type: 'CommentPosted',
  data: { threadId: 't1', subject: onProcess, commentId, text, mentions, postedBy },
});
const thread = [started, posted('Hur tolkar vi steg 2?')];
const resolved: CommentThreadEvent = { type: 'CommentThreadResolved', data: { threadId: 't1', resolvedBy: 'rita' } };

describe('CommentThread decider', () => {
  describe('start a thread', () => {
    it('a reviewer of a participant starts a thread on a process: the thread and its first comment', () =>
      spec.given([]).when(startCmd('Hur tolkar vi steg 2?')).then(thread));
    it('on a step of the process, or on a proposal', () => {
      spec.given([]).when(startCmd('x', RITA, { kind: 'step', processId: 'LF-01', stepId: 's2' })).thenEvents((e) => expect(e[0].data).toMatchObject({ subject: { kind: 'step', stepId: 's2' } }));
      spec.given([]).when(startCmd('x', RITA, { kind: 'proposal', proposalId: 'P-1', processId: 'LF-01' })).thenEvents((e) => expect(e[1].data).toMatchObject({ subject: { kind: 'proposal', proposalId: 'P-1' } }));
    });
    it('refuses a step the process does not have, and a subject that does not exist', () => {
      spec.given([]).when(startCmd('x', RITA, { kind: 'step', processId: 'LF-01', stepId: 's9' })).thenThrows(ErrorCodes.NOT_FOUND, 's9');
      spec.given([]).when(startCmd('x', RITA, onProcess, { ...access, process: null })).thenThrows(ErrorCodes.NOT_FOUND);
    });
    it('refuses a subject of no known kind', () =>
      spec.given([]).when(startCmd('x', RITA, { kind: 'board' } as never)).thenThrows(ErrorCodes.INVALID_INPUT));
    it('refuses a thread id already taken', () => spec.given(thread).when(startCmd()).thenThrows(ErrorCodes.ALREADY_EXISTS));
    it('refuses a thread id that is not a plain id', () =>
      spec.given([]).when({ ...startCmd(), data: { ...(startCmd().data as object), threadId: '../x' } } as CommentThreadCommand).thenThrows(ErrorCodes.INVALID_INPUT));
  });

  describe('who may comment', () => {
    it.each([
      ['a process owner of a participant', ANNA],
      ['a reviewer of a participant', RITA],
      ['a member of a governance body', OLLE],
      ['an admin', ADA],
    ])('%s may', (_, principal) => spec.given([]).when(startCmd('x', principal)).thenEvents((e) => expect(e).toHaveLength(2)));
    it.each([
      ['an auditor (reads only)', AUDREY],
      ['a process owner of an organisation that does not take part', OTTO],
    ])('%s may not', (_, principal) => {
      spec.given([]).when(startCmd('x', principal)).thenThrows(ErrorCodes.NOT_ALLOWED);
      spec.given(thread).when(replyCmd('x', principal)).thenThrows(ErrorCodes.NOT_ALLOWED);
    });
  });

  describe('reply', () => {
    it('appends the next comment, numbered in order', () =>
      spec.given([...thread, posted('svar', [], '2', 'anna')]).when(replyCmd('ett till')).then([posted('ett till', [], '3', 'anna')]));
    it('refuses a thread that does not exist', () => spec.given([]).when(replyCmd('x')).thenThrows(ErrorCodes.NOT_FOUND));
    it('refuses a resolved thread: reopen it first', () => spec.given([...thread, resolved]).when(replyCmd('x')).thenThrows(ErrorCodes.THREAD_RESOLVED));
  });

  describe('text and mentions', () => {
    it('the text is trimmed; an empty text or one past the bound is refused', () => {
      spec.given(thread).when(replyCmd('  ja  ')).then([posted('ja', [], '2', 'anna')]);
      spec.given(thread).when(replyCmd('   ')).thenThrows(ErrorCodes.INVALID_INPUT, 'non-empty');
      spec.given(thread).when(replyCmd('x'.repeat(COMMENT_BOUNDS.maxText + 1))).thenThrows(ErrorCodes.INVALID_INPUT, `${COMMENT_BOUNDS.maxText}`);
      spec.given(thread).when(replyCmd('x'.repeat(COMMENT_BOUNDS.maxText))).thenEvents((e) => expect(e).toHaveLength(1));
      spec.given(thread).when(replyCmd(42 as never)).thenThrows(ErrorCodes.INVALID_INPUT);
    });
    it('mentions are the known principals named with @, once each; unknown names stay plain text; the author is no mention', () =>
      spec.given(thread).when(replyCmd('@rita och @olle, se @rita. @nobody @anna')).then([posted('@rita och @olle, se @rita. @nobody @anna', ['rita', 'olle'], '2', 'anna')]));
    it(`at most ${COMMENT_BOUNDS.maxMentions} mentions`, () => {
      const many = Array.from({ length: COMMENT_BOUNDS.maxMentions + 1 }, (_, i) => `p${i}`);
      spec.given(thread).when(replyCmd(many.map((p) => `@${p}`).join(' '), ANNA, { ...access, knownPrincipals: many })).thenThrows(ErrorCodes.INVALID_INPUT, 'mentions');
    });
    it('parses ids: an e-mail address is no mention, a trailing dot ends one', () => {
      expect(parseMentions('mejla anna@kommun.se eller @rita. (@ulf.berg) @a')).toEqual(['rita', 'ulf.berg', 'a']);
      expect(parseMentions('@')).toEqual([]);
    });
  });

  describe('edit', () => {
    it('the author edits its own comment: a new event with the new text (the old one stays in the history)', () =>
      spec.given(thread).when(editCmd('Hur tolkar vi steg 3?')).then([
        { type: 'CommentEdited', data: { threadId: 't1', subject: onProcess, commentId: '1', text: 'Hur tolkar vi steg 3?', mentions: [], newMentions: [], editedBy: 'rita' } },
      ]));
    it('a mention added by the edit is new; one the comment named before is not', () =>
      spec.given([started, posted('@anna?', ['anna'])]).when(editCmd('@anna och @olle?')).thenEvents((e) => expect(e[0].data).toMatchObject({ mentions: ['anna', 'olle'], newMentions: ['olle'] })));
    it('a mention removed and added back is not new again', () =>
      spec
        .given([started, posted('@anna?', ['anna']), { type: 'CommentEdited', data: { threadId: 't1', subject: onProcess, commentId: '1', text: 'x', mentions: [], newMentions: [], editedBy: 'rita' } }])
        .when(editCmd('@anna igen'))
        .thenEvents((e) => expect(e[0].data).toMatchObject({ mentions: ['anna'], newMentions: [] })));
    it('the same text again appends nothing', () => spec.given(thread).when(editCmd('  Hur tolkar vi steg 2? ')).then([]));
    it("nobody edits another's comment, not even an admin", () => {
      spec.given(thread).when(editCmd('x', ANNA)).thenThrows(ErrorCodes.NOT_ALLOWED);
      spec.given(thread).when(editCmd('x', ADA)).thenThrows(ErrorCodes.NOT_ALLOWED);
    });
    it('refuses a comment or thread that does not exist (also a prototype name), and a resolved thread', () => {
      spec.given(thread).when(editCmd('x', RITA, '2')).thenThrows(ErrorCodes.NOT_FOUND);
      spec.given(thread).when(editCmd('x', RITA, 'constructor')).thenThrows(ErrorCodes.NOT_FOUND);
      spec.given([]).when(editCmd('x')).thenThrows(ErrorCodes.NOT_FOUND);
      spec.given([...thread, resolved]).when(editCmd('x')).thenThrows(ErrorCodes.THREAD_RESOLVED);
    });
  });

  describe('resolve and reopen', () => {
    it.each([
      ["the thread's author", RITA],
      ["the process's owner", OWNER],
      ["a process owner of the process's stakeholder", ANNA],
      ['an admin', ADA],
    ])('%s resolves and reopens', (_, principal) => {
      spec.given(thread).when(resolveCmd(principal)).then([{ type: 'CommentThreadResolved', data: { threadId: 't1', resolvedBy: principal.id } }]);
      spec.given([...thread, resolved]).when(resolveCmd(principal, 'ReopenCommentThread')).then([{ type: 'CommentThreadReopened', data: { threadId: 't1', reopenedBy: principal.id } }]);
    });
    it('anyone else may not: a body member, an auditor', () => {
      spec.given(thread).when(resolveCmd(OLLE)).thenThrows(ErrorCodes.NOT_ALLOWED);
      spec.given([...thread, resolved]).when(resolveCmd(AUDREY, 'ReopenCommentThread')).thenThrows(ErrorCodes.NOT_ALLOWED);
    });
    it('resolving a resolved thread, or reopening an open one, appends nothing', () => {
      spec.given([...thread, resolved]).when(resolveCmd(RITA)).then([]);
      spec.given(thread).when(resolveCmd(RITA, 'ReopenCommentThread')).then([]);
    });
    it('a reopened thread takes replies again', () =>
      spec.given([...thread, resolved, { type: 'CommentThreadReopened', data: { threadId: 't1', reopenedBy: 'rita' } }]).when(replyCmd('igen')).then([posted('igen', [], '2', 'anna')]));
    it('refuses a thread that does not exist', () => spec.given([]).when(resolveCmd(ADA)).thenThrows(ErrorCodes.NOT_FOUND));
  });

  it('one stream per thread, its id encoded', () => expect(commentThreadStream('t1')).toBe('comment-thread-t1'));
});
