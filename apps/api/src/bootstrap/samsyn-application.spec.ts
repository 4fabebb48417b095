import { DomainError, SYSTEM_PRINCIPAL, proposalStream } from '@samsyn/domain';
import { sqliteEventStore } from '@samsyn/store-sqlite';
import type { EventStore } from '@samsyn/event-store';
import { samsynApplication, type SamsynApplication } from './samsyn-application';
import { seedDemo } from '@samsyn/application/demo/seed-demo';
import { PEOPLE } from '@samsyn/application/demo/uppsala-registers';

const as = (who: string, extra: object = {}) => ({ principal: PEOPLE[who], now: '2026-01-10T10:00:00.000Z', ...extra });

/** The last accept (skolfastigheter's, by fredrik) as a request that died right after committing
 * it would leave it: accepted, with no revision or deviation and no mark. */
const commitLastAcceptWithoutSettling = async (store: EventStore, id: string): Promise<void> => {
  const stream = proposalStream(id);
  const metadata = { actor: 'fredrik', occurredAt: '2026-01-10T10:00:00.000Z', correlationId: 'c', causationId: null };
  await store.append(
    stream,
    [
      { type: 'ReviewSubmitted', schemaVersion: 2, data: { id, version: 1, stakeholder: 'skolfastigheter', reviewer: 'fredrik', verdict: 'accept', comment: 'ok' }, metadata },
      { type: 'ProposalAccepted', schemaVersion: 1, data: { id, version: 1 }, metadata },
    ],
    { expectedRevision: (await store.streamRevision(stream)) as bigint },
  );
};

const refusal = async (p: Promise<unknown>): Promise<string> => {
  try {
    await p;
  } catch (e) {
    if (e instanceof DomainError) return e.code;
    throw e;
  }
  throw new Error('expected a refusal');
};

