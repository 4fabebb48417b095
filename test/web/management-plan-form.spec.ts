import { planContent, planYear } from '@samsyn/domain/management-plan/plan-content';
import type { ManagementObject, ManagementPlan } from '../../apps/web/src/features/management/api/get-management';
import { checkPlan, escalatedTo, fieldsOf, isMemberOf, isObjectManager, parseSek, planDecisionRefs, planWrite, proposalRefs, workYears, yearToStart, type PlanFields } from '../../apps/web/src/features/management/model/plan-form';

const object: ManagementObject = {
  id: 'lokalforsorjning',
  name: 'Lokalförsörjning',
  systems: [],
  processes: [],
  body: 'objekt-lokal',
  roles: { owner: 'sara', businessManager: 'lena', itManager: 'isak' },
  planYears: [2026],
};
const content: ManagementPlan['content'] = {
  goals: ['Alla lokaler i systemet'],
  activities: [{ id: 'inventering', title: 'Inventera', state: 'ongoing' }],
  budget: 850000,
  risks: ['Försening'],
  forums: [{ name: 'Styrgrupp', cadence: 'varannan månad' }],
};
const plan = (over: Partial<ManagementPlan> = {}): ManagementPlan => ({
  object: 'lokalforsorjning',
  year: 2026,
  revision: 1,
  status: 'draft',
  heldBy: 'objekt-lokal',
  content,
  decisions: [],
  followUp: null,
  ...over,
});
const fields = (over: Partial<PlanFields> = {}): PlanFields => ({ ...fieldsOf(content), ...over });

describe('the management plan form', () => {
  it('starts from the plan it revises and sends the same content back', () => expect(checkPlan(fieldsOf(content))).toEqual({ content, errors: {} }));

  it('takes goals and risks one a line, trimmed, empty lines dropped, and the budget with spaces between thousands', () =>
    expect(checkPlan(fields({ goals: ' Mål ett \n\n Mål två', risks: '', budget: '1 200 000' })).content).toMatchObject({ goals: ['Mål ett', 'Mål två'], risks: [], budget: 1200000 }));

  it('says what is wrong in the fields before sending anything', () => {
    const bad = checkPlan(
      fields({
        budget: '12,5',
        activities: [
          { id: 'a', title: 'A', state: 'planned' },
          { id: 'a', title: '', state: 'planned' },
          { id: ' ', title: 'C', state: 'planned' },
        ],
        forums: [{ name: '', cadence: 'varje vecka' }],
      }),
    );
    expect(bad).toEqual({ content: null, errors: { budget: 'wholeSek', 'activities[1].id': 'duplicate', 'activities[1].title': 'required', 'activities[2].id': 'required', 'forums[0].name': 'required' } });
    expect(checkPlan(fields({ budget: '' })).errors).toEqual({ budget: 'required' });
  });

  it.each([
    ['0', 0],
    ['850000', 850000],
    ['1 000 000', 1000000],
    ['-1', null],
    ['1.5', null],
    ['1e6', null],
    ['tio', null],
    ['', null],
  ])('reads the budget %p as %p, a number the domain takes as whole SEK', (text, sek) => {
    expect(parseSek(text as string)).toBe(sek);
    if (sek !== null) expect(planContent({ ...content, budget: sek }).budget).toBe(sek);
  });

  it('whatever the page sends, the domain accepts as it is', () => {
    const sent = checkPlan(fields({ goals: 'a\nb', budget: '0', forums: [] })).content!;
    expect(planContent(sent)).toEqual(sent);
  });

  it('offers the writes to those the domain allows', () => {
    expect([isObjectManager(object, 'lena'), isObjectManager(object, 'isak'), isObjectManager(object, 'sara'), isObjectManager(object, undefined)]).toEqual([true, true, false, false]);
    const bodies = [{ id: 'objekt-lokal', members: ['sara'] }];
    expect([isMemberOf(bodies, 'objekt-lokal', 'sara'), isMemberOf(bodies, 'objekt-lokal', 'lena'), isMemberOf(bodies, 'other', 'sara'), isMemberOf(undefined, 'objekt-lokal', 'sara')]).toEqual([true, false, false, false]);
    expect([planWrite(null), planWrite(plan()), planWrite(plan({ status: 'rejected' })), planWrite(plan({ status: 'decided' }))]).toEqual(['draft', 'draft', 'draft', 'revise']);
  });

  it('works on this year\'s and later plans, and starts this year\'s plan, else next year\'s, within the years the domain takes', () => {
    expect(workYears([2024, 2025], 2026)).toEqual([2025]);
    expect(workYears([2025, 2026, 2027], 2026)).toEqual([2026, 2027]);
    expect(workYears([], 2026)).toEqual([]);
    expect([yearToStart([], 2026), yearToStart([2025], 2026), yearToStart([2026], 2026), yearToStart([2026, 2027], 2026), yearToStart([2027], 2026)]).toEqual([2026, 2026, 2027, null, 2026]);
    expect(yearToStart([2100], 2100)).toBeNull();
    // The domain takes the year offered (plan-content.ts): it refuses only outside 2000–2100.
    for (const year of [2026, 2027]) expect(planYear(year)).toBe(year);
  });

  it('reads an escalation from the answer: still a draft, now held by another body', () => {
    expect(escalatedTo({ heldBy: 'objekt-lokal' }, { heldBy: 'forvaltning-lokal', status: 'draft' })).toBe('forvaltning-lokal');
    expect(escalatedTo({ heldBy: 'objekt-lokal' }, { heldBy: 'objekt-lokal', status: 'decided' })).toBeNull();
    expect(escalatedTo({ heldBy: 'objekt-lokal' }, { heldBy: 'objekt-lokal', status: 'rejected' })).toBeNull();
  });

  it('names the plan decisions of the body as minutes cite them, and proposals as typed', () => {
    const decided = plan({
      revision: 2,
      decisions: [
        { revision: 1, body: 'objekt-lokal', outcome: 'approve', motivation: 'm', decidedBy: 'sara', decidedAt: '2026-02-01T00:00:00Z' },
        { revision: 2, body: 'forvaltning-lokal', outcome: 'approve', motivation: 'm', decidedBy: 'erik', decidedAt: '2026-05-01T00:00:00Z' },
      ],
    });
    expect(planDecisionRefs(decided, 'objekt-lokal')).toEqual(['lokalforsorjning/2026/1']);
    expect(planDecisionRefs(decided, 'forvaltning-lokal')).toEqual(['lokalforsorjning/2026/2']);
    expect(planDecisionRefs(null, 'objekt-lokal')).toEqual([]);
    expect(proposalRefs(' P-005, P-007 P-005 ')).toEqual(['P-005', 'P-007']);
  });
});
