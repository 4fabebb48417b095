import { ReviewDueProcessManager } from '../../apps/api/src/modules/process-reviews/process-managers/notify-review-due/review-due.process-manager';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink';
import { startE2eApp, type E2eApp } from './support/e2e-app';
import { until } from './support/until';
import { buildWorld, tokensFor, type Tokens } from './support/world';

describe('E2E: review cycles per process — due, told by e-mail and in my work, reviewed with no change, reported', () => {
  let smtp: SmtpSink;
  let e2e: E2eApp;
  let t: Tokens;
  const http = () => e2e.http();

  beforeAll(async () => {
    smtp = await startSmtpSink();
    e2e = await startE2eApp({ notifications: { smtpUrl: smtp.url, mailFrom: 'Samsyn <samsyn@uppsala.se>', publicUrl: 'https://samsyn.uppsala.se' } }); // 2025-01-10
    t = await tokensFor(e2e);
    await buildWorld(e2e, t);
    await http().put('/me/notification-preferences').set('Authorization', t.anna).send({ kinds: ['process-review'], email: true, language: 'sv' }).expect(200);
    await http().put('/principals/anna/email-address').set('Authorization', t.anna).send({ address: 'anna@uppsala.se' }).expect(200);
  });
  afterAll(async () => {
    await e2e.close();
    await smtp.close();
  });

  it('the process owner or an admin sets interval and owner; anyone else, bad input: a stable code, nothing written', async () => {
    const set = await http().put('/processes/LF-01/review-cycle').set('Authorization', t.anna).send({ intervalMonths: 12, owner: 'anna' });
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ processId: 'LF-01', cycle: { intervalMonths: 12, owner: 'anna' } });
    const head = await e2e.head();
    expect((await http().put('/processes/LF-01/review-cycle').set('Authorization', t.uno).send({ intervalMonths: 6, owner: 'uno' })).status).toBe(403);
    expect((await http().put('/processes/LF-01/review-cycle').set('Authorization', t.anna).send({ intervalMonths: 0, owner: 'anna' })).body.code).toBe('VALIDATION_FAILED');
    expect((await http().put('/processes/NOPE/review-cycle').set('Authorization', t.ada).send({ intervalMonths: 6, owner: 'anna' })).status).toBe(404);
    expect((await http().post('/processes/LF-01/review-cycle/reviews').set('Authorization', t.uno).send({ comment: 'fine' })).body.code).toBe('NOT_ALLOWED');
    expect(await e2e.head()).toBe(head);
    const cycle = await http().get('/processes/LF-01/review-cycle').set('Authorization', t.rita).expect(200);
    expect(cycle.body.view).toMatchObject({ nextDue: '2026-01-10', status: 'scheduled', owner: 'anna' });
  });

  it('when it falls due the owner is told once, by e-mail and in my work; the report lists it overdue, CSV too', async () => {
    const sweeper = e2e.app.get(ReviewDueProcessManager);
    e2e.clock.set('2026-01-09T12:00:00.000Z');
    expect(await sweeper.sweep()).toEqual({ done: [], refused: [] });
    expect((await http().get('/reports/reviews').set('Authorization', t.aud)).body.due.map((p: { processId: string }) => p.processId)).toEqual(['LF-01']);
    e2e.clock.set('2026-01-10T06:00:00.000Z');
    expect(await sweeper.sweep()).toEqual({ done: ['LF-01@2026-01-10'], refused: [] });
    expect(await sweeper.sweep()).toEqual({ done: [], refused: [] });
    await until(() => smtp.received.length === 1, 'the review-due mail');
    expect(smtp.received[0]).toMatchObject({ to: ['anna@uppsala.se'], subject: 'Dags att se över LF-01 (Lokalbehovsanalys)' });
    expect(smtp.received[0].raw.replace(/=\r?\n/g, '')).toContain('https://samsyn.uppsala.se/app/processes/LF-01');
    const tasks = await http().get('/me/tasks').set('Authorization', t.anna).expect(200);
    expect(tasks.body.counts['process-review']).toBe(1);
    expect(tasks.body.tasks.find((x: { kind: string }) => x.kind === 'process-review')).toMatchObject({ resource: { kind: 'process', id: 'LF-01' }, dueOn: '2026-01-10', why: { code: 'PROCESS_REVIEW_DUE' } });

    e2e.clock.set('2026-01-20T06:00:00.000Z');
    const report = await http().get('/reports/reviews').set('Authorization', t.aud).expect(200);
    expect(report.body).toMatchObject({ on: '2026-01-20', overdue: [{ processId: 'LF-01', nextDue: '2026-01-10', daysOverdue: 10, owner: 'anna' }], due: [] });
    const csv = await http().get('/reports/reviews?format=csv&table=overdue').set('Authorization', t.aud).expect(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.text).toContain('processId');
    expect(csv.text).toContain('LF-01');
    expect(csv.text).toContain('2026-01-10');
  });

  it('"reviewed, no change" with a comment ends the task and restarts the cycle; as of before it the report still says overdue', async () => {
    const before = new Date(Date.parse(e2e.clock.now()) - 1000).toISOString();
    e2e.clock.set('2026-01-21T09:00:00.000Z');
    const done = await http().post('/processes/LF-01/review-cycle/reviews').set('Authorization', t.anna).send({ comment: 'Checked against the 2026 premises policy' });
    expect(done.status).toBe(201);
    expect((await http().get('/me/tasks').set('Authorization', t.anna)).body.counts['process-review']).toBe(0);
    const cycle = await http().get('/processes/LF-01/review-cycle').set('Authorization', t.anna).expect(200);
    expect(cycle.body).toMatchObject({ lastReview: { kind: 'no-change', by: 'anna', comment: 'Checked against the 2026 premises policy' }, view: { nextDue: '2027-01-21', status: 'scheduled' } });
    const past = await http().get(`/reports/reviews?asOf=${before}`).set('Authorization', t.aud).expect(200);
    expect(past.body.overdue.map((p: { processId: string }) => p.processId)).toEqual(['LF-01']);
    expect((await http().post('/processes/LF-01/review-cycle/reviews').set('Authorization', t.anna).send({ comment: '' })).status).toBe(400);
  });
});
