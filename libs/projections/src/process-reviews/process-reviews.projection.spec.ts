import { sqliteEventStore } from '@samsyn/store-sqlite';
import type { SamsynEvent } from '../projection';
import { ProjectionQueries } from '../queries/projection-queries';
import { HistoryWriter } from '../testing/history-writer';
import { processRegistered, processRevised } from '../testing/given-events';
import { projectionSpec } from '../testing/projection-spec';
import { processReviewsProjection } from './process-reviews.projection';
import { reviewsReport, reviewsToNotify } from './process-reviews.report';

// Events fall one day apart from 1 January 2026: event n (from 1) on 2026-01-n.
const spec = projectionSpec(processReviewsProjection, { stepMs: 86_400_000 });
const cycle = (intervalMonths = 12, owner = 'kalle', processId = 'VA-01'): SamsynEvent => ({ type: 'ProcessReviewCycleSet', data: { processId, intervalMonths, owner, setBy: 'ada' } });
const noChange = (comment = 'Still right', processId = 'VA-01'): SamsynEvent => ({ type: 'ProcessReviewedNoChange', data: { processId, comment, reviewedBy: 'kalle' } });
const due = (dueOn: string): SamsynEvent => ({ type: 'ProcessReviewDue', data: { processId: 'VA-01', owner: 'kalle', dueOn } });

describe('process-reviews projection (given events, when one more, then the cycle and the report)', () => {
  it('a cycle counts from the registration: due interval months after it', () =>
    spec.given([processRegistered()]).when(cycle(12)).then((s) => {
      expect(s.processes['VA-01'].cycle).toEqual({ intervalMonths: 12, owner: 'kalle', setBy: 'ada', setAt: '2026-01-02T00:00:00.000Z' });
      const r = reviewsReport(s, '2026-06-01', 30);
      expect(r.processes).toEqual([expect.objectContaining({ processId: 'VA-01', nextDue: '2027-01-01', status: 'scheduled', daysOverdue: 0, lastReview: expect.objectContaining({ kind: 'registered' }) })]);
      expect(reviewsReport(s, '2026-12-15', 30).due.map((p) => p.processId)).toEqual(['VA-01']);
      expect(reviewsReport(s, '2027-01-11', 30).overdue).toEqual([expect.objectContaining({ processId: 'VA-01', status: 'overdue', daysOverdue: 10 })]);
    }));

  it('"reviewed, no change" restarts the cycle from its day and keeps the comment', () =>
    spec.given([processRegistered(), cycle(6)]).when(noChange('Checked the new ordinance')).then((s) => {
      expect(s.processes['VA-01'].lastReview).toEqual({ at: '2026-01-03T00:00:00.000Z', kind: 'no-change', by: 'kalle', revision: 1, comment: 'Checked the new ordinance' });
      expect(reviewsReport(s, '2026-07-04', 0).overdue[0]).toMatchObject({ nextDue: '2026-07-03', daysOverdue: 1 });
    }));

  it('an applied change proposal (a revision) counts as a review', () =>
    spec.given([processRegistered(), cycle(1)]).when(processRevised(2, 'p1')).then((s) => {
      expect(s.processes['VA-01'].lastReview).toMatchObject({ kind: 'revision', revision: 2, at: '2026-01-03T00:00:00.000Z' });
      expect(reviewsReport(s, '2026-02-01', 0).processes[0].nextDue).toBe('2026-02-03');
    }));

  it('processes without a cycle are listed apart; a cycle of an unknown process changes nothing', () => {
    spec.given([processRegistered(), processRegistered('LF-01')]).when(cycle(12)).then((s) => expect(reviewsReport(s, '2026-01-05', 30).withoutCycle).toEqual(['LF-01']));
    spec.given([processRegistered()]).when(cycle(12, 'kalle', 'NOPE')).thenUnchanged();
  });

  it('the sweep notifies each due day once', () => {
    spec.given([processRegistered(), cycle(1)]).when(due('2026-02-01')).then((s) => {
      expect(reviewsToNotify(s, '2026-02-05')).toEqual([]);
      expect(reviewsToNotify(s, '2026-01-31')).toEqual([]);
    });
    spec.given([processRegistered()]).when(cycle(1)).then((s) => expect(reviewsToNotify(s, '2026-02-01')).toEqual([{ processId: 'VA-01', dueOn: '2026-02-01' }]));
  });
});

describe('the reviews report over a stored history, live and as of a past position', () => {
  const store = sqliteEventStore({ path: ':memory:' });
  const q = new ProjectionQueries({ store });
  const marks: Record<string, bigint> = {};

  beforeAll(async () => {
    const w = new HistoryWriter(store, '2024-01-01T00:00:00.000Z', 86_400_000);
    const reg = processRegistered('VA-01');
    marks.registered = await w.emit('process-VA-01', reg, 'kalle'); // 2024-01-02
    marks.cycle = await w.emit('process-review-VA-01', cycle(12), 'ada'); // 2024-01-03
    w.advance(400 * 86_400_000);
    marks.reviewed = await w.emit('process-review-VA-01', noChange('Looked at it'), 'kalle'); // 2025-02-07
  });
  afterAll(() => store.close());

  it('now: reviewed in February 2025, next due February 2026', async () => {
    const r = await q.reviewsReport('2025-06-01', 30);
    expect(r.processes.map((p) => [p.processId, p.nextDue, p.status, p.lastReview.kind])).toEqual([['VA-01', '2026-02-07', 'scheduled', 'no-change']]);
  });

  it('as of the cycle being set: due January 2025 and, seen on 1 June 2025, overdue', async () => {
    const r = await q.reviewsReport('2025-06-01', 30, { position: marks.cycle });
    expect(r.overdue).toEqual([expect.objectContaining({ processId: 'VA-01', nextDue: '2025-01-02', daysOverdue: 150, lastReview: expect.objectContaining({ kind: 'registered' }) })]);
    expect(await q.reviewsReport('2025-06-01', 30, { position: marks.registered })).toMatchObject({ processes: [], withoutCycle: ['VA-01'] });
  });

  it('one process, with its history of "no change" reviews', async () => {
    expect(await q.processReview('VA-01', '2025-06-01')).toMatchObject({ cycle: { intervalMonths: 12, owner: 'kalle' }, view: { nextDue: '2026-02-07', noChangeReviews: [{ by: 'kalle', comment: 'Looked at it' }] } });
    expect(await q.processReview('NOPE', '2025-06-01')).toBeNull();
  });
});
