import type { ProjectedEvent } from '@samsyn/projections/projection';
import { renderMail } from './mail-templates';
import { mentionMails } from './mention-mails';
import { emptyDirectory, type Recipient } from './notification-directory';

const recipient = (principal: string, extra: Partial<Recipient> = {}): Recipient => ({ principal, kinds: ['mention'], email: true, language: 'en', roles: [], address: `${principal}@x.se`, ...extra });
const directory = () => {
  const d = emptyDirectory();
  d.recipients = { rita: recipient('rita'), off: recipient('off', { email: false }), other: recipient('other', { kinds: ['review'] }), none: recipient('none', { address: null }) };
  return d;
};
const at = { streamId: 'comment-thread-t1', revision: 1n, position: 7n, metadata: { actor: 'anna', occurredAt: '2026-01-01T00:00:00.000Z', correlationId: 'c', causationId: null } };
const posted = (mentions: string[], text = 'hej'): ProjectedEvent =>
  ({ type: 'CommentPosted', data: { threadId: 't1', subject: { kind: 'proposal', proposalId: 'P-1', processId: 'LF-01' }, commentId: '2', text, mentions, postedBy: 'anna' }, ...at }) as ProjectedEvent;

describe('mention mails (given the directory, when a comment names principals, then the mails)', () => {
  it('only those who chose mentions, with e-mail on and an address', () =>
    expect(mentionMails(directory(), posted(['rita', 'off', 'other', 'none', 'stranger']) as never).map((m) => [m.id, m.to])).toEqual([['7-rita', 'rita@x.se']]));
  it('an edit mails only its new mentions', () => {
    const edit = { ...posted([]), type: 'CommentEdited', data: { ...posted([]).data, mentions: ['rita'], newMentions: [], editedBy: 'anna' } } as ProjectedEvent;
    expect(mentionMails(directory(), edit as never)).toEqual([]);
  });
  it('a long text is cut to an excerpt; the link goes to the proposal page, the thread as anchor', () => {
    const [m] = mentionMails(directory(), posted(['rita'], 'x'.repeat(500)) as never);
    const { subject, text } = renderMail(m.mail, 'en', 'https://samsyn.uppsala.se/');
    expect(subject).toBe('anna mentioned you: P-1');
    expect(text).toContain(`> ${'x'.repeat(279)}…\n`);
    expect(text).toContain('https://samsyn.uppsala.se/app/proposals/P-1#comment-thread-t1');
    expect(renderMail(m.mail, 'sv', 'https://s').text).toContain('förslaget P-1 till LF-01 (LF-01)');
  });
});
