import { ErrorCodes, fold, type Role } from '../shared';
import type { GovernanceBodyState } from '../governance-body/governance-body.state';
import type { ManagementObjectState } from '../management-object/management-object.state';
import { DeciderSpecification } from '../testing/decider-spec';
import type { DecideManagementPlan, DraftManagementPlan, RecordManagementPlanFollowUp, ReviseManagementPlan } from './management-plan.commands';
import { managementPlanDecider } from './management-plan.decider';
import type { ManagementPlanContent, ManagementPlanEvent } from './management-plan.events';
import { managementPlanStream } from './management-plan.stream';

const spec = DeciderSpecification.for(managementPlanDecider);
const NOW = '2026-03-01T09:00:00.000Z';
const as = (id: string, roles: Role[] = []) => ({ principal: { id, roles }, now: NOW });
const vera = as('vera');
const ivan = as('ivan');
const olof = as('olof');
const bo = as('bo');
const adm = as('adam');

const mo: ManagementObjectState = {
  exists: true,
  id: 'lokal',
  name: 'Lokalförsörjning',
  systems: ['lokalis'],
  processes: ['LF-01'],
  body: 'lokaler-obj',
  roles: { owner: 'olof', businessManager: 'vera', itManager: 'ivan' },
};
const objectBody: GovernanceBodyState = { exists: true, id: 'lokaler-obj', name: 'Objekt', level: 'object', parent: 'lokaler-adm', members: ['bo'], budgetFrame: 1_000_000 };
const admBody: GovernanceBodyState = { exists: true, id: 'lokaler-adm', name: 'Förvaltning', level: 'administration', parent: 'portfolio', members: ['adam'], budgetFrame: 2_000_000 };
const portfolio: GovernanceBodyState = { exists: true, id: 'portfolio', name: 'Portfölj', level: 'portfolio', parent: null, members: ['pia'], budgetFrame: 10 };

const content: ManagementPlanContent = {
  goals: ['Alla lokaler i Lokalis'],
  activities: [
    { id: 'a1', title: 'Inventera lokaler', state: 'planned' },
    { id: 'a2', title: 'Uppgradera Lokalis', state: 'ongoing' },
  ],
  budget: 800_000,
  risks: ['Leverantören sen'],
  forums: [{ name: 'Objektstyrgrupp', cadence: 'varje månad' }],
};
const key = { object: 'lokal', year: 2026 };
const draft = (c: unknown = content, context = vera, managementObject = mo): DraftManagementPlan => ({
  type: 'DraftManagementPlan',
  data: { ...key, content: c as ManagementPlanContent },
  refs: { managementObject },
  context,
});
const revise = (c: unknown = content, context = vera): ReviseManagementPlan => ({
  type: 'ReviseManagementPlan',
  data: { ...key, content: c as ManagementPlanContent },
  refs: { managementObject: mo },
  context,
});
const decide = (body: GovernanceBodyState, context = bo, over: Partial<DecideManagementPlan['data']> = {}): DecideManagementPlan => ({
  type: 'DecideManagementPlan',
  data: { ...key, revision: 1, outcome: 'approve', motivation: 'Ryms i ramen', ...over },
  refs: { body },
  context,
});
const followUp = (over: Partial<RecordManagementPlanFollowUp['data']> = {}, context = ivan): RecordManagementPlanFollowUp => ({
  type: 'RecordManagementPlanFollowUp',
  data: { ...key, activities: [{ id: 'a1', state: 'done' }], budgetSpent: 120_000, ...over },
  refs: { managementObject: mo },
  context,
});

