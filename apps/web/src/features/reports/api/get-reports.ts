import { useApiQuery } from '../../../lib/use-api-query';

export interface HarmonizationReport {
  overall: { pairs: number; harmonized: number; index: number };
  processes: { processId: string; name: string; headRevision: number; statuses: Record<string, string>; index: number }[];
  stakeholders: { stakeholder: string; processes: number; harmonized: number; index: number }[];
  adoptionLag: { overall: { adoptions: number; medianDays: number | null; p90Days: number | null }; stakeholders: { stakeholder: string; adoptions: number; medianDays: number | null; p90Days: number | null }[] };
  overdue: { processId: string; revision: number; stakeholder: string; targetDate: string; daysOverdue: number }[];
}

export interface GovernanceReport {
  proposals: number;
  byStatus: Record<string, number>;
  decisionsPerLevel: Record<string, { approve: number; reject: number; total: number }>;
  consensusDecisions: number;
  escalated: number;
  escalationRate: number;
  leadTimeHours: { decided: number; median: number | null; p90: number | null };
}

export interface NomenclatureReport {
  overall: { steps: number; stepsWithTerms: number; coverage: number };
  processes: { processId: string; name: string; steps: number; stepsWithTerms: number; coverage: number }[];
  unmappedLocalTerms: { term: string; label: string; stakeholder: string; processes: string[] }[];
}

/** One process with a review cycle (GET /reports/reviews). */
export interface ReviewRow {
  processId: string;
  name: string;
  owner: string;
  intervalMonths: number;
  nextDue: string;
  status: 'overdue' | 'due' | 'scheduled';
  daysOverdue: number;
}

export interface ReviewsReport {
  on: string;
  dueWithinDays: number;
  processes: ReviewRow[];
  due: ReviewRow[];
  overdue: ReviewRow[];
  withoutCycle: string[];
}

export const useHarmonizationReport = () => useApiQuery<HarmonizationReport>(['reports', 'harmonization'], '/reports/harmonization');
export const useGovernanceReport = () => useApiQuery<GovernanceReport>(['reports', 'governance'], '/reports/governance');
export const useNomenclatureReport = () => useApiQuery<NomenclatureReport>(['reports', 'nomenclature'], '/reports/nomenclature');
export const useReviewsReport = () => useApiQuery<ReviewsReport>(['reports', 'reviews'], '/reports/reviews');
