import { dict } from '@samsyn/domain/shared/dict';
import type { CatalogueState } from '../catalogue/catalogue.projection';
import { participantStatus } from '../catalogue/harmonization-status';
import { byId } from '../queries/by-id';
import type { ProcessHistoryState } from '../process-history/process-history.projection';
import { adoptionLagReport } from './adoption-lag-report';
import { daysBetween, ratio } from './stats';

/** Roll-out: participants past the target date of a revision that have adopted neither it nor a
 * later one (an active deviation recorded at or after it counts as an answer), as of `now`. */
export const overdueAdopters = (cat: CatalogueState, now: string) => {
  const nowMs = Date.parse(now);
  const overdue: { processId: string; revision: number; stakeholder: string; targetDate: string; daysOverdue: number }[] = [];
  for (const p of Object.values(cat.processes).sort(byId)) {
    for (const [rev, targets] of Object.entries(p.adoptionTargets ?? {})) {
      const revision = Number(rev);
      for (const [stakeholder, targetDate] of Object.entries(targets).sort(([a], [b]) => a.localeCompare(b))) {
        if (!p.definition.participants.includes(stakeholder) || !(Date.parse(targetDate) < nowMs)) continue;
        const adopted = Object.hasOwn(p.adopted, stakeholder) ? p.adopted[stakeholder].revision : 0;
        const deviation = Object.hasOwn(p.deviations, stakeholder) ? p.deviations[stakeholder].revision : 0;
        if (adopted >= revision || deviation >= revision) continue;
        overdue.push({ processId: p.id, revision, stakeholder, targetDate, daysOverdue: daysBetween(targetDate, now) });
      }
    }
  }
  return overdue.sort((a, b) => a.processId.localeCompare(b.processId) || a.revision - b.revision || a.stakeholder.localeCompare(b.stakeholder));
};

/** Share of (process, participant) pairs that are harmonized: per process, per stakeholder, overall. */
export const harmonizationReport = (cat: CatalogueState) => {
  const perStakeholder = new Map<string, { processes: number; harmonized: number; statuses: Record<string, string> }>();
  let pairs = 0;
  let harmonizedPairs = 0;
  const processes = Object.values(cat.processes)
    .sort(byId)
    .map((p) => {
      const statuses: Record<string, string> = dict();
      let harmonized = 0;
      for (const s of p.definition.participants) {
        const status = participantStatus(p, s);
        statuses[s] = status;
        const entry = perStakeholder.get(s) ?? { processes: 0, harmonized: 0, statuses: dict<string>() };
        entry.processes++;
        entry.statuses[p.id] = status;
        if (status === 'harmonized') {
          harmonized++;
          entry.harmonized++;
        }
        perStakeholder.set(s, entry);
      }
      pairs += p.definition.participants.length;
      harmonizedPairs += harmonized;
      return { processId: p.id, name: p.name, headRevision: p.head, statuses, index: ratio(harmonized, p.definition.participants.length) };
    });
  const stakeholders = [...perStakeholder.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([stakeholder, e]) => ({ stakeholder, processes: e.processes, harmonized: e.harmonized, index: ratio(e.harmonized, e.processes), statuses: e.statuses }));
  return { overall: { pairs, harmonized: harmonizedPairs, index: ratio(harmonizedPairs, pairs) }, processes, stakeholders };
};

export type HarmonizationReport = ReturnType<typeof harmonizationReport>;

/** GET /reports/harmonization: the index, the adoption lag and who is overdue, as of `now`. */
export const harmonizationReportView = (cat: CatalogueState, history: ProcessHistoryState, now: string) => ({
  ...harmonizationReport(cat),
  adoptionLag: adoptionLagReport(history),
  overdue: overdueAdopters(cat, now),
});

export type HarmonizationReportView = ReturnType<typeof harmonizationReportView>;
