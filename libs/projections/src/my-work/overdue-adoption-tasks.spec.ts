import type { Principal, Role } from '@samsyn/domain/shared/principal';
import { catalogueProjection } from '../catalogue/catalogue.projection';
import type { SamsynEvent } from '../projection';
import { ProjectionQueries } from '../queries/projection-queries';
import { adoptionRecorded, processRegistered } from '../testing/given-events';
import { HistoryWriter } from '../testing/history-writer';
import { projectionSpec } from '../testing/projection-spec';
import { scenarioQueries } from '../testing/scenario-queries';
import { myTasks, type MyTasks } from './my-tasks';
import { myWorkProjection } from './my-work.projection';
import { overdueAdoptionTasks } from './overdue-adoption-tasks';

const who = (id: string, ...roles: Role[]): Principal => ({ id, roles });
const reviewerOf = (s: string): Role => ({ role: 'reviewer', stakeholder: s });
const ownerOf = (s: string): Role => ({ role: 'process-owner', stakeholder: s });
const targets = (t: Record<string, string>, revision = 1): SamsynEvent => ({ type: 'AdoptionTargetsSet', data: { id: 'VA-01', revision, targets: t, body: 'obj', setBy: 'olle' } });

describe('overdue adoptions in my tasks (given the catalogue, when a principal asks at an instant, then its overdue tasks)', () => {
  const spec = projectionSpec(catalogueProjection);
  const frida = who('frida', reviewerOf('fsn'));

  it('an organisation past its target that has not adopted is a task for its reviewers and process owners, with the days', () =>
    spec.given([processRegistered()]).when(targets({ fsn: '2026-03-01', ksn: '2026-09-01' })).then((cat) => {
      expect(overdueAdoptionTasks(cat, frida, '2026-03-11T12:00:00.000Z')).toEqual([
        {
          kind: 'overdue-adoption',
          resource: { kind: 'process', id: 'VA-01' },
          link: '/processes/VA-01',
          why: expect.objectContaining({ code: 'ADOPTION_OVERDUE' }),
          since: '2026-03-01',
          processId: 'VA-01',
          stakeholder: 'fsn',
          revision: 1,
          targetDate: '2026-03-01',
          daysOverdue: 10,
        },
      ]);
      const [task] = overdueAdoptionTasks(cat, who('fia', ownerOf('fsn')), '2026-03-11T12:00:00.000Z');
      expect(task.why.sv).toContain('försenad');
      expect(task.why.en).toContain('10 days overdue');
      // ksn's date has not passed; others than fsn's people are not asked.
      expect(overdueAdoptionTasks(cat, who('kalle', ownerOf('ksn')), '2026-03-11T12:00:00.000Z')).toEqual([]);
      expect(overdueAdoptionTasks(cat, who('ulla', ownerOf('uhem'), { role: 'admin' }), '2026-03-11T12:00:00.000Z')).toEqual([]);
    }));

  it('before the target date there is no task, and adopting the revision ends it', () => {
    spec.given([processRegistered()]).when(targets({ fsn: '2026-03-01' })).then((cat) => expect(overdueAdoptionTasks(cat, frida, '2026-02-28T23:00:00.000Z')).toEqual([]));
    spec.given([processRegistered(), targets({ fsn: '2026-03-01' })]).when(adoptionRecorded('fsn', 1)).then((cat) => expect(overdueAdoptionTasks(cat, frida, '2026-04-01T00:00:00.000Z')).toEqual([]));
  });

  it('in the list, an overdue adoption takes the place of the plain adoption task of that organisation, and is counted', () => {
    const work = projectionSpec(myWorkProjection);
    spec.given([processRegistered()]).when(targets({ fsn: '2026-03-01' })).then((cat) =>
      work.given([]).when(processRegistered()).then((state) => {
        const at = '2026-03-11T00:00:00.000Z';
        const tasks = myTasks(state, frida, {}, overdueAdoptionTasks(cat, frida, at));
        expect(tasks.tasks.map((t) => [t.kind, t.stakeholder])).toEqual([['overdue-adoption', 'fsn']]);
        expect(tasks.counts).toMatchObject({ 'overdue-adoption': 1, adoption: 0 });
        expect(tasks.total).toBe(1);
        // ksn is not overdue: its adoption task stays as it was.
        const kalle = who('kalle', ownerOf('ksn'));
        expect(myTasks(state, kalle, {}, overdueAdoptionTasks(cat, kalle, at)).counts).toMatchObject({ 'overdue-adoption': 0, adoption: 1 });
      }),
    );
  });
});

