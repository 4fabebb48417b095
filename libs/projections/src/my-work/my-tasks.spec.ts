import type { Principal, Role } from '@samsyn/domain/shared/principal';
import { sqliteEventStore } from '@samsyn/store-sqlite';
import type { SamsynEvent } from '../projection';
import { allProjections } from '../all-projections';
import { ProjectionQueries } from '../queries/projection-queries';
import { ProjectionRunner } from '../runtime/projection-runner';
import { sqliteProjectionStateStore } from '../state-store/sqlite-projection-state-store';
import { writeScenario } from '../testing/scenario';
import {
  bodyEstablished as body,
  bodyMembersChanged,
  deviationEnded,
  deviationNeedsReapproval,
  deviationRecorded,
  processRegistered,
  processRevised,
  proposalAmended,
  proposalEscalated as escalated,
  proposalSubmitted as submitted,
  reviewSubmitted as reviewed,
} from '../testing/given-events';
import { projectionSpec } from '../testing/projection-spec';
import { myTasks } from './my-tasks';
import { myWorkProjection } from './my-work.projection';

const who = (id: string, ...roles: Role[]): Principal => ({ id, roles });
const reviewerOf = (s: string): Role => ({ role: 'reviewer', stakeholder: s });
const ownerOf = (s: string): Role => ({ role: 'process-owner', stakeholder: s });

/** given(events).when(event).then(tasks => …): the projection folded over the events, then the principals' tasks. */
const spec = projectionSpec(myWorkProjection);
const tasksOf = (state: Parameters<typeof myTasks>[0], p: Principal, seenUpTo?: bigint) => myTasks(state, p, { seenUpTo });
const process = processRegistered();

