import { OverdueReviewProcessManager } from '../../apps/api/src/modules/proposals/process-managers/escalate-overdue/overdue-review.process-manager';
import { startE2eApp, type E2eApp } from './support/e2e-app';
import { buildWorld, tokensFor, type Tokens } from './support/world';

describe('E2E: the life of a proposal', () => {
  let e2e: E2eApp;
  let t: Tokens;

  beforeAll(async () => {
    e2e = await startE2eApp();
    t = await tokensFor(e2e);
    await buildWorld(e2e, t);
  });
  afterAll(() => e2e.close());

  const http = () => e2e.http();

  it('a portfolio-level change, rejected in review, escalated twice, approved by the portfolio body, applied as revision 2', async () => {
    const submitted = await http()
      .post('/processes/LF-01/proposals')
      .set('Authorization', t.anna)
      .send({ id: 'P-1', baseRevision: 1, changes: [{ op: 'add', path: '/steps/s1/terms', value: ['lokal'] }], rationale: 'Use the common term' });
    expect(submitted.status).toBe(201);
    expect(submitted.headers.etag).toBe('"0"');
    expect(submitted.body).toMatchObject({ id: 'P-1', processId: 'LF-01', status: 'submitted', requiredLevel: 'portfolio', heldBy: null });

    // Read-your-writes: the board shows it at once.
    const awaiting = await http().get('/proposals?awaitingStakeholder=uh').set('Authorization', t.ulf);
    expect(awaiting.body.map((p: { id: string }) => p.id)).toContain('P-1');

    const accept = await http().post('/proposals/P-1/reviews').set('Authorization', t.rita).send({ stakeholder: 'ksn', verdict: 'accept', comment: 'Fine' });
    expect(accept.status).toBe(201);
    const again = await http().post('/proposals/P-1/reviews').set('Authorization', t.rita).send({ stakeholder: 'ksn', verdict: 'accept', comment: 'Fine' });
    expect(again.body).toMatchObject({ statusCode: 422, code: 'ALREADY_REVIEWED' });

    const reject = await http().post('/proposals/P-1/reviews').set('Authorization', t.ulf).send({ stakeholder: 'uh', verdict: 'reject', comment: 'Not our word' });
    expect(reject.status).toBe(201);
    expect(reject.body).toMatchObject({ status: 'escalated', heldBy: 'obj' });

    const heldByObj = await http().get('/proposals?awaitingBody=obj').set('Authorization', t.olle);
    expect(heldByObj.body.map((p: { id: string }) => p.id)).toEqual(['P-1']);

    // The object body may not decide a portfolio-level proposal, and a stranger may not decide at all.
    const outside = await http().post('/proposals/P-1/decisions').set('Authorization', t.olle).send({ body: 'obj', outcome: 'approve', motivation: 'ok' });
    expect(outside.body).toMatchObject({ statusCode: 422, code: 'OUTSIDE_MANDATE' });
    const stranger = await http().post('/proposals/P-1/decisions').set('Authorization', t.nobody).send({ body: 'obj', outcome: 'escalate', motivation: 'x' });
    expect(stranger.body).toMatchObject({ statusCode: 403, code: 'NOT_A_BODY_MEMBER' });
    const wrongBody = await http().post('/proposals/P-1/decisions').set('Authorization', t.pia).send({ body: 'port', outcome: 'approve', motivation: 'early' });
    expect(wrongBody.body).toMatchObject({ statusCode: 422, code: 'NOT_HOLDING_BODY' });

    const first = await http().post('/proposals/P-1/decisions').set('Authorization', t.olle).send({ body: 'obj', outcome: 'escalate', motivation: 'Beyond our mandate' });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ status: 'escalated', heldBy: 'adm' });
    const second = await http().post('/proposals/P-1/decisions').set('Authorization', t.adam).send({ body: 'adm', outcome: 'escalate', motivation: 'Nomenclature is portfolio business' });
    expect(second.body).toMatchObject({ status: 'escalated', heldBy: 'port' });

    const final = await http().post('/proposals/P-1/decisions').set('Authorization', t.pia).send({ body: 'port', outcome: 'approve', motivation: 'One word for one thing' });
    expect(final.status).toBe(201);
    expect(final.body).toMatchObject({ status: 'applied', appliedRevision: 2 });
    expect(final.body.decisions.map((d: { level: string; outcome: string }) => `${d.level}:${d.outcome}`)).toEqual(['portfolio:approve']);

    const proposal = await http().get('/proposals/P-1').set('Authorization', t.anna);
    expect(proposal.body.status).toBe('applied');
    expect(proposal.body.escalations.map((x: { toBody: string; reason: string }) => `${x.toBody}:${x.reason}`)).toEqual(['obj:rejected-in-review', 'adm:by-choice', 'port:by-choice']);
    // The read's ETag leads with the stream revision the write answered, then the body's digest.
    expect(proposal.headers.etag.startsWith(`${final.headers.etag.slice(0, -1)}-`)).toBe(true);

    const process = await http().get('/processes/LF-01').set('Authorization', t.anna);
    expect(process.body).toMatchObject({ headRevision: 2 });
    expect(process.body.definition.steps.s1.terms).toEqual(['lokal']);

    const revisions = await http().get('/processes/LF-01/revisions').set('Authorization', t.anna);
    expect(revisions.body.map((r: { revision: number; proposalId: string | null }) => [r.revision, r.proposalId])).toEqual([
      [1, null],
      [2, 'P-1'],
    ]);
    const r2 = await http().get('/processes/LF-01/revisions/2').set('Authorization', t.anna);
    expect(r2.status).toBe(200);
    expect(JSON.stringify(r2.body)).toContain('lokal');
    expect((await http().get('/processes/LF-01/revisions/3').set('Authorization', t.anna)).status).toBe(404);

    const diff = await http().get('/processes/LF-01/diff?from=1&to=2').set('Authorization', t.anna);
    expect(diff.status).toBe(200);
    expect(JSON.stringify(diff.body)).toContain('s1');

    const history = await http().get('/stakeholders/uh/history').set('Authorization', t.ulf);
    expect(history.status).toBe(200);
    expect(history.body.length).toBeGreaterThan(0);

    const governance = await http().get('/reports/governance').set('Authorization', t.aud);
    expect(JSON.stringify(governance.body)).toContain('portfolio');

    // Closed: no more decisions or withdrawals.
    const late = await http().post('/proposals/P-1/withdraw').set('Authorization', t.anna).send({ reason: 'too late' });
    expect(late.body).toMatchObject({ statusCode: 422, code: 'PROPOSAL_CLOSED' });
  });

  it('consensus applies an object-level change; adoption makes a stakeholder harmonized', async () => {
    const head = (await http().get('/processes/LF-01').set('Authorization', t.anna)).body.headRevision as number;
    const p = await http()
      .post('/processes/LF-01/proposals')
      .set('Authorization', t.anna)
      .send({ id: 'P-2', baseRevision: head, changes: [{ op: 'replace', path: '/steps/s1/name', value: 'Describe the need' }], rationale: 'Wording' });
    expect(p.body).toMatchObject({ requiredLevel: 'object', status: 'submitted' });
    for (const [who, s] of [
      ['rita', 'ksn'],
      ['ulf', 'uh'],
      ['tina', 'utbn'],
    ] as const) {
      const r = await http().post('/proposals/P-2/reviews').set('Authorization', t[who]).send({ stakeholder: s, verdict: 'accept', comment: 'ok' });
      expect(r.status).toBe(201);
    }
    const done = await http().get('/proposals/P-2').set('Authorization', t.anna);
    expect(done.body).toMatchObject({ status: 'applied', appliedRevision: head + 1 });

    const adopt = await http().post('/processes/LF-01/adoptions').set('Authorization', t.ulf).send({ stakeholder: 'uh', revision: head + 1, adoptedOn: '2025-01-15' });
    expect(adopt.status).toBe(201);
    expect(adopt.headers.etag).toMatch(/^"\d+"$/);
    const twice = await http().post('/processes/LF-01/adoptions').set('Authorization', t.ulf).send({ stakeholder: 'uh', revision: head + 1, adoptedOn: '2025-01-15' });
    expect(twice.body).toMatchObject({ statusCode: 422, code: 'ALREADY_ADOPTED' });
    const foreign = await http().post('/processes/LF-01/adoptions').set('Authorization', t.ulf).send({ stakeholder: 'ksn', revision: head + 1, adoptedOn: '2025-01-15' });
    expect(foreign.status).toBe(403);

    const report = await http().get('/reports/harmonization').set('Authorization', t.anna);
    const lf = report.body.processes.find((x: { processId: string }) => x.processId === 'LF-01');
    expect(lf.statuses.uh).toBe('harmonized');
  });

  it('a change against an old base that no longer applies becomes conflicted; the submitter amends it', async () => {
    const head = (await http().get('/processes/LF-01').set('Authorization', t.anna)).body.headRevision as number;
    const p = await http()
      .post('/processes/LF-01/proposals')
      .set('Authorization', t.anna)
      .send({ id: 'P-3', baseRevision: 1, changes: [{ op: 'test', path: '/steps/s1/name', value: 'Describe need' }, { op: 'replace', path: '/steps/s1/name', value: 'Need' }], rationale: 'Shorter' });
    expect(p.status).toBe(201);
    for (const [who, s] of [
      ['rita', 'ksn'],
      ['ulf', 'uh'],
      ['tina', 'utbn'],
    ] as const) {
      await http().post('/proposals/P-3/reviews').set('Authorization', t[who]).send({ stakeholder: s, verdict: 'accept', comment: 'ok' });
    }
    const conflicted = await http().get('/proposals/P-3').set('Authorization', t.anna);
    expect(conflicted.body.status).toBe('conflicted');

    const notMine = await http().post('/proposals/P-3/amend').set('Authorization', t.uno).send({ baseRevision: head, changes: [{ op: 'replace', path: '/steps/s1/name', value: 'Need' }], rationale: 'x' });
    expect(notMine.body).toMatchObject({ statusCode: 403, code: 'NOT_THE_SUBMITTER' });
    const amended = await http().post('/proposals/P-3/amend').set('Authorization', t.anna).send({ baseRevision: head, changes: [{ op: 'replace', path: '/steps/s1/name', value: 'Need' }], rationale: 'Rebased' });
    expect(amended.status).toBe(200);
    expect(amended.body).toMatchObject({ status: 'submitted', baseRevision: head });
    const withdrawn = await http().post('/proposals/P-3/withdraw').set('Authorization', t.anna).send({ reason: 'Not needed after all' });
    expect(withdrawn.body.status).toBe('withdrawn');
  });

  it('the process manager escalates a proposal whose review deadline passed with reviews missing', async () => {
    const head = (await http().get('/processes/LF-01').set('Authorization', t.anna)).body.headRevision as number;
    const deadline = new Date(Date.parse(e2e.clock.now()) + 7 * 86_400_000).toISOString();
    await http()
      .post('/processes/LF-01/proposals')
      .set('Authorization', t.anna)
      .send({ id: 'P-4', baseRevision: head, changes: [{ op: 'replace', path: '/steps/s1/name', value: 'N' }], rationale: 'r', reviewDeadline: deadline })
      .expect(201);
    await http().post('/proposals/P-4/reviews').set('Authorization', t.rita).send({ stakeholder: 'ksn', verdict: 'accept', comment: 'ok' }).expect(201);

    const sweeper = e2e.app.get(OverdueReviewProcessManager);
    expect((await sweeper.sweep()).escalated).toEqual([]);
    e2e.clock.advanceDays(8);
    expect((await sweeper.sweep()).escalated).toEqual(['P-4']);
    const p = await http().get('/proposals/P-4').set('Authorization', t.anna);
    expect(p.body).toMatchObject({ status: 'escalated', heldBy: 'obj' });
    expect((await sweeper.sweep()).escalated).toEqual([]);
  });

  it('more refusals of the domain: PATCH_DOES_NOT_APPLY, FINAL_LEVEL, NOT_A_PARTICIPANT, STAKEHOLDER_RETIRED', async () => {
    const head = (await http().get('/processes/LF-01').set('Authorization', t.anna)).body.headRevision as number;
    const patch = await http()
      .post('/processes/LF-01/proposals')
      .set('Authorization', t.anna)
      .send({ baseRevision: head, changes: [{ op: 'test', path: '/purpose', value: 'something else' }, { op: 'replace', path: '/purpose', value: 'x' }], rationale: 'r' });
    expect(patch.body).toMatchObject({ statusCode: 422, code: 'PATCH_DOES_NOT_APPLY' });

    await http().post('/processes/LF-01/proposals').set('Authorization', t.anna).send({ id: 'P-5', baseRevision: head, changes: [{ op: 'add', path: '/steps/s2/terms', value: ['lokal'] }], rationale: 'common term' }).expect(201);
    await http().post('/proposals/P-5/reviews').set('Authorization', t.ulf).send({ stakeholder: 'uh', verdict: 'reject', comment: 'no' }).expect(201);
    await http().post('/proposals/P-5/decisions').set('Authorization', t.olle).send({ body: 'obj', outcome: 'escalate', motivation: 'up' }).expect(201);
    await http().post('/proposals/P-5/decisions').set('Authorization', t.adam).send({ body: 'adm', outcome: 'escalate', motivation: 'up' }).expect(201);
    const final = await http().post('/proposals/P-5/decisions').set('Authorization', t.pia).send({ body: 'port', outcome: 'escalate', motivation: 'up' });
    expect(final.body).toMatchObject({ statusCode: 422, code: 'FINAL_LEVEL' });

    await http().post('/stakeholders').set('Authorization', t.ada).send({ id: 'xtra', name: 'Extra', kind: 'office' }).expect(201);
    const outsider = await e2e.bearer('xavier', [{ role: 'reviewer', stakeholder: 'xtra' }]);
    await http().post('/processes/LF-01/proposals').set('Authorization', t.anna).send({ id: 'P-6', baseRevision: head, changes: [{ op: 'replace', path: '/steps/s2/name', value: 'Find' }], rationale: 'r' }).expect(201);
    const notAsked = await http().post('/proposals/P-6/reviews').set('Authorization', outsider).send({ stakeholder: 'xtra', verdict: 'accept', comment: 'ok' });
    expect(notAsked.body).toMatchObject({ statusCode: 422, code: 'NOT_A_PARTICIPANT' });
    await http().post('/stakeholders/utbn/retire').set('Authorization', t.ada).send({ reason: 'merged' }).expect(200);
    const retired = await http().post('/proposals/P-6/reviews').set('Authorization', t.tina).send({ stakeholder: 'utbn', verdict: 'accept', comment: 'ok' });
    expect(retired.body).toMatchObject({ statusCode: 422, code: 'STAKEHOLDER_RETIRED' });
  });
});