describe('overdue adoptions over a stored history, live and as of the past', () => {
  const DAY = 86_400_000;
  const kalle = who('kalle', ownerOf('ksn'));
  const frida = who('frida', reviewerOf('fsn'));
  // 2024-01-01: registered and targets set (fsn by the 10th, ksn by the 20th); the 26th a new
  // organisation; the 31st ksn adopts, late.
  const world = scenarioQueries(async (store) => {
    const w = new HistoryWriter(store, '2024-01-01T08:00:00.000Z');
    const marks: Record<string, bigint> = {};
    await w.emit('process-VA-01', processRegistered(), 'kalle');
    marks.targets = await w.emit('process-VA-01', targets({ fsn: '2024-01-10', ksn: '2024-01-20' }), 'olle');
    w.advance(25 * DAY);
    marks.bothLate = await w.emit('stakeholder-uhem', { type: 'StakeholderRegistered', data: { id: 'uhem', name: 'Uppsalahem', kind: 'company' } });
    w.advance(5 * DAY);
    marks.end = await w.emit('process-VA-01', adoptionRecorded('ksn', 1), 'kalle');
    return { marks };
  });
  const kinds = (t: MyTasks) => t.tasks.map((x) => [x.kind, x.stakeholder, x.daysOverdue ?? null]);

  it('now: fsn is overdue, ksn adopted (late, but it did)', async () => {
    expect(kinds(await world.q.myTasks(frida, {}))).toEqual([['overdue-adoption', 'fsn', expect.any(Number)]]);
    expect(kinds(await world.q.myTasks(kalle, {}))).toEqual([]);
  });

  it('as of the position where the targets were set, nobody was overdue yet', async () => {
    expect(kinds(await world.q.myTasks(frida, {}, { position: world.marks.targets }))).toEqual([['adoption', 'fsn', null]]);
    expect(kinds(await world.q.myTasks(kalle, {}, { position: world.marks.targets }))).toEqual([['adoption', 'ksn', null]]);
  });

  it('as of a position 26 days on, both were overdue, each by its own days', async () => {
    const then = await world.q.myTasks(kalle, {}, { position: world.marks.bothLate });
    expect(kinds(then)).toEqual([['overdue-adoption', 'ksn', 6]]);
    expect(then.counts['overdue-adoption']).toBe(1);
    expect(kinds(await world.q.myTasks(frida, {}, { position: world.marks.bothLate }))).toEqual([['overdue-adoption', 'fsn', 16]]);
  });

  it('as of an instant between the two dates, only fsn was overdue', async () => {
    expect(kinds(await world.q.myTasks(frida, {}, { instant: '2024-01-15T12:00:00.000Z' }))).toEqual([['overdue-adoption', 'fsn', 5]]);
    expect(kinds(await world.q.myTasks(kalle, {}, { instant: '2024-01-15T12:00:00.000Z' }))).toEqual([['adoption', 'ksn', null]]);
  });

  it('the same answers from a replay without the runner', async () => {
    const replay = new ProjectionQueries({ store: world.store });
    expect(await replay.myTasks(frida, {}, { position: world.marks.bothLate })).toEqual(await world.q.myTasks(frida, {}, { position: world.marks.bothLate }));
  });
});
