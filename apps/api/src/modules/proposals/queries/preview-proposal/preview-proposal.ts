import { applyChanges, diffDefinitions, type PatchOperation, type ProcessDefinition } from '@samsyn/domain/process';
import { levelReasons, requiredLevel, type LevelReason } from '@samsyn/domain/process/required-level';
import type { GovernanceLevel } from '@samsyn/domain/governance-body/governance-level';

export interface ProposalPreview {
  requiredLevel: GovernanceLevel;
  reasons: LevelReason[];
  /** Who will be asked to review: the head's participants. */
  reviewers: string[];
  touched: { steps: string[]; handovers: string[]; systems: string[]; terms: string[] };
  definition: ProcessDefinition;
}

const union = (...lists: (readonly string[] | undefined)[]): string[] => [...new Set(lists.flatMap((l) => l ?? []))].sort();

/**
 * What a proposal would be, without submitting it: the patch applied to its base (refused with
 * PATCH_DOES_NOT_APPLY as on submission), the required level with the rules behind it, the
 * reviewers, and the steps, handovers, systems and terms it touches (old and new values both).
 * Whether the result names only known terms and systems is checked on submission.
 */
export const previewProposal = (base: ProcessDefinition, headParticipants: string[], changes: PatchOperation[]): ProposalPreview => {
  const after = applyChanges(base, changes);
  const diff = diffDefinitions(base, after);
  const steps = union(diff.steps.added, diff.steps.removed, diff.steps.changed.map((c) => c.id));
  const handovers = union(diff.handovers.added, diff.handovers.removed, diff.handovers.changed.map((c) => c.id));
  const stepSide = (d: ProcessDefinition, field: 'systems' | 'terms') => steps.flatMap((id) => d.steps[id]?.[field] ?? []);
  const handoverTerms = (d: ProcessDefinition) => handovers.flatMap((id) => (d.handovers[id] as { terms?: string[] } | undefined)?.terms ?? []);
  return {
    requiredLevel: requiredLevel(base, after),
    reasons: levelReasons(base, after),
    reviewers: headParticipants,
    touched: {
      steps,
      handovers,
      systems: union(stepSide(base, 'systems'), stepSide(after, 'systems')),
      terms: union(stepSide(base, 'terms'), stepSide(after, 'terms'), handoverTerms(base), handoverTerms(after)),
    },
    definition: after,
  };
};
