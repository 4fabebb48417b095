import type { StoredEvent } from '@samsyn/event-store';
import { OverdueReviewProcessManager } from '../../apps/api/src/modules/proposals/process-managers/escalate-overdue/overdue-review.process-manager';
import { startE2eApp, type E2eApp } from './support/e2e-app';
import { buildWorld, tokensFor, type Tokens } from './support/world';

/**
 * Issue 10 item 16 (issue 13's last bullet): every event carries what caused it — the command of
 * its request, or the event it follows from — and the stakeholder history names the person and the
 * reason behind each revision, though the system principal appends it.
 */
describe('E2E: the causation trail and who is behind a revision', () => {
  let e2e: E2eApp;
  let t: Tokens;
  const http = () => e2e.http();

  beforeAll(async () => {
    e2e = await startE2eApp();
    t = await tokensFor(e2e);
    await buildWorld(e2e, t);
  });
  afterAll(() => e2e.close());

  const stream = (id: string): Promise<StoredEvent[]> => e2e.runtime.store.readStream(id);
  const byType = (events: StoredEvent[], type: string) => events.filter((e) => e.type === type);
  const headRevision = async () => (await http().get('/processes/LF-01').set('Authorization', t.anna)).body.headRevision as number;

  it('every event written by a request carries a causation id, one command id per request', async () => {
    const all = await e2e.runtime.store.readAll();
    expect(all.length).toBeGreaterThan(5);
    for (const e of all) expect(e.metadata.causationId).toEqual(expect.stringMatching(/\S/));
    const perRequest = new Set(all.map((e) => e.metadata.causationId));
    expect(perRequest.size).toBe(all.length); // buildWorld sent one single-event request per write
  });

  it('consensus: the revision follows from the acceptance, the mark from the revision; the history names the submitter and the rationale', async () => {
    const base = await headRevision();
    await http().post('/processes/LF-01/proposals').set('Authorization', t.anna)
      .send({ id: 'C-1', baseRevision: base, changes: [{ op: 'replace', path: '/steps/s1/name', value: 'Describe the need' }], rationale: 'Say what is described' })
      .expect(201);
    for (const [who, stakeholder] of [['rita', 'ksn'], ['ulf', 'uh'], ['tina', 'utbn']] as const) {
      await http().post('/proposals/C-1/reviews').set('Authorization', t[who]).send({ stakeholder, verdict: 'accept', comment: 'ok' }).expect(201);
    }
    const proposal = await stream('proposal-C-1');
    const [accepted] = byType(proposal, 'ProposalAccepted');
    const [applied] = byType(proposal, 'ProposalApplied');
    const revised = byType(await stream('process-LF-01'), 'ProcessRevised').find((e) => (e.data as { proposalId: string }).proposalId === 'C-1')!;
    const lastReview = byType(proposal, 'ReviewSubmitted').at(-1)!;
    expect(accepted.metadata.causationId).toBe(lastReview.metadata.causationId); // one command, one id
    expect(revised.metadata.causationId).toBe(accepted.id);
    expect(applied.metadata.causationId).toBe(revised.id);
    expect(revised.metadata.correlationId).toBe(accepted.metadata.correlationId);
    expect(revised.metadata.actor).toBe('system');

    const history = await http().get('/stakeholders/uh/history').set('Authorization', t.ulf).expect(200);
    const entry = history.body.find((h: { type: string; proposalId: string }) => h.type === 'ProcessRevised' && h.proposalId === 'C-1');
    expect(entry).toMatchObject({ actor: 'anna', why: 'Say what is described' });
  });

  it('approval: the history names the member who approved and the proposal’s rationale', async () => {
    const base = await headRevision();
    await http().post('/processes/LF-01/proposals').set('Authorization', t.anna)
      .send({ id: 'C-2', baseRevision: base, changes: [{ op: 'replace', path: '/steps/s2/name', value: 'Find the premises' }], rationale: 'The premises, not any' })
      .expect(201);
    await http().post('/proposals/C-2/reviews').set('Authorization', t.ulf).send({ stakeholder: 'uh', verdict: 'reject', comment: 'no' }).expect(201);
    const approved = await http().post('/proposals/C-2/decisions').set('Authorization', t.olle).send({ body: 'obj', outcome: 'approve', motivation: 'clearer' });
    expect(approved.body).toMatchObject({ status: 'applied' });

    const decided = byType(await stream('proposal-C-2'), 'ProposalDecided').at(-1)!;
    const revised = byType(await stream('process-LF-01'), 'ProcessRevised').find((e) => (e.data as { proposalId: string }).proposalId === 'C-2')!;
    const cause = (await stream('proposal-C-2')).find((e) => e.id === revised.metadata.causationId)!;
    expect(cause.metadata.causationId).toBe(decided.metadata.causationId); // the approval's own request
    const history = await http().get('/stakeholders/ksn/history').set('Authorization', t.rita).expect(200);
    expect(history.body.find((h: { type: string; proposalId: string }) => h.type === 'ProcessRevised' && h.proposalId === 'C-2')).toMatchObject({
      actor: 'olle',
      why: 'The premises, not any',
    });
  });

  it('an escalation for a passed deadline follows from the event that set the deadline', async () => {
    const base = await headRevision();
    const deadline = new Date(Date.parse(e2e.clock.now()) + 7 * 86_400_000).toISOString();
    await http().post('/processes/LF-01/proposals').set('Authorization', t.anna)
      .send({ id: 'C-3', baseRevision: base, changes: [{ op: 'replace', path: '/steps/s3/name', value: 'Move' }], rationale: 'r', reviewDeadline: deadline })
      .expect(201);
    e2e.clock.advanceDays(8);
    expect((await e2e.app.get(OverdueReviewProcessManager).sweep()).escalated).toEqual(['C-3']);
    const events = await stream('proposal-C-3');
    const [submitted] = byType(events, 'ProposalSubmitted');
    const [escalated] = byType(events, 'ProposalEscalated');
    expect(escalated.metadata.causationId).toBe(submitted.id);
  });
});
