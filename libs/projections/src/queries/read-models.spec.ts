import { sqliteEventStore } from '@samsyn/store-sqlite';
import { allProjections } from '../all-projections';
import { ROW_STORABLE_READ_MODELS } from '../row-storable';
import { rowStorage } from '../row-storage';
import { ProjectionRunner } from '../runtime/projection-runner';
import { sqliteProjectionStateStore } from '../state-store/sqlite-projection-state-store';
import { writeScenario } from '../testing/scenario';
import { ProjectionQueries } from './projection-queries';

// Once with every read model in the heap, once with those that can be kept as rows kept so
// (docs/read-model-storage.md): the same answers either way.
describe.each([[[] as string[]], [[...ROW_STORABLE_READ_MODELS] as string[]]])('read models over one history (as rows: %j)', (rows) => {
  const store = sqliteEventStore({ path: ':memory:' });
  const states = sqliteProjectionStateStore({ path: ':memory:' });
  const storage = rowStorage({ path: ':memory:', rows, projections: allProjections(), states, snapshots: states });
  const runner = new ProjectionRunner({ store, stateStore: storage.states, snapshots: storage.snapshots, projections: storage.projections, persistEvery: 7, snapshotEvery: 5 });
  const q = new ProjectionQueries({ store, runner, snapshots: storage.snapshots });
  let marks: Record<string, bigint>;

  beforeAll(async () => {
    marks = (await writeScenario(store)).marks;
    await runner.start();
    expect(await runner.waitForPosition(marks.end, 2000)).toBe(true);
  });
  afterAll(async () => {
    await runner.stop();
    await store.close();
    states.close();
    storage.close();
  });

  it('catalogue: head revision, participants, status per participant, open proposals', async () => {
    const [p] = (await q.catalogue()) as any[];
    expect(p).toMatchObject({
      id: 'VA-01',
      headRevision: 3,
      owner: { principal: 'kalle', stakeholder: 'ksn' },
      governingBody: 'obj',
      participants: ['ksn', 'fsn', 'uhem'],
      status: { ksn: 'behind', fsn: 'harmonized', uhem: 'deviating' },
      openProposals: ['p5'],
    });
    expect(Object.keys(p.definition.steps)).toEqual(['s1', 's2', 's3']);
    expect(await q.process('nope')).toBeNull();
  });

  it('process history: revisions with the proposal and decision behind each, definitions, diff', async () => {
    const revs = (await q.revisions('VA-01')) as any[];
    expect(revs.map((r) => [r.revision, r.proposalId, r.decision?.by ?? null, r.decision?.body ?? null])).toEqual([
      [1, null, null, null],
      [2, 'p1', 'consensus', null],
      [3, 'p2', 'body', 'adm'],
    ]);
    expect(revs[2]).toMatchObject({ summary: 'steps added: s3; handovers added: h2', decision: { level: 'administration', motivation: 'follow-up is needed', decidedBy: 'adam' } });
    expect(((await q.revision('VA-01', 2)) as any).definition.steps.s2.name).toBe('Sign lease contract');
    expect(await q.revision('VA-01', 9)).toBeNull();
    const diff = (await q.diff('VA-01', 1, 3)) as any;
    expect(diff.steps).toMatchObject({ added: ['s3'], removed: [], changed: [{ id: 's2', fields: ['name'] }] });
    expect(diff.handovers.added).toEqual(['h2']);
    // The comparison names the old and new values of every changed field, and of added entries.
    expect(diff.steps.values.s2).toEqual([{ field: 'name', old: 'Sign lease', new: 'Sign lease contract' }]);
    expect(diff.steps.values.s3).toEqual([
      { field: 'name', old: null, new: 'Follow up' },
      { field: 'performer', old: null, new: 'fsn' },
      { field: 'order', old: null, new: 3 },
      { field: 'terms', old: null, new: ['hyra'], added: ['hyra'], removed: [] },
    ]);
    expect(diff.handovers.values.h2).toEqual([
      { field: 'from', old: null, new: 's2' },
      { field: 'to', old: null, new: 's3' },
      { field: 'artifact', old: null, new: 'contract' },
    ]);
    expect(await q.diff('VA-01', 1, 7)).toBeNull();
    // As of revision 2's position, revision 3 did not exist yet; 1 → 2 still names its values.
    expect(await q.diff('VA-01', 1, 3, { position: marks.revision2 })).toBeNull();
    expect(((await q.diff('VA-01', 1, 2, { position: marks.revision2 })) as any).steps.values).toEqual({
      s2: [{ field: 'name', old: 'Sign lease', new: 'Sign lease contract' }],
    });
  });

  it('stakeholder history: every change that affected it, oldest first, with who/when/why', async () => {
    const h = (await q.stakeholderHistory('uhem')) as any[];
    expect(h.map((e) => e.type)).toEqual([
      'StakeholderRegistered',
      'ProcessRegistered',
      'ReviewSubmitted',
      'ProcessRevised',
      'AdoptionRecorded',
      'ProcessRevised',
      'ProposalSubmitted',
      'ProposalDecided',
      'DeviationRecorded',
    ]);
    const decided = h.find((e) => e.type === 'ProposalDecided');
    expect(decided).toMatchObject({ actor: 'olle', why: 'local contract practice', proposalId: 'p3' });
    const positions = h.map((e) => BigInt(e.position));
    expect([...positions].sort((a, b) => (a < b ? -1 : 1))).toEqual(positions);
    expect(await q.stakeholderHistory('nobody')).toBeNull();
  });

  it('proposal board: by status, awaiting review by a stakeholder, awaiting decision by a body', async () => {
    expect(((await q.proposals({ status: 'applied' })) as any[]).map((p) => p.id)).toEqual(['p1', 'p2', 'p3']);
    expect(((await q.proposals({ awaitingStakeholder: 'fsn' })) as any[]).map((p) => p.id)).toEqual(['p5']);
    expect(await q.proposals({ awaitingStakeholder: 'ksn' })).toEqual([]);
    const p2 = (await q.proposal('p2')) as any;
    expect(p2).toMatchObject({ processId: 'VA-01', kind: 'change', status: 'applied', requiredLevel: 'administration', heldBy: null, appliedRevision: 3 });
    expect(p2.reviews).toHaveLength(2);
    expect(p2.decisions).toEqual([expect.objectContaining({ body: 'adm', outcome: 'approve' })]);
    // as it stood while the administration body held it
    expect(((await q.proposals({ awaitingBody: 'adm' }, { position: marks.p2Escalated })) as any[]).map((p) => p.id)).toEqual(['p2']);
    expect(await q.proposals({ awaitingBody: 'adm' })).toEqual([]);
  });

  it('stakeholders, bodies, terms with synonyms, systems with where they are used', async () => {
    expect(((await q.stakeholders()) as any[]).map((s) => s.id)).toEqual(['fsn', 'ksn', 'uhem']);
    expect(((await q.bodies()) as any[]).map((b) => [b.id, b.level, b.parent])).toEqual([
      ['adm', 'administration', 'port'],
      ['obj', 'object', 'adm'],
      ['port', 'portfolio', null],
    ]);
    const terms = (await q.terms()) as any[];
    expect(terms.find((t) => t.id === 'lokalbehov').synonyms).toEqual({ ksn: ['lokalbehovsanalys'] });
    const systems = (await q.systems()) as any[];
    expect(systems.find((s) => s.id === 'fastsys').usedIn).toMatchObject({ processes: ['VA-01'], stakeholders: ['ksn', 'uhem'] });
    expect(systems.find((s) => s.id === 'diarie').usedIn.steps).toEqual([{ processId: 'VA-01', stepId: 's2', step: 'Sign lease contract', performer: 'uhem' }]);
  });

  it('reports: harmonization index, adoption lag, nomenclature coverage, governance statistics', async () => {
    const h = (await q.harmonizationReport()) as any;
    expect(h.overall).toEqual({ pairs: 3, harmonized: 1, index: 0.3333 });
    expect(h.processes[0]).toMatchObject({ processId: 'VA-01', index: 0.3333 });
    expect(h.stakeholders.map((s: any) => [s.stakeholder, s.index])).toEqual([
      ['fsn', 1],
      ['ksn', 0],
      ['uhem', 0],
    ]);
    expect(h.adoptionLag.overall.adoptions).toBe(3);
    const n = (await q.nomenclatureReport()) as any;
    expect(n.processes[0]).toMatchObject({ steps: 3, stepsWithTerms: 2, coverage: 0.6667 });
    expect(n.unmappedLocalTerms.map((u: any) => `${u.term}/${u.stakeholder}`)).toEqual(['hyra/fsn', 'hyra/ksn', 'hyra/uhem', 'lokalbehov/fsn', 'lokalbehov/uhem']);
    const g = (await q.governanceReport()) as any;
    expect(g).toMatchObject({ proposals: 5, escalated: 2, escalationRate: 0.4, consensusDecisions: 1 });
    expect(g.decisionsPerLevel.administration).toEqual({ approve: 1, reject: 0, total: 1 });
    expect(g.decisionsPerLevel.object.total).toBe(1);
    expect(g.leadTimeHours.decided).toBe(3);
    expect(g.leadTimeHours.median).toBeGreaterThan(0);
  });

  it('audit log: filters by stream, type, actor, time; paged by position', async () => {
    const byStream = await q.auditEvents({ stream: 'proposal-p1', limit: 100 });
    expect(byStream.events.every((e: any) => e.streamId === 'proposal-p1')).toBe(true);
    expect(byStream.events).toHaveLength(6);
    const byType = await q.auditEvents({ type: 'ReviewSubmitted', actor: 'rev-ksn' });
    expect(byType.events).toHaveLength(4);
    const page1 = await q.auditEvents({ limit: 10 });
    expect(page1.events).toHaveLength(10);
    const page2 = await q.auditEvents({ limit: 10, after: BigInt(page1.nextAfter!) });
    expect((page2.events[0] as any).position).toBe('11');
    const all = await q.auditEvents({ limit: 1000 });
    expect(all.nextAfter).toBeNull();
    const from = (all.events[3] as any).metadata.occurredAt;
    const to = (all.events[5] as any).metadata.occurredAt;
    expect((await q.auditEvents({ from, to })).events.map((e: any) => e.position)).toEqual(['4', '5', '6']);
    expect((await q.auditEvents({}, { position: 2n })).events).toHaveLength(2);
  });
});