describe('my tasks (given facts, when a principal asks, then its tasks)', () => {
  it('a reviewer sees each proposal awaiting its organisation, until that organisation reviewed the current version', () =>
    spec.given([process, submitted('p1')]).when(reviewed('p1', 'ksn')).then((s) => {
      expect(tasksOf(s, who('rita', reviewerOf('ksn'))).counts.review).toBe(0);
      const fsn = tasksOf(s, who('frida', reviewerOf('fsn')));
      expect(fsn.counts).toEqual({ review: 1, decision: 0, 'own-proposal': 0, 'stale-deviation': 0, 'overdue-adoption': 0, adoption: 1, mention: 0, 'process-review': 0 });
      expect(fsn.tasks[0]).toMatchObject({ kind: 'review', resource: { kind: 'proposal', id: 'p1' }, link: '/proposals/p1', stakeholder: 'fsn', why: { code: 'AWAITING_YOUR_REVIEW' } });
      expect(fsn.tasks[0].why.sv).toContain('yttrande');
      expect(fsn.tasks[0].why.en).toContain('review');
    }));

  it('an amendment asks every reviewer again', () =>
    spec.given([process, submitted('p1'), reviewed('p1', 'ksn')]).when(proposalAmended('p1', 2)).then((s) => expect(tasksOf(s, who('rita', reviewerOf('ksn'))).counts.review).toBe(1)));

  it('a member of the body holding a proposal is told, with whether the body is within the mandate', () => {
    spec.given([body('obj', 'object', ['olle']), body('adm', 'administration', ['adam']), process, submitted('p1')]).when(escalated('p1', 'obj')).then((s) => {
      expect(tasksOf(s, who('olle')).tasks).toEqual([
        expect.objectContaining({ kind: 'decision', body: 'obj', withinMandate: false, why: expect.objectContaining({ code: 'HELD_BY_YOUR_BODY_OUTSIDE_MANDATE' }) }),
      ]);
      expect(tasksOf(s, who('adam')).total).toBe(0);
    });
    spec.given([body('adm', 'administration', ['adam']), process, submitted('p1')]).when(escalated('p1', 'adm')).then((s) => expect(tasksOf(s, who('adam')).tasks[0]).toMatchObject({ withinMandate: true }));
  });

  it('body membership follows the members list', () =>
    spec
      .given([body('obj', 'object', ['olle']), process, submitted('p1', { requiredLevel: 'object' }), escalated('p1', 'obj')])
      .when(bodyMembersChanged('obj', ['nora'], ['nora'], ['olle']))
      .then((s) => {
        expect(tasksOf(s, who('olle')).total).toBe(0);
        expect(tasksOf(s, who('nora')).counts.decision).toBe(1);
      }));

  it('the submitter sees its proposals conflicted (always), escalated or decided (after what it has seen)', () => {
    const decided: SamsynEvent = { type: 'ProposalDecided', data: { id: 'p1', body: 'obj', level: 'object', outcome: 'reject', motivation: 'm', decidedBy: 'olle' } };
    const conflicted: SamsynEvent = { type: 'ProposalConflicted', data: { id: 'p2', headRevision: 2, reason: 'r' } };
    spec.given([body('obj', 'object', ['olle']), process, submitted('p1'), escalated('p1', 'obj'), decided, submitted('p2')]).when(conflicted).then((s) => {
      const kalle = tasksOf(s, who('kalle'));
      expect(kalle.tasks.map((t) => [t.resource.id, t.why.code])).toEqual([
        ['p1', 'YOUR_PROPOSAL_DECIDED'],
        ['p2', 'YOUR_PROPOSAL_CONFLICTED'],
      ]);
      expect(kalle.tasks[0].why.sv).toContain('avslaget');
      // The decision was event 5: seen up to it, only the conflict remains.
      expect(tasksOf(s, who('kalle'), 5n).tasks.map((t) => t.resource.id)).toEqual(['p2']);
      expect(tasksOf(s, who('someone-else')).total).toBe(0);
    });
  });

  it('proposal tasks carry the rationale\'s first line, cut short, as what to call the proposal; an amendment renews it', () => {
    const long = `${'Samordna fakturaflödet mellan förvaltningarna '.repeat(3)}\nmer text`;
    spec.given([process]).when(submitted('3f2a9c1e-0000-4000-8000-000000000001', { rationale: `\n  Kortare handläggning av fakturor\nDetaljer` })).then((s) => {
      expect(tasksOf(s, who('frida', reviewerOf('fsn'))).tasks[0]).toMatchObject({ kind: 'review', summary: 'Kortare handläggning av fakturor' });
    });
    spec.given([process, submitted('p1', { rationale: long })]).when(proposalAmended('p1', 2)).then((s) => {
      expect(tasksOf(s, who('frida', reviewerOf('fsn'))).tasks[0].summary).toBe('r2');
    });
    spec.given([process]).when(submitted('p1', { rationale: long })).then((s) => {
      const summary = tasksOf(s, who('frida', reviewerOf('fsn'))).tasks[0].summary ?? '';
      expect(summary).toHaveLength(80);
      expect(summary.endsWith('…')).toBe(true);
      expect(long.startsWith(summary.slice(0, -1))).toBe(true);
    });
  });

  it('adoptions its organisations have not recorded, except where a deviation is active', () => {
    const adopted: SamsynEvent = { type: 'AdoptionRecorded', data: { id: 'VA-01', stakeholder: 'ksn', revision: 1, adoptedOn: '2026-01-02' } };
    const deviation: SamsynEvent = { type: 'DeviationRecorded', data: { id: 'VA-01', stakeholder: 'fsn', proposalId: 'd1', revision: 1, rationale: 'r', changes: [] } };
    spec.given([]).when(process).then((s) => {
      expect(tasksOf(s, who('kalle', ownerOf('ksn'))).tasks).toEqual([
        expect.objectContaining({ kind: 'adoption', resource: { kind: 'process', id: 'VA-01' }, link: '/processes/VA-01', stakeholder: 'ksn', revision: 1 }),
      ]);
      expect(tasksOf(s, who('frida', reviewerOf('fsn'))).counts.adoption).toBe(1);
      expect(tasksOf(s, who('ulla', ownerOf('uhem'))).total).toBe(0);
    });
    spec.given([process]).when(adopted).then((s) => expect(tasksOf(s, who('kalle', ownerOf('ksn'))).total).toBe(0));
    spec.given([process]).when(deviation).then((s) => expect(tasksOf(s, who('frida', reviewerOf('fsn'))).counts.adoption).toBe(0));
  });

  it("a deviation a later revision made stale: its organisation's owners and reviewers renew it or adopt, until one of them happens", () => {
    const parts = { steps: ['s1'], handovers: [], purpose: false, participants: false };
    const history = [process, deviationRecorded('fsn', 'd1'), processRevised(2, 'p2')];
    spec.given(history).when(deviationNeedsReapproval('fsn', 'd1', 2, parts)).then((s) => {
      const frida = tasksOf(s, who('frida', reviewerOf('fsn')));
      expect(frida.counts['stale-deviation']).toBe(1);
      expect(frida.tasks.find((t) => t.kind === 'stale-deviation')).toMatchObject({
        resource: { kind: 'process', id: 'VA-01' },
        link: '/processes/VA-01',
        stakeholder: 'fsn',
        revision: 2,
        why: { code: 'DEVIATION_NEEDS_REAPPROVAL' },
      });
      expect(tasksOf(s, who('fiona', ownerOf('fsn'))).counts['stale-deviation']).toBe(1);
      // Another organisation's people are not asked.
      expect(tasksOf(s, who('kalle', ownerOf('ksn'))).counts['stale-deviation']).toBe(0);
    });
    // A second stale revision keeps one task, since the first, with the latest revision.
    spec
      .given([...history, deviationNeedsReapproval('fsn', 'd1', 2, parts), processRevised(3, 'p3')])
      .when(deviationNeedsReapproval('fsn', 'd1', 3, parts))
      .then((s) => expect(tasksOf(s, who('frida', reviewerOf('fsn'))).tasks.filter((t) => t.kind === 'stale-deviation').map((t) => t.revision)).toEqual([3]));
    // Renewed (a deviation approved against the head) or ended by adopting: the task is gone.
    const stale = [...history, deviationNeedsReapproval('fsn', 'd1', 2, parts)];
    spec.given(stale).when(deviationRecorded('fsn', 'd2', 2)).then((s) => expect(tasksOf(s, who('frida', reviewerOf('fsn'))).counts['stale-deviation']).toBe(0));
    spec.given(stale).when(deviationEnded('fsn', 'd1')).then((s) => expect(tasksOf(s, who('frida', reviewerOf('fsn'))).counts['stale-deviation']).toBe(0));
  });
});

