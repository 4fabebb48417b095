import { sqliteEventStore } from '@samsyn/store-sqlite';
import type { ManagementPlanContent } from '@samsyn/domain/management-plan/management-plan.events';
import type { SamsynEvent } from '../projection';
import { ReadModelReader } from '../queries/read-model-reader';
import { HistoryWriter } from '../testing/history-writer';
import { projectionSpec, type GivenEvent } from '../testing/projection-spec';
import { managementProjection } from './management.projection';
import { managementQueries } from './management.queries';

const spec = projectionSpec(managementProjection);
const roles = { owner: 'olof', businessManager: 'vera', itManager: 'ivan' };
const content: ManagementPlanContent = {
  goals: ['Alla lokaler i Lokalis'],
  activities: [{ id: 'a1', title: 'Inventera', state: 'planned' }],
  budget: 1_500_000,
  risks: [],
  forums: [{ name: 'Objektstyrgrupp', cadence: 'varje månad' }],
};
const key = { object: 'lokal', year: 2026 };
const body = (id: string, level: 'object' | 'administration' | 'portfolio', parent: string | null): GivenEvent => ({
  type: 'GovernanceBodyEstablished',
  data: { id, name: id, level, parent, members: ['bo'] },
});
const object = (id: string, b: string): GivenEvent => ({
  type: 'ManagementObjectRegistered',
  data: { id, name: id, systems: ['lokalis'], processes: [], body: b, roles },
});
const drafted: GivenEvent = { type: 'ManagementPlanDrafted', data: { ...key, revision: 1, content, body: 'obj', by: 'vera' } };
const escalated: GivenEvent = {
  type: 'ManagementPlanEscalated',
  data: { ...key, revision: 1, from: 'obj', to: 'adm', reason: 'budget-beyond-frame', budget: 1_500_000, budgetFrame: 1_000_000, by: 'bo' },
};
const decided: GivenEvent = {
  type: 'ManagementPlanDecided',
  data: { ...key, revision: 1, body: 'adm', outcome: 'approve', motivation: 'Ryms', decidedBy: 'adam', decidedAt: '2026-01-01T00:05:00.000Z' },
};
const revised: GivenEvent = { type: 'ManagementPlanRevised', data: { ...key, revision: 2, content: { ...content, budget: 900_000 }, body: 'obj', by: 'ivan' } };
const minutes: GivenEvent = {
  type: 'MinutesRecorded',
  data: {
    body: 'adm',
    meeting: 'm1',
    date: '2026-01-10',
    present: ['adam'],
    decisions: [{ kind: 'plan', ref: 'lokal/2026/1', outcome: 'approve', motivation: 'Ryms', decidedBy: 'adam' }],
    recordedBy: 'adam',
  },
};
const history = [body('port', 'portfolio', null), body('adm', 'administration', 'port'), body('obj', 'object', 'adm'), object('lokal', 'obj')];

describe('management projection', () => {
  it('registers an object with its roles and scope', () =>
    spec.given(history.slice(0, 3)).when(object('lokal', 'obj')).then((s) =>
      expect(s.objects.lokal).toMatchObject({ id: 'lokal', body: 'obj', roles, systems: ['lokalis'], planYears: [], registeredAt: '2026-01-01T00:03:00.000Z' }),
    ));
  it('follows role and scope changes', () =>
    spec
      .given([...history, { type: 'ManagementObjectRolesAssigned', data: { id: 'lokal', roles: { ...roles, owner: 'ulla' } } }])
      .when({ type: 'ManagementObjectScopeChanged', data: { id: 'lokal', name: 'Lokaler', systems: [], processes: ['LF-01'], body: 'obj' } })
      .then((s) => expect(s.objects.lokal).toMatchObject({ name: 'Lokaler', systems: [], processes: ['LF-01'], roles: { owner: 'ulla' } })));
  it('a draft opens the year’s plan, held by the object body', () =>
    spec.given(history).when(drafted).then((s) => {
      expect(s.plans['lokal/2026']).toMatchObject({ revision: 1, status: 'draft', heldBy: 'obj', content, revisions: [{ revision: 1, draftedBy: 'vera' }] });
      expect(s.objects.lokal.planYears).toEqual([2026]);
    }));
  it('an escalation moves the plan to the parent body', () =>
    spec.given([...history, drafted]).when(escalated).then((s) =>
      expect(s.plans['lokal/2026']).toMatchObject({ heldBy: 'adm', escalations: [{ from: 'obj', to: 'adm', budget: 1_500_000, budgetFrame: 1_000_000 }] }),
    ));
  it('a decision decides the revision', () =>
    spec.given([...history, drafted, escalated]).when(decided).then((s) =>
      expect(s.plans['lokal/2026']).toMatchObject({ status: 'decided', decisions: [{ revision: 1, body: 'adm', outcome: 'approve', motivation: 'Ryms' }] }),
    ));
  it('a revision is a draft again, keeping the earlier revision and decision', () =>
    spec.given([...history, drafted, escalated, decided]).when(revised).then((s) => {
      const plan = s.plans['lokal/2026'];
      expect(plan).toMatchObject({ revision: 2, status: 'draft', heldBy: 'obj', content: { budget: 900_000 } });
      expect(plan.revisions.map((r) => r.revision)).toEqual([1, 2]);
      expect(plan.decisions).toHaveLength(1);
    }));
  it('follow-ups accumulate activity states of the same revision', () =>
    spec
      .given([...history, drafted, decided, { type: 'ManagementPlanFollowedUp', data: { ...key, revision: 1, activities: [{ id: 'a1', state: 'ongoing' }], budgetSpent: 10, note: null, by: 'ivan', on: 'x' } }])
      .when({ type: 'ManagementPlanFollowedUp', data: { ...key, revision: 1, activities: [], budgetSpent: 25, note: 'maj', by: 'ivan', on: 'y' } })
      .then((s) => expect(s.plans['lokal/2026'].followUp).toMatchObject({ activities: { a1: 'ongoing' }, budgetSpent: 25, note: 'maj' })));
  it('records minutes per body and meeting', () =>
    spec.given(history).when(minutes).then((s) => expect(s.minutes.adm.m1).toMatchObject({ date: '2026-01-10', present: ['adam'], recordedBy: 'adam' })));
  it('ignores a plan event for a plan never drafted', () => spec.given(history).when(decided).thenUnchanged());
  it('ignores a role change of an unknown object', () =>
    spec.given(history).when({ type: 'ManagementObjectRolesAssigned', data: { id: 'ghost', roles } }).thenUnchanged());
});

