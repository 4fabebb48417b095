import { startSmtpSink, type SmtpSink } from '../support/smtp-sink';
import { startE2eApp, type E2eApp } from './support/e2e-app';
import { until } from './support/until';
import { buildWorld, tokensFor, type Tokens } from './support/world';

describe('E2E: notification preferences and e-mail through SMTP', () => {
  let smtp: SmtpSink;
  let e2e: E2eApp;
  let t: Tokens;
  const http = () => e2e.http();

  beforeAll(async () => {
    smtp = await startSmtpSink();
    e2e = await startE2eApp({ notifications: { smtpUrl: smtp.url, mailFrom: 'Samsyn <samsyn@uppsala.se>', publicUrl: 'https://samsyn.uppsala.se' } });
    t = await tokensFor(e2e);
    await buildWorld(e2e, t);
  });
  afterAll(async () => {
    await e2e.close();
    await smtp.close();
  });

  it('each principal sets its own preferences; an admin or the principal registers the address', async () => {
    const set = await http().put('/me/notification-preferences').set('Authorization', t.rita).send({ kinds: ['review'], email: true, language: 'sv' });
    expect(set.status).toBe(200);
    expect(set.headers.etag).toBe('"0"');
    expect(set.body).toMatchObject({ principal: 'rita', preferences: { kinds: ['review'], email: true, language: 'sv', roles: [{ role: 'reviewer', stakeholder: 'ksn' }] } });
    await http().put('/principals/rita/email-address').set('Authorization', t.ada).send({ address: 'rita@uppsala.se' }).expect(200);
    await http().put('/me/notification-preferences').set('Authorization', t.ulf).send({ kinds: ['review'], email: true, language: 'en' }).expect(200);
    await http().put('/principals/ulf/email-address').set('Authorization', t.ulf).send({ address: 'ulf@uppsalahem.se' }).expect(200);
    expect((await http().put('/principals/rita/email-address').set('Authorization', t.ulf).send({ address: 'x@y.se' })).body.code).toBe('NOT_ALLOWED');
  });

  it('bad input: a stable code, nothing written', async () => {
    const head = await e2e.head();
    expect((await http().put('/me/notification-preferences').set('Authorization', t.rita).send({ kinds: ['gossip'], email: true, language: 'sv' })).body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
    expect((await http().put('/me/notification-preferences').set('Authorization', t.rita).send({ kinds: [], email: 'yes', language: 'de' })).status).toBe(400);
    const bad = await http().put('/principals/rita/email-address').set('Authorization', t.ada).send({ address: 'not an address' });
    expect([bad.status, bad.body.code]).toEqual([422, 'INVALID_INPUT']);
    expect((await http().put(`/principals/${'x'.repeat(201)}/email-address`).set('Authorization', t.ada).send({ address: 'a@b.se' })).status).toBe(400);
    expect(await e2e.head()).toBe(head);
  });

  it('a proposal submitted through the API reaches both reviewers by e-mail, each in its language, with a link to the web application', async () => {
    await http().post('/processes/LF-01/proposals').set('Authorization', t.anna)
      .send({ id: 'M-1', baseRevision: 1, changes: [{ op: 'replace', path: '/purpose', value: 'Plan premises' }], rationale: 'clearer' }).expect(201);
    await until(() => smtp.received.length >= 2, 'two mails');
    const byTo = Object.fromEntries(smtp.received.map((m) => [m.to[0], m]));
    expect(byTo['rita@uppsala.se'].subject).toBe('Yttrande begärt: M-1 (LF-01)');
    expect(byTo['ulf@uppsalahem.se'].subject).toBe('Review requested: M-1 (LF-01)');
    expect(byTo['rita@uppsala.se'].raw).toContain('https://samsyn.uppsala.se/app/proposals/M-1');
  });
});
