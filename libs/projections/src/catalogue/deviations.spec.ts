import { fold, SYSTEM_PRINCIPAL } from '@samsyn/domain/shared';
import type { PatchOperation } from '@samsyn/domain/process/definition';
import type { ProcessCommand } from '@samsyn/domain/process/process.commands';
import { processDecider } from '@samsyn/domain/process/process.decider';
import { stakeholder, system, term } from '@samsyn/domain/process/process.fixtures';
import type { ProcessEvent } from '@samsyn/domain/process/process.events';
import { sqliteEventStore } from '@samsyn/store-sqlite';
import { allProjections } from '../all-projections';
import { ProjectionRunner } from '../runtime/projection-runner';
import { sqliteProjectionStateStore } from '../state-store/sqlite-projection-state-store';
import { HistoryWriter } from '../testing/history-writer';
import { definitionV1 } from '../testing/scenario';
import { ProjectionQueries } from '../queries/projection-queries';

/** Deviations follow the baseline, read side: the catalogue and harmonization report show a stale
 * deviation as needs-reapproval from exactly the revision that touched it, and its diff compares
 * it with the head; every answer as of a past position too. Process events come from the decider. */
describe('deviations in the read models', () => {
  const store = sqliteEventStore({ path: ':memory:' });
  const states = sqliteProjectionStateStore({ path: ':memory:' });
  const runner = new ProjectionRunner({ store, stateStore: states, snapshots: states, projections: allProjections(), persistEvery: 3, snapshotEvery: 2 });
  const q = new ProjectionQueries({ store, runner, snapshots: states });
  const marks: Record<string, bigint> = {};
  const process: ProcessEvent[] = [];
  const w = new HistoryWriter(store);

  const decide = async (command: ProcessCommand): Promise<bigint> => {
    let last = 0n;
    for (const e of processDecider.decide(command, fold(processDecider, process))) {
      process.push(e);
      last = await w.emit('process-VA-01', e as never, 'system');
    }
    return last;
  };
  const ctx = { principal: SYSTEM_PRINCIPAL, now: '2024-01-01T00:00:00.000Z' };
  const revise = (proposalId: string, baseRevision: number, changes: PatchOperation[]) =>
    decide({ type: 'ApplyChangeProposal', data: { id: 'VA-01', proposalId, baseRevision, changes, rationale: 'r' }, context: ctx, refs });
  const refs = {
    stakeholders: { ksn: stakeholder('ksn'), fsn: stakeholder('fsn'), uhem: stakeholder('uhem') },
    terms: { lokalbehov: term('lokalbehov') },
    systems: { fastsys: system('fastsys'), diarie: system('diarie') },
  };
  const deviationPatch: PatchOperation[] = [{ op: 'replace', path: '/steps/s2/name', value: 'Sign lease locally' }];

  beforeAll(async () => {
    for (const id of ['ksn', 'fsn', 'uhem']) await w.emit(`stakeholder-${id}`, { type: 'StakeholderRegistered', data: { id, name: id, kind: 'committee' } });
    const registered: ProcessEvent = {
      type: 'ProcessRegistered',
      data: { id: 'VA-01', name: 'Leasing in', owner: { principal: 'kalle', stakeholder: 'ksn' }, governingBody: 'obj', revision: 1, definition: definitionV1 },
    };
    process.push(registered);
    await w.emit('process-VA-01', registered as never, 'kalle');
    await w.emit('proposal-d1', {
      type: 'ProposalSubmitted',
      data: {
        id: 'd1', processId: 'VA-01', kind: 'deviation', submittedBy: 'ulla', submitterStakeholder: 'uhem', stakeholder: 'uhem', baseRevision: 1,
        changes: deviationPatch, rationale: 'our board signs', requiredLevel: 'object', reviewers: ['ksn', 'fsn', 'uhem'], governingBody: 'obj', reviewDeadline: null, submittedAt: w.now,
      },
    } as never, 'ulla');
    marks.recorded = await decide({ type: 'RecordDeviation', data: { id: 'VA-01', proposalId: 'd1', stakeholder: 'uhem', rationale: 'our board signs', changes: deviationPatch, baseRevision: 1 }, context: ctx });
    marks.untouched = await revise('p1', 1, [{ op: 'replace', path: '/steps/s1/name', value: 'Analyse needs' }]);
    marks.touched = await revise('p2', 2, [{ op: 'replace', path: '/steps/s2/performer', value: 'fsn' }]);
    await runner.start();
    expect(await runner.waitForPosition(marks.touched, 5000)).toBe(true);
  });
  afterAll(async () => {
    await runner.stop();
    await store.close();
    states.close();
  });

  it('the decider made the deviation stale on revision 3 only', () =>
    expect(process.filter((e) => e.type === 'DeviationNeedsReapproval').map((e) => (e.data as { revision: number }).revision)).toEqual([3]));

  it('catalogue: needs-reapproval now, deviating as of the revision that did not touch it', async () => {
    expect(((await q.process('VA-01')) as any).status.uhem).toBe('needs-reapproval');
    expect(((await q.process('VA-01')) as any).deviations.uhem).toMatchObject({
      proposalId: 'd1',
      covers: { steps: ['s2'], handovers: [] },
      needsReapproval: { since: 3, revisions: [3], parts: { steps: ['s2'] } },
    });
    expect(((await q.process('VA-01', { position: marks.untouched })) as any).status.uhem).toBe('deviating');
    expect(((await q.process('VA-01', { position: marks.recorded })) as any).deviations.uhem.needsReapproval).toBeNull();
  });

  it('harmonization report: the status per (process, organisation) says so', async () => {
    const r = (await q.harmonizationReport()) as any;
    expect(r.processes[0].statuses.uhem).toBe('needs-reapproval');
    expect(((await q.harmonizationReport({ position: marks.untouched })) as any).processes[0].statuses.uhem).toBe('deviating');
  });

  it('deviation diff: against the head with old → new values, how far behind, why stale', async () => {
    const d = (await q.deviationDiff('VA-01', 'uhem')) as any;
    expect(d).toMatchObject({
      processId: 'VA-01', stakeholder: 'uhem', proposalId: 'd1', status: 'needs-reapproval', approvedAtRevision: 1, baseRevision: 1, headRevision: 3,
      revisionsBehind: 2, applies: true, against: 'head', againstRevision: 3,
    });
    expect(d.steps.values).toEqual({ s2: [{ field: 'name', old: 'Sign lease', new: 'Sign lease locally' }] });
    const then = (await q.deviationDiff('VA-01', 'uhem', { position: marks.recorded })) as any;
    expect(then).toMatchObject({ status: 'deviating', headRevision: 1, revisionsBehind: 0, needsReapproval: null });
  });

  it('deviation diff: none for a stakeholder without a deviation, an unknown process, or before it was recorded', async () => {
    expect(await q.deviationDiff('VA-01', 'ksn')).toBeNull();
    expect(await q.deviationDiff('NOPE', 'uhem')).toBeNull();
    expect(await q.deviationDiff('VA-01', 'uhem', { position: marks.recorded - 1n })).toBeNull();
    expect(await q.deviationDiff('VA-01', 'constructor')).toBeNull();
  });

  it('stakeholder history: the organisation is told which revision changed what', async () => {
    const h = (await q.stakeholderHistory('uhem')) as any[];
    expect(h.find((e) => e.type === 'DeviationNeedsReapproval')).toMatchObject({
      processId: 'VA-01', proposalId: 'd1', revision: 3, what: 'deviation from process VA-01 needs re-approval: revision 3 changed step s2',
    });
  });
});
