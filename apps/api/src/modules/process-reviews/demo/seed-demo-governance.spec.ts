import { seedDemo } from '@samsyn/application/demo/seed-demo';
import { PEOPLE } from '@samsyn/application/demo/uppsala-registers';
import { ProjectionQueries } from '@samsyn/projections/queries/projection-queries';
import { sqliteEventStore } from '@samsyn/store-sqlite';
import { samsynApplication } from '../../../bootstrap/samsyn-application';
import { seedDemoGovernance } from './seed-demo-governance';

describe('the demo: a pending reminder and a due process review', () => {
  const store = sqliteEventStore({ path: ':memory:' });
  const q = new ProjectionQueries({ store });
  const clock = { now: () => '2026-12-01T08:00:00.000Z' };

  beforeAll(async () => {
    await seedDemo(samsynApplication(store, { clock }));
    await seedDemoGovernance(store, clock);
  }, 60_000);
  afterAll(() => store.close());

  it("LF-03's yearly review is due and Eva, its owner, has it in her work; FF-02's is scheduled", async () => {
    const eva = await q.myTasks(PEOPLE.eva, {});
    expect(eva.tasks.filter((t) => t.kind === 'process-review')).toEqual([expect.objectContaining({ processId: 'LF-03', why: expect.objectContaining({ code: 'PROCESS_REVIEW_DUE' }) })]);
    const report = await q.reviewsReport('2026-12-01', 30);
    expect(report.overdue.map((p) => [p.processId, p.owner])).toEqual([['LF-03', 'eva']]);
    expect(report.processes.find((p) => p.processId === 'FF-02')).toMatchObject({ owner: 'fredrik', intervalMonths: 60, status: 'scheduled' });
    expect((await q.myTasks(PEOPLE.anna, {})).counts['process-review']).toBe(0);
  });

  it("P-009's missing reviewers are reminded of its deadline; those who reviewed are not", async () => {
    const cecilia = await q.myTasks(PEOPLE.cecilia, {});
    expect(cecilia.tasks.find((t) => t.kind === 'review' && t.resource.id === 'P-009')?.why.code).toBe('REVIEW_DEADLINE_NEAR');
    const bjorn = await q.myTasks(PEOPLE.bjorn, {});
    expect(bjorn.tasks.filter((t) => t.kind === 'review' && t.resource.id === 'P-009')).toEqual([]);
    expect((await store.readStream('reminders-P-009')).map((e) => (e.data as { stakeholder: string }).stakeholder)).toEqual(['utbn', 'ifn', 'skolfastigheter']);
  });

  it('seeding again appends nothing: each reminder and notice is once, the same cycle again is no change', async () => {
    const head = await store.headPosition();
    await seedDemoGovernance(store, clock);
    expect(await store.headPosition()).toBe(head);
  });
});
