import { startE2eApp, type E2eApp } from './support/e2e-app';
import { buildWorld, tokensFor, type Tokens } from './support/world';

describe('E2E: GET /me/tasks', () => {
  let e2e: E2eApp;
  let t: Tokens;
  let beforeReview: bigint;
  const http = () => e2e.http();
  const tasks = (token: string, query = '') => http().get(`/me/tasks${query}`).set('Authorization', token);

  beforeAll(async () => {
    e2e = await startE2eApp();
    t = await tokensFor(e2e);
    await buildWorld(e2e, t);
    const change = { id: 'T-1', baseRevision: 1, changes: [{ op: 'replace', path: '/purpose', value: 'Analyse and plan premises needs' }], rationale: 'clearer' /* administration level */ };
    await http().post('/processes/LF-01/proposals').set('Authorization', t.anna).send(change).expect(201);
    beforeReview = (await e2e.head())!;
    await http().post('/proposals/T-1/reviews').set('Authorization', t.ulf).send({ stakeholder: 'uh', verdict: 'reject', comment: 'no' }).expect(201);
  });
  afterAll(() => e2e.close());

  it('the reviewer of the rejecting organisation has nothing left to review; the others do', async () => {
    const ulf = await tasks(t.ulf).expect(200);
    expect(ulf.body.counts.review).toBe(0);
    const rita = await tasks(t.rita).expect(200);
    expect(rita.body.tasks.filter((x: { kind: string }) => x.kind === 'review')).toEqual([]); // escalated: no more reviews
  });

  it('the object body member holds the escalated proposal, and is told whether it is within its mandate', async () => {
    const olle = await tasks(t.olle).expect(200);
    expect(olle.body).toMatchObject({ principal: 'olle', counts: { decision: 1 }, total: 1 });
    expect(olle.body.tasks[0]).toMatchObject({ kind: 'decision', link: '/proposals/T-1', body: 'obj', withinMandate: false });
    expect(olle.body.tasks[0].why).toEqual({ code: 'HELD_BY_YOUR_BODY_OUTSIDE_MANDATE', sv: expect.any(String), en: expect.any(String) });
  });

  it('the submitter is told of the escalation, until it has seen it', async () => {
    const anna = await tasks(t.anna).expect(200);
    expect(anna.body.tasks.map((x: { kind: string; resource: { id: string } }) => [x.kind, x.resource.id])).toEqual([
      ['own-proposal', 'T-1'],
      ['adoption', 'LF-01'],
    ]);
    const head = (await e2e.head())!;
    expect((await tasks(t.anna, `?seenUpTo=${head}`).expect(200)).body.counts['own-proposal']).toBe(0);
  });

  it('as of a past position: before the rejection, every reviewer was asked', async () => {
    const then = await tasks(t.rita, `?asOfPosition=${beforeReview}`).expect(200);
    expect(then.body.tasks[0]).toMatchObject({ kind: 'review', stakeholder: 'ksn', resource: { kind: 'proposal', id: 'T-1' } });
    expect((await tasks(t.olle, `?asOfPosition=${beforeReview}`).expect(200)).body.total).toBe(0);
  });

  it('bad input is a 400 with a code; no token is a 401', async () => {
    expect((await tasks(t.rita, '?seenUpTo=-1')).body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
    expect((await tasks(t.rita, '?asOf=yesterday')).body.code).toBe('VALIDATION_FAILED');
    expect((await http().get('/me/tasks')).status).toBe(401);
  });
});
