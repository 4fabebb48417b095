import type { ProcessDefinition } from './definition';

export type HarmonizationStatus = 'harmonized' | 'behind' | 'deviating' | 'not-adopted';

export interface ProcessState {
  exists: boolean;
  id: string;
  name: string;
  owner: { principal: string; stakeholder: string } | null;
  governingBody: string;
  /** Head revision number (0 before registration). */
  head: number;
  /** Every revision's definition, by number (1-based). */
  revisions: Record<number, ProcessDefinition>;
  /** Which proposal made each revision (revision 1: null). */
  revisionProposals: Record<number, string | null>;
  /** Latest adopted revision per stakeholder. */
  adopted: Record<string, { revision: number; adoptedOn: string }>;
  /** Active deviations per stakeholder. */
  deviations: Record<string, { proposalId: string; revision: number; rationale: string }>;
  /** Proposals already applied here (so a re-sent apply is refused, never doubled). */
  appliedProposals: string[];
}
