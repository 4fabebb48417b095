import type { AdoptionLagPerRevision } from './adoption-lag-report';
import type { HarmonizationReport } from './harmonization-report';

export type SeriesInterval = 'day' | 'week' | 'month' | 'quarter' | 'year';
export const SERIES_INTERVALS: readonly SeriesInterval[] = ['day', 'week', 'month', 'quarter', 'year'];
/** A year of days or forty years of months: enough for any chart, bounded so one request cannot replay forever. */
export const MAX_SERIES_POINTS = 400;

const startOfNext = (t: Date, interval: SeriesInterval): Date => {
  const y = t.getUTCFullYear();
  const m = t.getUTCMonth();
  switch (interval) {
    case 'day':
      return new Date(Date.UTC(y, m, t.getUTCDate() + 1));
    case 'week': // ISO weeks: the next Monday
      return new Date(Date.UTC(y, m, t.getUTCDate() + (8 - (t.getUTCDay() || 7))));
    case 'month':
      return new Date(Date.UTC(y, m + 1, 1));
    case 'quarter':
      return new Date(Date.UTC(y, m - (m % 3) + 3, 1));
    case 'year':
      return new Date(Date.UTC(y + 1, 0, 1));
  }
};

/**
 * The end of each calendar interval (UTC) that meets [from, to]: the last millisecond before the
 * next interval starts, the last one clipped to `to`. Null when there would be more than `max`.
 */
export const intervalEnds = (from: string, to: string, interval: SeriesInterval, max = MAX_SERIES_POINTS): string[] | null => {
  const end = Date.parse(to);
  const ends: string[] = [];
  for (let t = new Date(Date.parse(from)); t.getTime() <= end; t = startOfNext(t, interval)) {
    if (ends.length === max) return null;
    ends.push(new Date(Math.min(startOfNext(t, interval).getTime() - 1, end)).toISOString());
  }
  return ends;
};

const round = (x: number): number => Math.round(x * 10_000) / 10_000;
const delta = (now: number | null, before: number | null | undefined): number | null =>
  now === null || before === null || before === undefined ? null : round(now - before);

export interface SeriesPoint {
  at: string;
  overall: { pairs: number; harmonized: number; index: number | null; drift: number | null };
  processes: { processId: string; headRevision: number; index: number | null; drift: number | null }[];
  stakeholders: { stakeholder: string; index: number | null; drift: number | null }[];
}

/** One point of the series: the report's three indices as of `at`, and the drift since the
 * previous point (index now minus index then; negative: drifting apart, e.g. a new revision not yet adopted). */
export const seriesPoint = (at: string, r: HarmonizationReport, previous?: SeriesPoint): SeriesPoint => {
  const before = new Map(previous?.processes.map((p) => [p.processId, p.index]));
  const beforeS = new Map(previous?.stakeholders.map((s) => [s.stakeholder, s.index]));
  return {
    at,
    overall: { ...r.overall, drift: delta(r.overall.index, previous?.overall.index) },
    processes: r.processes.map((p) => ({ processId: p.processId, headRevision: p.headRevision, index: p.index, drift: delta(p.index, before.get(p.processId)) })),
    stakeholders: r.stakeholders.map((s) => ({ stakeholder: s.stakeholder, index: s.index, drift: delta(s.index, beforeS.get(s.stakeholder)) })),
  };
};

/** GET /reports/harmonization/series: one point per interval end, and the adoption lag per revision at the last. */
export interface HarmonizationSeries {
  interval: SeriesInterval;
  from: string | null;
  to: string | null;
  points: SeriesPoint[];
  adoptionLag: AdoptionLagPerRevision;
}