const drafted = (c = content, revision = 1): ManagementPlanEvent => ({ type: 'ManagementPlanDrafted', data: { ...key, revision, content: c, body: 'lokaler-obj', by: 'vera' } });
const decided = (revision = 1, outcome: 'approve' | 'reject' = 'approve', body = 'lokaler-obj', decidedBy = 'bo'): ManagementPlanEvent => ({
  type: 'ManagementPlanDecided',
  data: { ...key, revision, body, outcome, motivation: 'Ryms i ramen', decidedBy, decidedAt: NOW },
});
const big = { ...content, budget: 1_500_000 };
const escalated: ManagementPlanEvent = {
  type: 'ManagementPlanEscalated',
  data: { ...key, revision: 1, from: 'lokaler-obj', to: 'lokaler-adm', reason: 'budget-beyond-frame', budget: 1_500_000, budgetFrame: 1_000_000, by: 'bo' },
};

describe('ManagementPlan decider', () => {
  describe('draft', () => {
    it('an object manager drafts revision 1 before the object body', () => spec.given([]).when(draft()).then([drafted()]));
    it('the IT object manager may draft too', () => spec.given([]).when(draft(content, ivan)).thenEvents(([e]) => expect(e.data).toMatchObject({ by: 'ivan' })));
    it('redrafts a draft not yet decided, keeping its revision', () =>
      spec.given([drafted()]).when(draft(big)).thenEvents(([e]) => expect(e.data).toMatchObject({ revision: 1, content: { budget: 1_500_000 } })));
    it('redrafts a rejected revision', () => spec.given([drafted(), decided(1, 'reject')]).when(draft()).thenEvents(([e]) => expect(e.data).toMatchObject({ revision: 1 })));
    it('defaults an activity to planned and trims text', () =>
      spec.given([]).when(draft({ ...content, activities: [{ id: ' a1 ', title: ' Inventera ' }] })).thenEvents(([e]) =>
        expect((e.data as { content: ManagementPlanContent }).content.activities).toEqual([{ id: 'a1', title: 'Inventera', state: 'planned' }]),
      ));
    it('refuses a decided plan (revise it)', () => spec.given([drafted(), decided()]).when(draft()).thenThrows(ErrorCodes.INVALID_PLAN_STATE, 'revise'));
    it('refuses the object owner', () => spec.given([]).when(draft(content, olof)).thenThrows(ErrorCodes.NOT_ALLOWED));
    it('refuses an admin who is no object manager', () => spec.given([]).when(draft(content, as('ada', [{ role: 'admin' }]))).thenThrows(ErrorCodes.NOT_ALLOWED));
    it('refuses an unknown object', () => spec.given([]).when(draft(content, vera, { ...mo, exists: false })).thenThrows(ErrorCodes.NOT_FOUND));
    it('refuses an object state of another object', () => spec.given([]).when(draft(content, vera, { ...mo, id: 'other' })).thenThrows(ErrorCodes.NOT_FOUND));
    it.each([
      [{ ...content, budget: -1 }, 'budget'],
      [{ ...content, budget: 1.5 }, 'budget'],
      [{ ...content, budget: '100' }, 'budget'],
      [{ ...content, goals: 'x' }, 'goals'],
      [{ ...content, goals: [''] }, 'goals[0]'],
      [{ ...content, activities: [{ id: 'a1', title: 'x', state: 'paused' }] }, 'activities[0].state'],
      [{ ...content, activities: [{ id: 'a1', title: 'x' }, { id: 'a1', title: 'y' }] }, 'named twice'],
      [{ ...content, forums: [{ name: 'x' }] }, 'forums[0].cadence'],
      [{ ...content, risks: [3] }, 'risks[0]'],
      [{ ...content, goals: Array.from({ length: 201 }, () => 'g') }, 'at most'],
    ])('refuses bad content %#', (c, part) => spec.given([]).when(draft(c)).thenThrows(ErrorCodes.INVALID_INPUT, part));
    it.each([1999, 2101, 2026.5, '2026'])('refuses the year %p', (year) =>
      spec.given([]).when({ ...draft(), data: { ...draft().data, year: year as number } }).thenThrows(ErrorCodes.INVALID_INPUT, 'year'));
  });

  describe('decide', () => {
    it('a member of the object body approves within its frame', () => spec.given([drafted()]).when(decide(objectBody)).then([decided()]));
    it('a member rejects with a motivation', () =>
      spec.given([drafted()]).when(decide(objectBody, bo, { outcome: 'reject', motivation: 'Saknar risker' })).thenEvents(([e]) =>
        expect(e.data).toMatchObject({ outcome: 'reject', motivation: 'Saknar risker' }),
      ));
    it('decides any budget when the body has no frame', () => spec.given([drafted(big)]).when(decide({ ...objectBody, budgetFrame: null })).then([decided()]));
    it('decides a budget exactly at the frame', () => spec.given([drafted({ ...content, budget: 1_000_000 })]).when(decide(objectBody)).then([decided()]));
    it('escalates a budget beyond the frame to the parent body, deciding nothing', () => spec.given([drafted(big)]).when(decide(objectBody)).then([escalated]));
    it('escalates a rejection beyond the frame too: the budget is not the body’s to decide', () =>
      spec.given([drafted(big)]).when(decide(objectBody, bo, { outcome: 'reject' })).then([escalated]));
    it('the parent decides once it holds the plan', () =>
      spec.given([drafted(big), escalated]).when(decide(admBody, adm)).then([decided(1, 'approve', 'lokaler-adm', 'adam')]));
    it('the object body may not decide an escalated plan', () => spec.given([drafted(big), escalated]).when(decide(objectBody)).thenThrows(ErrorCodes.BODY_UNKNOWN));
    it('escalates on from the administration to the portfolio body', () =>
      spec.given([drafted({ ...content, budget: 3_000_000 }), { ...escalated, data: { ...escalated.data, budget: 3_000_000 } }]).when(decide(admBody, adm)).thenEvents(([e]) =>
        expect(e).toMatchObject({ type: 'ManagementPlanEscalated', data: { from: 'lokaler-adm', to: 'portfolio' } }),
      ));
    it('the portfolio body decides finally, whatever its frame', () =>
      spec
        .given([drafted(big), escalated, { ...escalated, data: { ...escalated.data, from: 'lokaler-adm', to: 'portfolio' } }])
        .when(decide(portfolio, as('pia')))
        .then([decided(1, 'approve', 'portfolio', 'pia')]));
    it('refuses a principal who is not a member of the holding body', () => spec.given([drafted()]).when(decide(objectBody, vera)).thenThrows(ErrorCodes.NOT_A_BODY_MEMBER));
    it('refuses an empty motivation', () => spec.given([drafted()]).when(decide(objectBody, bo, { motivation: ' ' })).thenThrows(ErrorCodes.INVALID_INPUT, 'motivation'));
    it('refuses an unknown outcome', () => spec.given([drafted()]).when(decide(objectBody, bo, { outcome: 'maybe' as never })).thenThrows(ErrorCodes.INVALID_INPUT, 'outcome'));
    it('refuses another revision than the current', () => spec.given([drafted()]).when(decide(objectBody, bo, { revision: 2 })).thenThrows(ErrorCodes.STALE_BASE_REVISION));
    it('refuses a plan decided already', () => spec.given([drafted(), decided()]).when(decide(objectBody)).thenThrows(ErrorCodes.INVALID_PLAN_STATE));
    it('refuses a plan never drafted', () => spec.given([]).when(decide(objectBody)).thenThrows(ErrorCodes.NOT_FOUND));
    it('refuses a body state that is missing', () => spec.given([drafted()]).when(decide({ ...objectBody, exists: false } as GovernanceBodyState)).thenThrows(ErrorCodes.BODY_UNKNOWN));
  });

  describe('revise', () => {
    it('a decided plan revised becomes draft revision 2 before the object body', () =>
      spec.given([drafted(), decided()]).when(revise(big)).then([{ type: 'ManagementPlanRevised', data: { ...key, revision: 2, content: big, body: 'lokaler-obj', by: 'vera' } }]));
    it('revision 2 is decided again', () =>
      spec
        .given([drafted(), decided(), { type: 'ManagementPlanRevised', data: { ...key, revision: 2, content, body: 'lokaler-obj', by: 'vera' } }])
        .when(decide(objectBody, bo, { revision: 2 }))
        .then([decided(2)]));
    it('refuses a draft', () => spec.given([drafted()]).when(revise()).thenThrows(ErrorCodes.INVALID_PLAN_STATE));
    it('refuses a plan never drafted', () => spec.given([]).when(revise()).thenThrows(ErrorCodes.INVALID_PLAN_STATE));
    it('refuses a member of the body who is no object manager', () => spec.given([drafted(), decided()]).when(revise(content, bo)).thenThrows(ErrorCodes.NOT_ALLOWED));
  });

  describe('follow up', () => {
    it('records activity states and the budget spent on a decided plan', () =>
      spec.given([drafted(), decided()]).when(followUp()).then([
        { type: 'ManagementPlanFollowedUp', data: { ...key, revision: 1, activities: [{ id: 'a1', state: 'done' }], budgetSpent: 120_000, note: null, by: 'ivan', on: NOW } },
      ]));
    it('refuses a draft', () => spec.given([drafted()]).when(followUp()).thenThrows(ErrorCodes.INVALID_PLAN_STATE));
    it('refuses a rejected plan', () => spec.given([drafted(), decided(1, 'reject')]).when(followUp()).thenThrows(ErrorCodes.INVALID_PLAN_STATE));
    it('refuses a plan under revision', () =>
      spec
        .given([drafted(), decided(), { type: 'ManagementPlanRevised', data: { ...key, revision: 2, content, body: 'lokaler-obj', by: 'vera' } }])
        .when(followUp())
        .thenThrows(ErrorCodes.INVALID_PLAN_STATE));
    it('refuses an activity not in the plan', () => spec.given([drafted(), decided()]).when(followUp({ activities: [{ id: 'zz', state: 'done' }] })).thenThrows(ErrorCodes.INVALID_INPUT, 'zz'));
    it('refuses an unknown activity state', () =>
      spec.given([drafted(), decided()]).when(followUp({ activities: [{ id: 'a1', state: 'late' as never }] })).thenThrows(ErrorCodes.INVALID_INPUT, 'activities[0].state'));
    it('refuses a negative budget spent', () => spec.given([drafted(), decided()]).when(followUp({ budgetSpent: -5 })).thenThrows(ErrorCodes.INVALID_INPUT, 'budgetSpent'));
    it('refuses the object owner', () => spec.given([drafted(), decided()]).when(followUp({}, olof)).thenThrows(ErrorCodes.NOT_ALLOWED));
  });

  describe('evolve', () => {
    it('starts as not existing', () => expect(managementPlanDecider.initialState().exists).toBe(false));
    it('folds drafts, escalation, decisions and follow-ups', () => {
      const state = fold(managementPlanDecider, [
        drafted(big),
        escalated,
        decided(1, 'approve', 'lokaler-adm', 'adam'),
        { type: 'ManagementPlanFollowedUp', data: { ...key, revision: 1, activities: [{ id: 'a1', state: 'done' }], budgetSpent: 5, note: null, by: 'ivan', on: NOW } },
        { type: 'ManagementPlanFollowedUp', data: { ...key, revision: 1, activities: [{ id: 'a2', state: 'done' }], budgetSpent: 9, note: 'klart', by: 'ivan', on: NOW } },
      ]);
      expect(state).toMatchObject({ exists: true, revision: 1, status: 'decided', heldBy: 'lokaler-adm', decisions: [{ body: 'lokaler-adm', decidedBy: 'adam' }] });
      expect(state.followUp).toEqual({ revision: 1, activities: { a1: 'done', a2: 'done' }, budgetSpent: 9, note: 'klart', on: NOW });
    });
    it('leaves the state alone for an unknown event type', () => {
      const state = fold(managementPlanDecider, [drafted()]);
      expect(managementPlanDecider.evolve(state, { type: 'SomethingElse', data: {} } as never)).toBe(state);
    });
  });

  it('names its stream per object and year', () => expect(managementPlanStream('lokal', 2026)).toBe('management-plan-lokal-2026'));
});
