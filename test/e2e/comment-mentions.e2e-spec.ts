import { startSmtpSink, type SmtpSink } from '../support/smtp-sink';
import { startE2eApp, type E2eApp } from './support/e2e-app';
import { buildWorld, tokensFor, type Tokens } from './support/world';

const until = async (check: () => boolean, what: string, ms = 20_000) => {
  for (const end = Date.now() + ms; !check(); ) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
};

describe('E2E: a mention is a task in my work and an e-mail through SMTP', () => {
  let smtp: SmtpSink;
  let e2e: E2eApp;
  let t: Tokens;
  const http = () => e2e.http();
  const tasks = (token: string, query = '') => http().get(`/me/tasks${query}`).set('Authorization', token).expect(200);

  beforeAll(async () => {
    smtp = await startSmtpSink();
    e2e = await startE2eApp({ notifications: { smtpUrl: smtp.url, mailFrom: 'Samsyn <samsyn@uppsala.se>', publicUrl: 'https://samsyn.uppsala.se' } });
    t = await tokensFor(e2e);
    await buildWorld(e2e, t);
    // rita wants mentions in Swedish, ulf in English; both have an address. olle chose nothing.
    await http().put('/me/notification-preferences').set('Authorization', t.rita).send({ kinds: ['mention'], email: true, language: 'sv' }).expect(200);
    await http().put('/principals/rita/email-address').set('Authorization', t.ada).send({ address: 'rita@uppsala.se' }).expect(200);
    await http().put('/me/notification-preferences').set('Authorization', t.ulf).send({ kinds: ['mention'], email: true, language: 'en' }).expect(200);
    await http().put('/principals/ulf/email-address').set('Authorization', t.ada).send({ address: 'ulf@uppsalahem.se' }).expect(200);
  });
  afterAll(async () => {
    await e2e.close();
    await smtp.close();
  });

  it('a mention on a step reaches the mentioned by e-mail in its language, with a link to the thread; the unmentioned get nothing', async () => {
    await http().post('/processes/LF-01/steps/s2/comments').set('Authorization', t.anna).send({ id: 'th-1', text: '@rita, stämmer steg 2? @olle får inget mejl.' }).expect(201);
    await until(() => smtp.received.length >= 1, 'the mail to rita');
    const [mail] = smtp.received;
    expect(mail.to).toEqual(['rita@uppsala.se']);
    expect(mail.subject).toBe('anna nämnde dig: LF-01');
    expect(mail.raw).toContain('https://samsyn.uppsala.se/app/processes/LF-01#comment-thread-th-1');
    expect(mail.raw).toContain('steg s2 i LF-01 (Lokalbehovsanalys)');
  });

  it('an edit mails only whom it names for the first time', async () => {
    await http().patch('/comments/th-1/1').set('Authorization', t.anna).send({ text: '@rita och @ulf, stämmer steg 2?' }).expect(200);
    await until(() => smtp.received.length >= 2, 'the mail to ulf');
    await new Promise((r) => setTimeout(r, 300));
    expect(smtp.received.map((m) => m.to[0])).toEqual(['rita@uppsala.se', 'ulf@uppsalahem.se']);
    expect(smtp.received[1].subject).toBe('anna mentioned you: LF-01');
  });

  it('the mention is in GET /me/tasks until seen', async () => {
    const rita = await tasks(t.rita);
    expect(rita.body.counts.mention).toBe(1);
    expect(rita.body.tasks.find((x: { kind: string }) => x.kind === 'mention')).toMatchObject({
      kind: 'mention',
      resource: { kind: 'process', id: 'LF-01' },
      link: '/processes/LF-01/comments',
      thread: 'th-1',
      comment: '1',
      step: 's2',
      by: 'anna',
      why: { code: 'MENTIONED_IN_COMMENT', sv: 'anna nämnde dig i en kommentar om steg s2 i LF-01.', en: 'anna mentioned you in a comment on step s2 of LF-01.' },
    });
    const head = (await e2e.head())!;
    expect((await tasks(t.rita, `?seenUpTo=${head}`)).body.counts.mention).toBe(0);
    expect((await tasks(t.olle)).body.counts.mention).toBe(1); // a task, though no mail: olle chose none
  });
});
