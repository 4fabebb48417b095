import type { ProposalsState } from '../proposals/proposals.projection';
import { hoursBetween, percentile, ratio } from './stats';

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

export type GovernanceReport = ReturnType<typeof governanceReport>;