describe('my tasks over a stored history, live and as of a past position', () => {
  const store = sqliteEventStore({ path: ':memory:' });
  const states = sqliteProjectionStateStore({ path: ':memory:' });
  const runner = new ProjectionRunner({ store, stateStore: states, snapshots: states, projections: allProjections(), snapshotEvery: 5 });
  const q = new ProjectionQueries({ store, runner, snapshots: states });
  let marks: Record<string, bigint>;

  beforeAll(async () => {
    marks = (await writeScenario(store)).marks;
    await runner.start();
    expect(await runner.waitForPosition(marks.end, 5000)).toBe(true);
  });
  afterAll(async () => {
    await runner.stop();
    await store.close();
    states.close();
  });

  it('now: p5 awaits fsn and uhem; ksn has not adopted revision 3', async () => {
    expect((await q.myTasks(who('frida', reviewerOf('fsn')), {})).tasks.map((t) => [t.kind, t.resource.id])).toEqual([['review', 'p5']]);
    const kalle = await q.myTasks(who('kalle', ownerOf('ksn')), {});
    expect(kalle.tasks.filter((t) => t.kind === 'adoption').map((t) => [t.stakeholder, t.revision])).toEqual([['ksn', 3]]);
    expect(kalle.tasks.filter((t) => t.kind === 'own-proposal').map((t) => [t.resource.id, t.status])).toEqual([['p1', 'applied'], ['p2', 'applied']]);
    expect((await q.myTasks(who('adam'), {})).counts.decision).toBe(0);
  });

  it('as of the escalation to the administration body: adam was asked to decide, within the mandate', async () => {
    const then = await q.myTasks(who('adam'), {}, { position: marks.p2Escalated });
    expect(then.tasks).toEqual([expect.objectContaining({ kind: 'decision', resource: { kind: 'proposal', id: 'p2' }, body: 'adm', withinMandate: true })]);
    const kalle = await q.myTasks(who('kalle', ownerOf('ksn')), {}, { position: marks.p2Escalated });
    expect(kalle.tasks.filter((t) => t.kind === 'adoption')).toEqual([]); // ksn had adopted revision 2, the head then
    expect(kalle.tasks.filter((t) => t.kind === 'own-proposal').map((t) => [t.resource.id, t.status])).toEqual([['p1', 'applied'], ['p2', 'escalated']]);
  });

  it('the same answer from a replay without the runner', async () => {
    const replay = new ProjectionQueries({ store });
    const p = who('kalle', ownerOf('ksn'));
    expect(await replay.myTasks(p, {}, { position: marks.p2Escalated })).toEqual(await q.myTasks(p, {}, { position: marks.p2Escalated }));
    expect(await replay.myTasks(p, {})).toEqual(await q.myTasks(p, {}));
  });
});
