import type { DefinitionParts } from './deviation-coverage';
import type { ProcessDefinition } from './definition';

export type HarmonizationStatus = 'harmonized' | 'behind' | 'deviating' | 'needs-reapproval' | 'not-adopted';

/** An active deviation: what it covers, and since which revision it needs re-approval (null: it
 * still describes a variant of the baseline). */
export interface ActiveDeviation {
  proposalId: string;
  revision: number;
  rationale: string;
  covers: DefinitionParts;
  needsReapproval: { since: number; revisions: number[]; parts: DefinitionParts } | null;
}

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
  deviations: Record<string, ActiveDeviation>;
  /** Roll-out: target adoption date per revision and participant. */
  adoptionTargets: Record<number, Record<string, string>>;
  /** Roll-out default: days after a revision is applied, and who set it (null: none). */
  defaultAdoptionTarget: { daysAfterApplied: number; setBy: string } | null;
  /** Proposals already applied here (so a re-sent apply is refused, never doubled). */
  appliedProposals: string[];
}
