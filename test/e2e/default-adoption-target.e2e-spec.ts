import { startE2eApp, type E2eApp } from './support/e2e-app';
import { buildWorld, tokensFor, type Tokens } from './support/world';

/** Roll-out (issue 15): a process default target, used when a revision is applied; overdue adopters in My work. */
describe('E2E: the default adoption target and overdue adopters in GET /me/tasks', () => {
  let e2e: E2eApp;
  let t: Tokens;
  const put = (token: string, body: object) => e2e.http().put('/processes/LF-01/default-adoption-target').set('Authorization', token).send(body);
  const tasks = (token: string, query = '') => e2e.http().get(`/me/tasks${query}`).set('Authorization', token);
  let applied: bigint;

  beforeAll(async () => {
    e2e = await startE2eApp(); // the clock starts 2025-01-10T09:00Z
    t = await tokensFor(e2e);
    await buildWorld(e2e, t);
  });
  afterAll(() => e2e.close());

  it('refuses others than the process owner and the body, and days out of bounds, changing nothing', async () => {
    expect((await put(t.uno, { daysAfterApplied: 10 })).body).toMatchObject({ statusCode: 403, code: 'NOT_ALLOWED' });
    expect((await put(t.rita, { daysAfterApplied: 10 })).status).toBe(403);
    expect((await put(t.anna, { daysAfterApplied: 0 })).status).toBe(400);
    expect((await put(t.anna, { daysAfterApplied: 'soon' })).status).toBe(400);
    expect((await put(t.olle, { daysAfterApplied: 3651 })).status).toBe(400);
    expect((await e2e.http().get('/processes/LF-01').set('Authorization', t.anna)).body.defaultAdoptionTarget).toBeNull();
  });

  it('the owner sets a default, the body changes it to 10 days; the next revision gets every participant 10 days after it was applied', async () => {
    const set = await put(t.anna, { daysAfterApplied: 30 });
    expect(set.status).toBe(200);
    expect(set.body.defaultAdoptionTarget).toEqual({ daysAfterApplied: 30, setBy: 'anna' });
    // The governing body's member may change it too.
    expect((await put(t.olle, { daysAfterApplied: 10 })).body.defaultAdoptionTarget).toEqual({ daysAfterApplied: 10, setBy: 'olle' });

    const proposal = await e2e.http().post('/processes/LF-01/proposals').set('Authorization', t.anna).send({ baseRevision: 1, changes: [{ op: 'replace', path: '/steps/s1/name', value: 'Beskriv behov' }], rationale: 'tydligare' });
    expect(proposal.status).toBe(201);
    const reviewerOf: Record<string, string> = { ksn: t.rita, uh: t.ulf, utbn: t.tina };
    for (const s of proposal.body.reviewers as string[]) {
      await e2e.http().post(`/proposals/${proposal.body.id}/reviews`).set('Authorization', reviewerOf[s]).send({ stakeholder: s, verdict: 'accept', comment: 'ok' }).expect(201);
    }
    applied = (await e2e.head())!;
    expect(await e2e.runtime.runner.waitForPosition(applied, 5_000)).toBe(true);
    const process = await e2e.http().get('/processes/LF-01').set('Authorization', t.anna);
    expect(process.body.headRevision).toBe(2);
    expect(process.body.defaultAdoptionTarget).toEqual({ daysAfterApplied: 10, setBy: 'olle' });
    expect(process.body.adoptionTargets).toEqual({ 2: { ksn: '2025-01-20', uh: '2025-01-20', utbn: '2025-01-20' } });
  });

  it('past the date, the organisations that have not adopted are tasks of their owners and reviewers, counted; as of the past too', async () => {
    await e2e.http().post('/processes/LF-01/adoptions').set('Authorization', t.ulf).send({ stakeholder: 'uh', revision: 2, adoptedOn: '2025-01-12' }).expect(201);
    expect(await e2e.runtime.runner.waitForPosition((await e2e.head())!, 5_000)).toBe(true);

    const rita = (await tasks(t.rita)).body;
    expect(rita.counts['overdue-adoption']).toBe(1);
    expect(rita.counts.adoption).toBe(0);
    expect(rita.tasks.find((x: { kind: string }) => x.kind === 'overdue-adoption')).toMatchObject({
      resource: { kind: 'process', id: 'LF-01' },
      link: '/processes/LF-01',
      stakeholder: 'ksn',
      revision: 2,
      targetDate: '2025-01-20',
      why: { code: 'ADOPTION_OVERDUE' },
    });
    expect((await tasks(t.tina)).body.counts['overdue-adoption']).toBe(1);
    // uh adopted in time; the auditor reviews for nobody.
    expect((await tasks(t.ulf)).body.counts['overdue-adoption']).toBe(0);
    expect((await tasks(t.aud)).body.counts['overdue-adoption']).toBe(0);

    // As of the revision, nobody was late yet; as of 2025-01-25, ksn was 5 days late (and uh had adopted).
    const then = (await tasks(t.rita, `?asOfPosition=${applied}`)).body;
    expect([then.counts['overdue-adoption'], then.counts.adoption]).toEqual([0, 1]);
    const later = (await tasks(t.rita, '?asOf=2025-01-25T12:00:00Z')).body;
    expect(later.tasks.filter((x: { kind: string }) => x.kind === 'overdue-adoption').map((x: { stakeholder: string; daysOverdue: number }) => [x.stakeholder, x.daysOverdue])).toEqual([['ksn', 5]]);
    // The report lists the same adopters.
    const report = (await e2e.http().get('/reports/harmonization').set('Authorization', t.anna)).body;
    expect(report.overdue.map((o: { stakeholder: string }) => o.stakeholder)).toEqual(['ksn', 'utbn']);
  });

  it('null removes the default: the next revision gets no targets', async () => {
    expect((await put(t.anna, { daysAfterApplied: null })).body.defaultAdoptionTarget).toBeNull();
    const proposal = await e2e.http().post('/processes/LF-01/proposals').set('Authorization', t.anna).send({ baseRevision: 2, changes: [{ op: 'replace', path: '/steps/s1/name', value: 'Beskriv lokalbehov' }], rationale: 'r' });
    const reviewerOf: Record<string, string> = { ksn: t.rita, uh: t.ulf, utbn: t.tina };
    for (const s of proposal.body.reviewers as string[]) {
      await e2e.http().post(`/proposals/${proposal.body.id}/reviews`).set('Authorization', reviewerOf[s]).send({ stakeholder: s, verdict: 'accept', comment: 'ok' }).expect(201);
    }
    expect(await e2e.runtime.runner.waitForPosition((await e2e.head())!, 5_000)).toBe(true);
    const process = (await e2e.http().get('/processes/LF-01').set('Authorization', t.anna)).body;
    expect(process.headRevision).toBe(3);
    expect(Object.keys(process.adoptionTargets)).toEqual(['2']);
  });
});
