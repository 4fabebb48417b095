import { startE2eApp, type E2eApp } from './support/e2e-app';
import { buildWorld, tokensFor, type Tokens } from './support/world';

/** Deviations follow the baseline (issue 15), through the HTTP API and the real command path. */
describe('E2E: a deviation that goes stale and is renewed', () => {
  let e2e: E2eApp;
  let t: Tokens;

  beforeAll(async () => {
    e2e = await startE2eApp();
    t = await tokensFor(e2e);
    await buildWorld(e2e, t);
  });
  afterAll(() => e2e.close());

  const http = () => e2e.http();
  const acceptedByAll = async (id: string) => {
    let last;
    for (const [token, stakeholder] of [[t.rita, 'ksn'], [t.ulf, 'uh'], [t.tina, 'utbn']] as const) {
      last = await http().post(`/proposals/${id}/reviews`).set('Authorization', token).send({ stakeholder, verdict: 'accept', comment: 'ok' });
      expect(last.status).toBe(201);
    }
    return last!.body;
  };
  const change = async (id: string, baseRevision: number, changes: object[]) => {
    const r = await http().post('/processes/LF-01/proposals').set('Authorization', t.anna).send({ id, baseRevision, changes, rationale: `change ${id}` });
    expect(r.status).toBe(201);
    return acceptedByAll(id);
  };
  const deviation = async (id: string, baseRevision: number, name: string) => {
    const r = await http()
      .post('/processes/LF-01/proposals')
      .set('Authorization', t.uno)
      .send({ id, kind: 'deviation', stakeholder: 'uh', baseRevision, changes: [{ op: 'replace', path: '/steps/s2/name', value: name }], rationale: 'we lease ourselves' });
    expect(r.status).toBe(201);
    return acceptedByAll(id);
  };
  const status = async () => (await http().get('/processes/LF-01').set('Authorization', t.anna)).body.status.uh;

  it('deviating, untouched by a revision of another step, stale on the revision that changes its step, renewed against the head', async () => {
    expect(await deviation('D-1', 1, 'Find premises with our own broker')).toMatchObject({ status: 'applied' });
    expect(await status()).toBe('deviating');

    expect(await change('P-2', 1, [{ op: 'replace', path: '/steps/s1/name', value: 'Describe the need' }])).toMatchObject({ appliedRevision: 2 });
    expect(await status()).toBe('deviating');
    const untouchedAt = (await http().get('/audit/verify').set('Authorization', t.aud)).body.headPosition;

    expect(await change('P-3', 2, [{ op: 'replace', path: '/steps/s2/performer', value: 'ksn' }])).toMatchObject({ appliedRevision: 3 });
    expect(await status()).toBe('needs-reapproval');
    const report = await http().get('/reports/harmonization').set('Authorization', t.anna);
    expect(report.body.processes.find((p: { processId: string }) => p.processId === 'LF-01').statuses.uh).toBe('needs-reapproval');

    const diff = await http().get('/processes/LF-01/deviations/uh/diff').set('Authorization', t.anna);
    expect(diff.status).toBe(200);
    expect(diff.body).toMatchObject({
      processId: 'LF-01', stakeholder: 'uh', proposalId: 'D-1', status: 'needs-reapproval', approvedAtRevision: 1, headRevision: 3, revisionsBehind: 2,
      covers: { steps: ['s2'], handovers: [] }, needsReapproval: { since: 3, revisions: [3], parts: { steps: ['s2'] } }, applies: true, against: 'head',
    });
    expect(diff.body.steps.values.s2).toEqual([{ field: 'name', old: 'Find premises', new: 'Find premises with our own broker' }]);
    const then = await http().get(`/processes/LF-01/deviations/uh/diff?asOfPosition=${untouchedAt}`).set('Authorization', t.anna);
    expect(then.body).toMatchObject({ status: 'deviating', headRevision: 2, needsReapproval: null });

    // Renew: a deviation proposal against the new head, reviewed as usual.
    expect(await deviation('D-2', 3, 'Find premises with our own broker')).toMatchObject({ status: 'applied' });
    expect(await status()).toBe('deviating');
    expect((await http().get('/processes/LF-01/deviations/uh/diff').set('Authorization', t.anna)).body).toMatchObject({ proposalId: 'D-2', needsReapproval: null, revisionsBehind: 0 });
  });

  it('answers 404 NOT_FOUND for an organisation without a deviation and for an unknown process', async () => {
    const none = await http().get('/processes/LF-01/deviations/ksn/diff').set('Authorization', t.anna);
    expect(none.status).toBe(404);
    expect(none.body.code).toBe('NOT_FOUND');
    expect((await http().get('/processes/NOPE/deviations/uh/diff').set('Authorization', t.anna)).status).toBe(404);
    expect((await http().get('/processes/LF-01/deviations/uh/diff?asOf=yesterday').set('Authorization', t.anna)).status).toBe(400);
  });
});
