import { useApiQuery } from '../../../lib/use-api-query';

export interface Variant {
  stakeholder: string;
  status: string;
  proposalId: string;
  rationale: string;
  since: string | null;
  approvedAtRevision: number;
  revisionsBehind: number;
  steps: { id: string; name: string | null }[];
  handovers: { id: string; artifact: string | null }[];
  purpose: boolean;
  participantsChanged: boolean;
  needsReapproval: { since: number; revisions: number[] } | null;
}

export interface VariantReport {
  overall: { processes: number; processesWithVariants: number; variants: number; needsReapproval: number };
  processes: { processId: string; name: string; headRevision: number; participants: number; variants: Variant[] }[];
}

export const useVariantReport = () => useApiQuery<VariantReport>(['reports', 'variants'], '/reports/variants');
