import type { ProcessHistoryState } from '../process-history/process-history.projection';
import { daysBetween, percentile } from './stats';

/** Days from a revision's appliedAt to each participant's adoptedOn of it. */
export const adoptionLagReport = (history: ProcessHistoryState) => {
  const adoptions: { processId: string; revision: number; stakeholder: string; appliedAt: string; adoptedOn: string; lagDays: number }[] = [];
  for (const [processId, p] of Object.entries(history.processes).sort(([a], [b]) => a.localeCompare(b))) {
    const appliedAt = new Map(p.revisions.map((r) => [r.revision, r.appliedAt]));
    for (const a of p.adoptions) {
      const at = appliedAt.get(a.revision);
      if (at) adoptions.push({ processId, revision: a.revision, stakeholder: a.stakeholder, appliedAt: at, adoptedOn: a.adoptedOn, lagDays: daysBetween(at, a.adoptedOn) });
    }
  }
  const lags = adoptions.map((a) => a.lagDays);
  const perStakeholder = new Map<string, number[]>();
  for (const a of adoptions) {
    const lags = perStakeholder.get(a.stakeholder);
    if (lags) lags.push(a.lagDays);
    else perStakeholder.set(a.stakeholder, [a.lagDays]);
  }
  return {
    overall: { adoptions: lags.length, medianDays: percentile(lags, 50), p90Days: percentile(lags, 90) },
    stakeholders: [...perStakeholder.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([stakeholder, l]) => ({ stakeholder, adoptions: l.length, medianDays: percentile(l, 50), p90Days: percentile(l, 90) })),
    adoptions,
  };
};

/** Adoption lag per revision: median and p90 days from applied to adopted, over its adoptions. */
export const adoptionLagPerRevision = (history: ProcessHistoryState) => {
  const groups = new Map<string, { processId: string; revision: number; lags: number[] }>();
  for (const a of adoptionLagReport(history).adoptions) {
    const key = `${a.processId}\u0000${a.revision}`;
    const g = groups.get(key) ?? { processId: a.processId, revision: a.revision, lags: [] };
    g.lags.push(a.lagDays);
    groups.set(key, g);
  }
  return [...groups.values()]
    .sort((a, b) => a.processId.localeCompare(b.processId) || a.revision - b.revision)
    .map((g) => ({ processId: g.processId, revision: g.revision, adoptions: g.lags.length, medianDays: percentile(g.lags, 50), p90Days: percentile(g.lags, 90) }));
};

export type AdoptionLagReport = ReturnType<typeof adoptionLagReport>;

export type AdoptionLagPerRevision = ReturnType<typeof adoptionLagPerRevision>;
