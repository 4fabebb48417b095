import { seedDemo } from '@samsyn/application/demo/seed-demo';
import { seedDemoManagement, DEMO_MANAGEMENT_OBJECT } from '../../apps/api/src/modules/management/demo/seed-demo-management';
import { startE2eApp, type E2eApp } from './support/e2e-app';

/** The demo (issue 15): Uppsala's management object for the premises system, a decided plan for this year, and minutes. */
describe('E2E: the demo’s management object', () => {
  let e2e: E2eApp;
  let token: string;
  let seeded: { year: number; meeting: string };

  beforeAll(async () => {
    e2e = await startE2eApp({}, '2026-03-02T09:00:00.000Z');
    await seedDemo(e2e.runtime.application);
    seeded = await seedDemoManagement(e2e.runtime.store, e2e.clock);
    token = await e2e.bearer('revisor', [{ role: 'auditor' }]);
  });
  afterAll(() => e2e.close());

  const get = (url: string) => e2e.http().get(url).set('Authorization', token);

  it('the premises object, kept by the administration and portfolio bodies of its area', async () => {
    expect(seeded.year).toBe(2026);
    const object = (await get(`/management-objects/${DEMO_MANAGEMENT_OBJECT}`)).body;
    expect(object).toMatchObject({ systems: ['fastighetssystem'], body: 'objekt-lokal', roles: { owner: 'sara', businessManager: 'lena', itManager: 'isak' }, planYears: [2026] });
    for (const body of ['forvaltning-lokal', 'portfolj-va']) {
      expect((await get(`/management-objects?body=${body}`)).body.map((o: { id: string }) => o.id)).toEqual([DEMO_MANAGEMENT_OBJECT]);
    }
    expect((await get('/management-objects?body=objekt-fastighet')).body).toEqual([]);
  });

  it('this year’s plan, decided by the object body within its frame and followed up', async () => {
    const plan = (await get(`/management-objects/${DEMO_MANAGEMENT_OBJECT}/plans/2026`)).body;
    expect(plan).toMatchObject({ revision: 1, status: 'decided', heldBy: 'objekt-lokal', content: { budget: 850_000 }, decisions: [{ body: 'objekt-lokal', decidedBy: 'sara' }] });
    expect(plan.followUp).toMatchObject({ activities: { inventering: 'done', uppgradering: 'ongoing' }, budgetSpent: 310_000 });
  });

  it('the meeting’s minutes hold the plan decision and the body’s decision on P-005, also as HTML', async () => {
    const [minutes] = (await get('/bodies/objekt-lokal/minutes')).body;
    expect(minutes).toMatchObject({ meeting: seeded.meeting, date: '2026-03-02', present: ['sara'] });
    expect(minutes.decisions.map((d: { ref: string; outcome: string }) => [d.ref, d.outcome])).toEqual([
      [`${DEMO_MANAGEMENT_OBJECT}/2026/1`, 'approve'],
      ['P-005', 'reject'],
    ]);
    const html = await get(`/bodies/objekt-lokal/minutes/${seeded.meeting}.html`);
    expect(html.text).toContain('<p>Objektstyrgrupp lokalförsörjning (objektnivå)</p>');
    expect(html.text).toContain('Alla lediga lokaler ska annonseras gemensamt.');
  });
});
