import { proposalStream } from '@samsyn/domain';
import { RecoveryProcessManager } from '../../apps/api/src/modules/proposals/process-managers/recover-pending/recovery.process-manager';
import { startE2eApp, type E2eApp } from './support/e2e-app';
import { buildWorld, tokensFor, type Tokens } from './support/world';

/** A request that died between "accepted" and "applied" leaves the proposal pending; the process
 * manager finishes it, once, however often it sweeps. */
describe('recovery process manager (pending settlement)', () => {
  let e2e: E2eApp;
  let t: Tokens;

  beforeAll(async () => {
    e2e = await startE2eApp();
    t = await tokensFor(e2e);
    await buildWorld(e2e, t);
  });
  afterAll(() => e2e.close());

  it('applies a proposal left accepted, and a second sweep finds nothing to do', async () => {
    const submitted = await e2e
      .http()
      .post('/processes/LF-01/proposals')
      .set('Authorization', t.anna)
      .send({ baseRevision: 1, rationale: 'clearer', changes: [{ op: 'replace', path: '/steps/s1/name', value: 'Describe the need' }] });
    expect(submitted.status).toBe(201);
    const id: string = submitted.body.id;
    for (const [stakeholder, who] of [
      ['ksn', t.rita],
      ['uh', t.ulf],
    ] as const) {
      const r = await e2e.http().post(`/proposals/${id}/reviews`).set('Authorization', who).send({ stakeholder, verdict: 'accept', comment: 'ok' });
      expect(r.status).toBe(201);
    }
    // The last accept, written as a request that died right after committing it.
    const store = e2e.runtime.store;
    const revision = (await store.streamRevision(proposalStream(id))) as bigint;
    const meta = { actor: 'tina', occurredAt: e2e.clock.now(), correlationId: 'died', causationId: null };
    const written = await store.append(
      proposalStream(id),
      [
        { type: 'ReviewSubmitted', schemaVersion: 2, data: { id, version: 1, stakeholder: 'utbn', reviewer: 'tina', verdict: 'accept', comment: 'ok' }, metadata: meta },
        { type: 'ProposalAccepted', schemaVersion: 1, data: { id, version: 1 }, metadata: meta },
      ],
      { expectedRevision: revision },
    );
    await e2e.runtime.runner.waitForPosition(written.position, 2000);
    const sweeper = e2e.app.get(RecoveryProcessManager);
    expect(await sweeper.sweep()).toEqual([id]);
    const after = await e2e.http().get(`/proposals/${id}`).set('Authorization', t.anna);
    expect(after.body.status).toBe('applied');
    expect(after.body.appliedRevision).toBe(2);
    expect(await sweeper.sweep()).toEqual([]);
  });
});
