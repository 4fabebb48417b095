import { OverdueReviewProcessManager } from '../../apps/api/src/modules/proposals/process-managers/escalate-overdue/overdue-review.process-manager';
import { ReminderProcessManager } from '../../apps/api/src/modules/proposals/process-managers/send-reminders/reminder.process-manager';
import { SendReminderCommand } from '../../apps/api/src/modules/proposals/process-managers/send-reminders/send-reminder.command';
import { CommandBus } from '@nestjs/cqrs';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink';
import { startE2eApp, type E2eApp } from './support/e2e-app';
import { until } from './support/until';
import { buildWorld, tokensFor, type Tokens } from './support/world';

const HOUR = 3_600_000;

describe('E2E: reminders before a review deadline and to a body holding long, mailed through SMTP', () => {
  let smtp: SmtpSink;
  let e2e: E2eApp;
  let t: Tokens;
  let deadline: string;
  const http = () => e2e.http();
  const mailsTo = (address: string) => smtp.received.filter((m) => m.to.includes(address));

  beforeAll(async () => {
    smtp = await startSmtpSink();
    // The defaults: 2 days' lead, a reminder after 7 days held.
    e2e = await startE2eApp({ notifications: { smtpUrl: smtp.url, mailFrom: 'Samsyn <samsyn@uppsala.se>', publicUrl: 'https://samsyn.uppsala.se' } });
    t = await tokensFor(e2e);
    await buildWorld(e2e, t);
    for (const [who, kinds, language, address] of [
      ['rita', ['review'], 'sv', 'rita@uppsala.se'],
      ['ulf', ['review'], 'en', 'ulf@uppsalahem.se'],
      ['tina', [], 'sv', 'tina@uppsala.se'],
      ['olle', ['decision'], 'sv', 'olle@uppsala.se'],
    ] as const) {
      await http().put('/me/notification-preferences').set('Authorization', t[who]).send({ kinds, email: true, language }).expect(200);
      await http().put(`/principals/${who}/email-address`).set('Authorization', t.ada).send({ address }).expect(200);
    }
    deadline = new Date(Date.parse(e2e.clock.now()) + 7 * 24 * HOUR).toISOString();
    await http().post('/processes/LF-01/proposals').set('Authorization', t.anna)
      .send({ id: 'R-1', baseRevision: 1, changes: [{ op: 'replace', path: '/purpose', value: 'Plan premises' }], rationale: 'clearer', reviewDeadline: deadline })
      .expect(201);
    await http().post('/proposals/R-1/reviews').set('Authorization', t.rita).send({ stakeholder: 'ksn', verdict: 'accept', comment: 'ok' }).expect(201);
    await until(() => mailsTo('ulf@uppsalahem.se').length === 1, 'the review request');
  });
  afterAll(async () => {
    await e2e.close();
    await smtp.close();
  });

  it('nothing before the lead time; from 2 days before the deadline each reviewer still missing is reminded, once, by e-mail and in its tasks', async () => {
    const sweeper = e2e.app.get(ReminderProcessManager);
    e2e.clock.advance(5 * 24 * HOUR - HOUR); // 2 days and 1 hour before the deadline
    expect(await sweeper.sweep()).toEqual({ done: [], refused: [] });

    e2e.clock.advance(2 * HOUR);
    expect((await sweeper.sweep()).done).toEqual(['R-1:review:uh', 'R-1:review:utbn']);
    await until(() => mailsTo('ulf@uppsalahem.se').length === 2, 'the reminder to ulf');
    const reminder = mailsTo('ulf@uppsalahem.se')[1];
    expect(reminder.subject).toBe(`Reminder: review R-1 (LF-01) by ${deadline.slice(0, 10)}`);
    expect(reminder.raw).toContain('https://samsyn.uppsala.se/app/proposals/R-1');
    expect(mailsTo('rita@uppsala.se').filter((m) => m.subject.startsWith('Påminnelse'))).toEqual([]); // ksn has reviewed
    expect(mailsTo('tina@uppsala.se')).toEqual([]); // chose no kind: no mail, but the task

    const tasks = await http().get('/me/tasks').set('Authorization', t.ulf).expect(200);
    expect(tasks.body.tasks.filter((x: { kind: string }) => x.kind === 'review')).toEqual([expect.objectContaining({ kind: 'review', resource: { kind: 'proposal', id: 'R-1' }, why: expect.objectContaining({ code: 'REVIEW_DEADLINE_NEAR' }) })]);
    expect((await http().get('/me/tasks').set('Authorization', t.tina)).body.tasks[0].why.code).toBe('REVIEW_DEADLINE_NEAR');

    // Once: the next sweep finds nothing; a reminder sent again anyway (another server, a lagging read) is refused by its stream.
    expect(await sweeper.sweep()).toEqual({ done: [], refused: [] });
    const again = e2e.app.get(CommandBus).execute(new SendReminderCommand({ kind: 'review', proposalId: 'R-1', processId: 'LF-01', stakeholder: 'uh', deadline }, { now: e2e.clock.now() }));
    await expect(again).rejects.toMatchObject({ code: 'ALREADY_REMINDED' });
    await new Promise((r) => setTimeout(r, 200));
    expect(mailsTo('ulf@uppsalahem.se')).toHaveLength(2);
  });

  it('after the deadline the escalation sweep takes over; 7 days held, the body is reminded once', async () => {
    e2e.clock.set(new Date(Date.parse(deadline) + 60_000).toISOString());
    expect(await e2e.app.get(OverdueReviewProcessManager).sweep()).toEqual({ escalated: ['R-1'], refused: [] });
    await until(() => mailsTo('olle@uppsala.se').length === 1, 'the decision request');
    const sweeper = e2e.app.get(ReminderProcessManager);
    e2e.clock.advanceDays(6);
    expect((await sweeper.sweep()).done).toEqual([]);
    e2e.clock.advanceDays(1);
    expect((await sweeper.sweep()).done).toEqual(['R-1:hold:obj']);
    await until(() => mailsTo('olle@uppsala.se').length === 2, 'the hold reminder');
    expect(mailsTo('olle@uppsala.se')[1].subject).toBe('Påminnelse: beslut om R-1 (LF-01)');
    expect((await http().get('/me/tasks').set('Authorization', t.olle)).body.tasks[0]).toMatchObject({ kind: 'decision', why: { code: 'HELD_BY_YOUR_BODY_LONG' } });
    e2e.clock.advanceDays(30);
    expect((await sweeper.sweep()).done).toEqual([]);
  });
});