describe('management queries, now and as of a past position', () => {
  const store = sqliteEventStore({ path: ':memory:' });
  const q = managementQueries(new ReadModelReader({ store, projections: [managementProjection] }));
  const marks: Record<string, bigint> = {};

  beforeAll(async () => {
    const w = new HistoryWriter(store);
    const at = async (name: string, stream: string, e: GivenEvent) => (marks[name] = await w.emit(stream, e as SamsynEvent));
    await at('bodies', 'body-port', history[0]);
    await at('bodies', 'body-adm', history[1]);
    await at('bodies', 'body-obj', history[2]);
    await at('bodies', 'body-obj2', body('other-obj', 'object', 'other-adm'));
    await at('registered', 'management-object-lokal', history[3]);
    await at('other', 'management-object-it', object('it', 'other-obj'));
    await at('drafted', 'management-plan-lokal-2026', drafted);
    await at('escalated', 'management-plan-lokal-2026', escalated);
    await at('decided', 'management-plan-lokal-2026', decided);
    await at('minutes', 'minutes-adm-m1', minutes);
    await at('revised', 'management-plan-lokal-2026', revised);
  });
  afterAll(() => store.close());

  it('lists the objects, and those in a body’s area', async () => {
    expect((await q.managementObjects({})).map((o) => o.id)).toEqual(['it', 'lokal']);
    expect((await q.managementObjects({ body: 'adm' })).map((o) => o.id)).toEqual(['lokal']);
    expect((await q.managementObjects({ body: 'port' })).map((o) => o.id)).toEqual(['lokal']);
    expect((await q.managementObjects({ body: 'obj' })).map((o) => o.id)).toEqual(['lokal']);
    expect(await q.managementObjects({ body: 'nobody' })).toEqual([]);
  });
  it('answers the plan now: revision 2 in draft', async () => {
    expect(await q.managementPlan('lokal', 2026)).toMatchObject({ revision: 2, status: 'draft' });
    expect(await q.managementPlan('lokal', 2025)).toBeNull();
  });
  it('answers the plan as of a past position: decided revision 1, and before its draft none', async () => {
    expect(await q.managementPlan('lokal', 2026, { position: marks.decided })).toMatchObject({ revision: 1, status: 'decided', heldBy: 'adm' });
    expect(await q.managementPlan('lokal', 2026, { position: marks.escalated })).toMatchObject({ status: 'draft', heldBy: 'adm' });
    expect(await q.managementPlan('lokal', 2026, { position: marks.registered })).toBeNull();
    expect((await q.managementObject('lokal', { position: marks.registered }))?.planYears).toEqual([]);
    expect(await q.managementObject('lokal', { position: marks.bodies })).toBeNull();
  });
  it('answers a body’s minutes now and as of before the meeting', async () => {
    expect((await q.bodyMinutes('adm'))?.map((m) => m.meeting)).toEqual(['m1']);
    expect(await q.minutes('adm', 'm1')).toMatchObject({ decisions: [{ ref: 'lokal/2026/1' }] });
    expect(await q.bodyMinutes('adm', { position: marks.decided })).toEqual([]);
    expect(await q.minutes('adm', 'm1', { position: marks.decided })).toBeNull();
    expect(await q.bodyMinutes('nobody')).toBeNull();
  });
});
