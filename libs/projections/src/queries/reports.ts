import { dict } from '@samsyn/domain/shared/dict';
import type { CatalogueState } from '../projections/catalogue.projection';
import type { DirectoryState } from '../projections/directory.projection';
import { participantStatus } from '../projections/harmonization';
import type { ProcessHistoryState } from '../projections/process-history.projection';
import type { ProposalsState } from '../projections/proposals.projection';
import { daysBetween, hoursBetween, percentile, ratio } from './stats';

const byId = <T extends { id: string }>(a: T, b: T) => a.id.localeCompare(b.id);

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

/**
 * Coverage: share of a process's steps that use at least one common (defined, not deprecated)
 * term. Unmapped local terms: for every term a process's steps use, each participant of that
 * process that has recorded no local synonym for it — the places where an organisation's own
 * word for a common concept is still unknown, so its data cannot yet be compared.
 */
export const nomenclatureReport = (cat: CatalogueState, dir: DirectoryState) => {
  const unmapped = new Map<string, { term: string; stakeholder: string; processes: Set<string> }>();
  const unknownTerms = new Set<string>();
  const processes = Object.values(cat.processes)
    .sort(byId)
    .map((p) => {
      const steps = Object.values(p.definition.steps);
      let covered = 0;
      for (const step of steps) {
        const terms = step.terms ?? [];
        if (terms.some((t) => dir.terms[t] && !dir.terms[t].deprecated)) covered++;
        for (const t of terms) {
          const term = dir.terms[t];
          if (!term) {
            unknownTerms.add(t);
            continue;
          }
          for (const s of p.definition.participants) {
            if (term.synonyms[s]?.length) continue;
            const k = `${t}\u0000${s}`;
            const entry = unmapped.get(k) ?? { term: t, stakeholder: s, processes: new Set<string>() };
            entry.processes.add(p.id);
            unmapped.set(k, entry);
          }
        }
      }
      return { processId: p.id, name: p.name, steps: steps.length, stepsWithTerms: covered, coverage: ratio(covered, steps.length) };
    });
  const steps = processes.reduce((n, p) => n + p.steps, 0);
  const covered = processes.reduce((n, p) => n + p.stepsWithTerms, 0);
  return {
    overall: { steps, stepsWithTerms: covered, coverage: ratio(covered, steps) },
    processes,
    unmappedLocalTerms: [...unmapped.values()]
      .sort((a, b) => a.term.localeCompare(b.term) || a.stakeholder.localeCompare(b.stakeholder))
      .map((u) => ({ term: u.term, label: dir.terms[u.term].label, stakeholder: u.stakeholder, processes: [...u.processes].sort() })),
    unknownTerms: [...unknownTerms].sort(),
  };
};

/**
 * Decisions per level (a body's approve/reject, by the body's level; consensus counted apart),
 * escalation rate (proposals escalated at least once / proposals), and lead time in hours from
 * submission to the settling decision (consensus or a body's approve/reject).
 */
export const governanceReport = (proposals: ProposalsState) => {
  const all = Object.values(proposals.proposals);
  const decisionsPerLevel: Record<string, { approve: number; reject: number; total: number }> = {
    object: { approve: 0, reject: 0, total: 0 },
    administration: { approve: 0, reject: 0, total: 0 },
    portfolio: { approve: 0, reject: 0, total: 0 },
  };
  let consensus = 0;
  let escalated = 0;
  const leadTimes: number[] = [];
  const byStatus: Record<string, number> = {};
  for (const p of all) {
    byStatus[p.status] = (byStatus[p.status] ?? 0) + 1;
    for (const d of p.decisions) {
      const l = (decisionsPerLevel[d.level] ??= { approve: 0, reject: 0, total: 0 });
      l[d.outcome as 'approve' | 'reject']++;
      l.total++;
    }
    if (p.escalations.length > 0) escalated++;
    if (p.decidedAt) {
      leadTimes.push(hoursBetween(p.submittedAt, p.decidedAt));
      if (p.decisions.length === 0) consensus++;
    }
  }
  return {
    proposals: all.length,
    byStatus,
    decisionsPerLevel,
    consensusDecisions: consensus,
    escalated,
    escalationRate: ratio(escalated, all.length),
    leadTimeHours: { decided: leadTimes.length, median: percentile(leadTimes, 50), p90: percentile(leadTimes, 90) },
  };
};