describe('SamsynApplication on the embedded store, with the Uppsala demo', () => {
  let store: EventStore;
  let app: SamsynApplication;

  beforeAll(async () => {
    store = sqliteEventStore({ path: ':memory:' });
    app = samsynApplication(store);
    await seedDemo(app);
  });
  afterAll(() => store.close());

  it('walks every proposal of the demo to the state its story tells', async () => {
    const status = async (id: string) => (await app.states.proposal(id)).status;
    expect(await status('P-001')).toBe('applied');
    expect(await status('P-002')).toBe('applied');
    expect(await status('P-003')).toBe('applied');
    expect(await status('P-004')).toBe('applied');
    expect(await status('P-005')).toBe('rejected');
    expect(await status('P-006')).toBe('withdrawn');
    expect(await status('P-007')).toBe('applied');
    expect(await status('P-008')).toBe('conflicted');
    expect(await status('P-009')).toBe('submitted');
    expect(await status('P-010')).toBe('escalated');
  });

  it('made revisions only from accepted or approved proposals, and recorded the deviation', async () => {
    const ff01 = await app.states.process('FF-01');
    expect(ff01.head).toBe(2);
    expect(ff01.revisionProposals[2]).toBe('P-001');
    const ek01 = await app.states.process('EK-01');
    expect(ek01.revisions[2].steps['attestera-utbn'].terms).toEqual(['hyresgast']);
    const p3 = await app.states.proposal('P-003');
    expect(p3.requiredLevel).toBe('portfolio');
    expect(p3.decisions.map((d) => d.level)).toContain('portfolio');
    const ff04 = await app.states.process('FF-04');
    expect(ff04.head).toBe(1);
    expect(ff04.deviations['skolfastigheter']?.proposalId).toBe('P-004');
  });

  it('refuses a decision outside the holding body’s mandate and changes nothing', async () => {
    const before = await store.headPosition();
    expect(await refusal(app.decideProposal('P-010', { body: 'objekt-fastighet', outcome: 'approve', motivation: 'ok' }, as('johan')))).toBe(
      'OUTSIDE_MANDATE',
    );
    expect(await store.headPosition()).toBe(before);
  });

  it('refuses a reviewer of one stakeholder reviewing for another', async () => {
    expect(await refusal(app.reviewProposal('P-009', { stakeholder: 'utbn', verdict: 'accept', comment: 'x' }, as('bjorn')))).toBe('NOT_ALLOWED');
  });

  it('answers a retried write with the same idempotency key once, appending nothing the second time', async () => {
    const opts = as('cecilia', { idempotencyKey: 'review-p9-utbn' });
    const first = await app.reviewProposal('P-009', { stakeholder: 'utbn', verdict: 'accept', comment: 'Bra.' }, opts);
    const head = await store.headPosition();
    const again = await app.reviewProposal('P-009', { stakeholder: 'utbn', verdict: 'accept', comment: 'Bra.' }, opts);
    expect(again.replayed).toBe(true);
    expect(again.revision).toBe(first.revision);
    expect(await store.headPosition()).toBe(head);
  });

  it('lets racing reviewers of different stakeholders both succeed, each rule re-checked on fresh state', async () => {
    const p = await app.submitProposal(
      'FF-05',
      { baseRevision: 1, rationale: 'Månadsvis avläsning.', changes: [{ op: 'add', path: '/steps/mata/description', value: 'Månadsvis.' }] },
      as('eva'),
    );
    const reviews = await Promise.allSettled([
      app.reviewProposal(p.resource.id, { stakeholder: 'ksn', verdict: 'accept', comment: 'ok' }, as('bjorn')),
      app.reviewProposal(p.resource.id, { stakeholder: 'uppsalahem', verdict: 'accept', comment: 'ok' }, as('eva')),
      app.reviewProposal(p.resource.id, { stakeholder: 'skolfastigheter', verdict: 'accept', comment: 'ok' }, as('fredrik')),
    ]);
    expect(reviews.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled']);
    const after = await app.states.proposal(p.resource.id);
    expect(after.status).toBe('applied');
    expect((await app.states.process('FF-05')).head).toBe(2);
  });

  it('escalates an overdue proposal only once its deadline has passed', async () => {
    expect(await refusal(app.escalateOverdue('P-009', { now: '2027-01-01T00:00:00.000Z' }))).toBe('DEADLINE_NOT_PASSED');
    const r = await app.escalateOverdue('P-009', { now: '2027-07-01T00:00:00.000Z' });
    expect(r.resource.status).toBe('escalated');
    expect(r.resource.heldBy).toBe('objekt-lokal');
    void SYSTEM_PRINCIPAL;
  });

  it('keeps an intact hash chain over the whole history', async () => {
    const v = await store.verifyChain();
    expect(v.ok).toBe(true);
    expect(v.checked).toBeGreaterThan(150);
  });
});

describe('SamsynApplication recovery', () => {
  it('recoverPending finishes a proposal that was accepted but never applied', async () => {
    const store = sqliteEventStore({ path: ':memory:' });
    const app = samsynApplication(store);
    await seedDemo(app);
    // A request that died after the last accept: write the accept straight through the executor
    // path's first step only, by replaying the events of an accepted proposal without the apply.
    const p = await app.submitProposal(
      'FF-05',
      { baseRevision: 1, rationale: 'r', changes: [{ op: 'add', path: '/steps/mata/description', value: 'x' }] },
      as('eva'),
    );
    const id = p.resource.id;
    for (const [s, who] of [['ksn', 'bjorn'], ['uppsalahem', 'eva']] as const) {
      await app.reviewProposal(id, { stakeholder: s, verdict: 'accept', comment: 'ok' }, as(who));
    }
    await commitLastAcceptWithoutSettling(store, id);
    expect((await app.states.proposal(id)).status).toBe('accepted');
    // Two settlers at once (two servers' sweeps): both answer applied, one revision is made.
    const [settled, racing] = await Promise.all([app.recoverPending(id, {}), app.recoverPending(id, {})]);
    expect(settled.resource.status).toBe('applied');
    expect(racing.resource.status).toBe('applied');
    expect(settled.resource.appliedRevision).toBe(2);
    const processEvents = await store.readStream('process-FF-05');
    expect(processEvents.filter((e) => e.type === 'ProcessRevised')).toHaveLength(1);
    const again = await app.recoverPending(id, {});
    expect(again.resource.status).toBe('applied');
    expect((await app.states.process('FF-05')).head).toBe(2);
    await store.close();
  });
});

describe('SamsynApplication when applying fails after the accept was committed', () => {
  it('answers the committed review (status accepted), reports the failure, and recoverPending finishes later', async () => {
    const store = sqliteEventStore({ path: ':memory:' });
    const failures: string[] = [];
    let failApply = false;
    // A store whose process-stream appends fail while `failApply` is set: store trouble mid-request.
    const flaky: EventStore = Object.create(store, {
      append: {
        value: (streamId: string, events: never, o: never) => {
          if (failApply && streamId.startsWith('process-')) return Promise.reject(new Error('disk unplugged'));
          return store.append(streamId, events, o);
        },
      },
    });
    const app = samsynApplication(flaky, { onSettlementError: (id) => failures.push(id) });
    await seedDemo(app);
    const p = await app.submitProposal(
      'FF-05',
      { baseRevision: 1, rationale: 'r', changes: [{ op: 'add', path: '/steps/mata/description', value: 'x' }] },
      as('eva'),
    );
    const id = p.resource.id;
    await app.reviewProposal(id, { stakeholder: 'ksn', verdict: 'accept', comment: 'ok' }, as('bjorn'));
    await app.reviewProposal(id, { stakeholder: 'uppsalahem', verdict: 'accept', comment: 'ok' }, as('eva'));
    failApply = true;
    const last = await app.reviewProposal(id, { stakeholder: 'skolfastigheter', verdict: 'accept', comment: 'ok' }, as('fredrik'));
    expect(last.resource.status).toBe('accepted');
    expect(failures).toEqual([id]);
    failApply = false;
    const settled = await app.recoverPending(id, {});
    expect(settled.resource.status).toBe('applied');
    expect((await app.states.process('FF-05')).head).toBe(2);
    await store.close();
  });
});

describe('SamsynApplication stream-state cache', () => {
  it('two instances with their own caches on one store never decide on stale state', async () => {
    const store = sqliteEventStore({ path: ':memory:' });
    const a = samsynApplication(store);
    const b = samsynApplication(store);
    await seedDemo(a);
    // b caches P-009 now; a then records a review b has never seen.
    expect((await b.states.proposal('P-009')).reviews['utbn']).toBeUndefined();
    await a.reviewProposal('P-009', { stakeholder: 'utbn', verdict: 'accept', comment: 'ok' }, as('cecilia'));
    // b reads the tail and refuses the duplicate, as the rule demands.
    expect(await refusal(b.reviewProposal('P-009', { stakeholder: 'utbn', verdict: 'accept', comment: 'again' }, as('cecilia')))).toBe('ALREADY_REVIEWED');
    expect((await b.states.proposal('P-009')).reviews['utbn']?.comment).toBe('ok');
    await store.close();
  });

  it('answers a proposal write with what another instance wrote in between (its own events kept, the rest read)', async () => {
    const store = sqliteEventStore({ path: ':memory:' });
    const a = samsynApplication(store);
    const b = samsynApplication(store);
    await seedDemo(a);
    const submitted = await a.submitProposal(
      'FF-05',
      { id: 'two-servers', baseRevision: 1, rationale: 'r', changes: [{ op: 'add', path: '/steps/mata/description', value: 'x' }] },
      as('eva'),
    );
    expect(submitted.resource.reviews).toEqual([]);
    await b.reviewProposal('two-servers', { stakeholder: 'ksn', verdict: 'accept', comment: 'from b' }, as('bjorn'));
    const keyed = as('eva', { idempotencyKey: 'eva:review-two-servers' });
    const mine = await a.reviewProposal('two-servers', { stakeholder: 'uppsalahem', verdict: 'accept', comment: 'from a' }, keyed);
    expect(mine.resource.reviews.map((r) => r.comment)).toEqual(['from b', 'from a']);
    await b.reviewProposal('two-servers', { stakeholder: 'skolfastigheter', verdict: 'accept', comment: 'last' }, as('fredrik'));
    // A replay (on either instance) answers the first answer, not the proposal as it is now (applied).
    for (const app of [a, samsynApplication(store)]) {
      const again = await app.reviewProposal('two-servers', { stakeholder: 'uppsalahem', verdict: 'accept', comment: 'from a' }, keyed);
      expect([again.replayed, again.resource]).toEqual([true, mine.resource]);
    }
    await store.close();
  });

  it('decides the same with and without the cache', async () => {
    const outcomes = async (cachedStreams: number) => {
      const store = sqliteEventStore({ path: ':memory:' });
      const app = samsynApplication(store, { cachedStreams, newId: () => 'fixed' });
      await seedDemo(app);
      const events = (await store.readAll()).map((e) => [e.streamId, e.type, e.data]);
      await store.close();
      return events;
    };
    expect(await outcomes(2)).toEqual(await outcomes(0));
  });
});

describe('SamsynApplication settling a deviation twice at once', () => {
  it('records one deviation and answers applied to both settlers', async () => {
    const store = sqliteEventStore({ path: ':memory:' });
    const app = samsynApplication(store);
    await seedDemo(app);
    const p = await app.submitProposal(
      'FF-05',
      { kind: 'deviation', stakeholder: 'uppsalahem', baseRevision: 1, rationale: 'Egen mätrutin.', changes: [{ op: 'replace', path: '/steps/mata/name', value: 'Läsa av egna mätare' }] },
      as('eva'),
    );
    const id = p.resource.id;
    await app.reviewProposal(id, { stakeholder: 'ksn', verdict: 'accept', comment: 'ok' }, as('bjorn'));
    await app.reviewProposal(id, { stakeholder: 'uppsalahem', verdict: 'accept', comment: 'ok' }, as('eva'));
    await commitLastAcceptWithoutSettling(store, id);
    const [a, b] = await Promise.all([app.recoverPending(id, {}), app.recoverPending(id, {})]);
    expect([a.resource.status, b.resource.status]).toEqual(['applied', 'applied']);
    const recorded = (await store.readStream('process-FF-05')).filter((e) => e.type === 'DeviationRecorded');
    expect(recorded).toHaveLength(1);
    expect((await app.states.process('FF-05')).deviations['uppsalahem']?.proposalId).toBe(id);
    await store.close();
  });
});
