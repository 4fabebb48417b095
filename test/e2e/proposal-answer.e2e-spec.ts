import { startE2eApp, type E2eApp } from './support/e2e-app';
import { buildWorld, tokensFor, type Tokens } from './support/world';

/** Issue 12: a proposal's write answers the shape and the values its read answers (the read
 * model's ProposalView, timeline included), write by write, and a replay answers the first answer. */
describe('E2E: a proposal write answers what GET /proposals/:id answers', () => {
  let e2e: E2eApp;
  let t: Tokens;

  beforeAll(async () => {
    e2e = await startE2eApp();
    t = await tokensFor(e2e);
    await buildWorld(e2e, t);
  });
  afterAll(() => e2e.close());

  const read = async (id: string) => (await e2e.http().get(`/proposals/${id}`).set('Authorization', t.anna)).body;

  it('submit, review, escalate, decide (settled), amend and withdraw each answer the read', async () => {
    const changes = [{ op: 'replace', path: '/steps/s1/name', value: 'State the need' }];
    const submit = () =>
      e2e
        .http()
        .post('/processes/LF-01/proposals')
        .set('Authorization', t.anna)
        .set('Idempotency-Key', 'answer-1')
        .send({ id: 'A-1', baseRevision: 1, changes, rationale: 'clearer', reviewDeadline: '2025-03-01T00:00:00Z' });
    const submitted = await submit();
    expect(submitted.status).toBe(201);
    expect(submitted.body).toEqual(await read('A-1'));
    expect(submitted.body).toMatchObject({ submittedAt: '2025-01-10T09:00:00.000Z', awaitingReviewFrom: ['ksn', 'uh', 'utbn'], escalations: [] });

    const accepted = await e2e.http().post('/proposals/A-1/reviews').set('Authorization', t.rita).send({ stakeholder: 'ksn', verdict: 'accept', comment: 'ok' });
    expect(accepted.body).toEqual(await read('A-1'));
    expect(accepted.body.reviews).toEqual([expect.objectContaining({ stakeholder: 'ksn', version: 1, at: expect.any(String) })]);

    const rejected = await e2e.http().post('/proposals/A-1/reviews').set('Authorization', t.ulf).send({ stakeholder: 'uh', verdict: 'reject', comment: 'no' });
    expect(rejected.body).toEqual(await read('A-1'));
    expect(rejected.body).toMatchObject({ status: 'escalated', heldBy: 'obj', escalations: [expect.objectContaining({ toBody: 'obj', reason: 'rejected-in-review' })] });

    const approved = await e2e.http().post('/proposals/A-1/decisions').set('Authorization', t.olle).send({ body: 'obj', outcome: 'approve', motivation: 'fine' });
    expect(approved.body).toEqual(await read('A-1'));
    expect(approved.body).toMatchObject({ status: 'applied', appliedRevision: 2, closedAt: expect.any(String) });

    // The replay of the first write answers the first answer, not the proposal as it is now.
    const replay = await submit();
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.body).toEqual(submitted.body);

    const second = await e2e.http().post('/processes/LF-01/proposals').set('Authorization', t.anna).send({ id: 'A-2', baseRevision: 1, changes, rationale: 'r' });
    expect(second.body).toEqual(await read('A-2'));
    const amended = await e2e.http().post('/proposals/A-2/amend').set('Authorization', t.anna).send({ baseRevision: 2, changes: [{ op: 'replace', path: '/steps/s2/name', value: 'Find a place' }], rationale: 'rebased' });
    expect(amended.body).toEqual(await read('A-2'));
    expect(amended.body).toMatchObject({ version: 2, baseRevision: 2 });
    const withdrawn = await e2e.http().post('/proposals/A-2/withdraw').set('Authorization', t.anna).send({ reason: 'not now' });
    expect(withdrawn.body).toEqual(await read('A-2'));
    expect(withdrawn.body.status).toBe('withdrawn');
  });
});
