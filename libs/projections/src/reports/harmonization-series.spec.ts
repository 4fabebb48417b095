import { sqliteEventStore } from '@samsyn/store-sqlite';
import { allProjections } from '../all-projections';
import { ProjectionRunner } from '../runtime/projection-runner';
import { sqliteProjectionStateStore } from '../state-store/sqlite-projection-state-store';
import { writeScenario } from '../testing/scenario';
import { intervalEnds } from './harmonization-series';
import { ProjectionQueries } from '../queries/projection-queries';

describe('intervalEnds', () => {
  it('given months, then each point is the last millisecond of its month, the last clipped to `to`', () =>
    expect(intervalEnds('2024-01-15T00:00:00.000Z', '2024-03-10T12:00:00.000Z', 'month')).toEqual([
      '2024-01-31T23:59:59.999Z',
      '2024-02-29T23:59:59.999Z',
      '2024-03-10T12:00:00.000Z',
    ]));
  it('given weeks, then they end on Sunday (ISO weeks)', () =>
    expect(intervalEnds('2024-01-03T00:00:00.000Z', '2024-01-20T00:00:00.000Z', 'week')).toEqual([
      '2024-01-07T23:59:59.999Z',
      '2024-01-14T23:59:59.999Z',
      '2024-01-20T00:00:00.000Z',
    ]));
  it('given quarters and years, then calendar quarters and years', () => {
    expect(intervalEnds('2024-02-01T00:00:00.000Z', '2024-12-31T23:59:59.999Z', 'quarter')).toEqual([
      '2024-03-31T23:59:59.999Z',
      '2024-06-30T23:59:59.999Z',
      '2024-09-30T23:59:59.999Z',
      '2024-12-31T23:59:59.999Z',
    ]);
    expect(intervalEnds('2023-06-01T00:00:00.000Z', '2024-02-01T00:00:00.000Z', 'year')).toEqual(['2023-12-31T23:59:59.999Z', '2024-02-01T00:00:00.000Z']);
  });
  it('given from equal to to, then one point', () => expect(intervalEnds('2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z', 'day')).toEqual(['2024-01-01T00:00:00.000Z']));
  it('given more points than the bound, then null', () => expect(intervalEnds('2000-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z', 'day', 400)).toBeNull());
});

describe('the harmonization index over time', () => {
  const store = sqliteEventStore({ path: ':memory:' });
  const states = sqliteProjectionStateStore({ path: ':memory:' });
  const runner = new ProjectionRunner({ store, stateStore: states, snapshots: states, projections: allProjections(), persistEvery: 7, snapshotEvery: 5 });
  const q = new ProjectionQueries({ store, runner, snapshots: states });

  beforeAll(async () => {
    const { marks } = await writeScenario(store);
    await runner.start();
    expect(await runner.waitForPosition(marks.end, 2000)).toBe(true);
  });
  afterAll(async () => {
    await runner.stop();
    await store.close();
    states.close();
  });

  // The scenario's clock moves an hour per event from 2024-01-01T08:00Z: days show it moving.
  const ends = intervalEnds('2023-12-31T00:00:00.000Z', '2024-01-05T00:00:00.000Z', 'day')!;

  it('equals, at every point, the report asked as of that instant', async () => {
    const series = (await q.harmonizationSeries(ends, 'day')) as any;
    expect(series.points.map((p: { at: string }) => p.at)).toEqual(ends);
    for (const p of series.points) {
      const r = (await q.harmonizationReport({ instant: p.at })) as any;
      expect(p.overall).toMatchObject(r.overall);
      expect(p.processes.map((x: any) => [x.processId, x.index])).toEqual(r.processes.map((x: any) => [x.processId, x.index]));
      expect(p.stakeholders.map((x: any) => [x.stakeholder, x.index])).toEqual(r.stakeholders.map((x: any) => [x.stakeholder, x.index]));
    }
  });

  it('starts empty before the first process and moves once adoptions come in; drift is the change since the previous point', async () => {
    const series = (await q.harmonizationSeries(ends, 'day')) as any;
    expect(series.points[0]).toMatchObject({ overall: { pairs: 0, index: null, drift: null }, processes: [] });
    const indices = series.points.map((p: any) => p.overall.index);
    expect(indices.some((x: number | null) => x !== null)).toBe(true);
    for (let i = 1; i < series.points.length; i++) {
      const [before, now] = [indices[i - 1], indices[i]];
      expect(series.points[i].overall.drift).toBe(before === null || now === null ? null : Math.round((now - before) * 10_000) / 10_000);
    }
  });

  it('gives adoption lag per revision as of the last point', async () => {
    const series = (await q.harmonizationSeries(ends, 'day')) as any;
    const lag = (await q.adoptionLagReport({ instant: ends[ends.length - 1] })) as any;
    expect(series.adoptionLag.length).toBeGreaterThan(0);
    expect(series.adoptionLag.reduce((n: number, r: any) => n + r.adoptions, 0)).toBe(lag.overall.adoptions);
    for (const r of series.adoptionLag) {
      const lags = lag.adoptions.filter((a: any) => a.processId === r.processId && a.revision === r.revision).map((a: any) => a.lagDays).sort((a: number, b: number) => a - b);
      expect(r.medianDays).toBe(lags[Math.ceil(lags.length / 2) - 1]);
      expect(r.p90Days).toBe(lags[Math.ceil(0.9 * lags.length) - 1]);
    }
  });
});
