import type { GovernanceLevel, ProcessDefinition, Step } from './definition';
import { diffDefinitions, sameSet } from './definition-diff';

const hasTerms = (step: Step | undefined): boolean => (step?.terms?.length ?? 0) > 0;

/**
 * The level that must agree to a change (PRODUCT.md), computed from the structural difference
 * rather than from the patch paths, so no patch shape (a whole-object replace, a move, a copy)
 * can make a change look smaller than it is.
 */
export const requiredLevel = (before: ProcessDefinition, after: ProcessDefinition): GovernanceLevel => {
  const diff = diffDefinitions(before, after);

  const termsTouched =
    diff.steps.added.some((id) => hasTerms(after.steps[id])) ||
    diff.steps.removed.some((id) => hasTerms(before.steps[id])) ||
    diff.steps.changed.some(({ id }) => !sameSet(before.steps[id].terms, after.steps[id].terms));
  if (diff.participants || termsTouched) return 'portfolio';

  const handoversTouched = diff.handovers.added.length + diff.handovers.removed.length + diff.handovers.changed.length > 0;
  // A step whose performer changes touches both the old and the new performer.
  const performers = new Set<string>([
    ...diff.steps.added.map((id) => after.steps[id].performer),
    ...diff.steps.removed.map((id) => before.steps[id].performer),
    ...diff.steps.changed.flatMap(({ id }) => [before.steps[id].performer, after.steps[id].performer]),
  ]);
  if (diff.purpose || handoversTouched || performers.size >= 2) return 'administration';

  return 'object';
};
