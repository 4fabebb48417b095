import { DomainError } from '../shared';
import { applyChanges } from './apply-patch';
import type { PatchOperation, ProcessDefinition } from './definition';
import { describeDiff, type DescribedDiff } from './definition-diff-values';

/** A deviation compared with the baseline. `against: 'head'` when its patch still applies to the
 * current head: the diff is head → the stakeholder's variant of it. Otherwise the patch was
 * overtaken by the revisions since (`applies: false`, the refusal in `conflict`) and the diff is
 * the one it was approved as, base → variant, so the organisation sees what it must redo. */
export type DeviationComparison =
  | ({ applies: true; against: 'head'; againstRevision: number } & DescribedDiff)
  | ({ applies: false; against: 'base'; againstRevision: number; conflict: { code: string; message: string } } & DescribedDiff);

export const compareDeviation = (
  head: { revision: number; definition: ProcessDefinition },
  base: { revision: number; definition: ProcessDefinition },
  changes: readonly PatchOperation[],
): DeviationComparison => {
  try {
    const variant = applyChanges(head.definition, changes as PatchOperation[]);
    return { applies: true, against: 'head', againstRevision: head.revision, ...describeDiff(head.definition, variant) };
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    const conflict = { code: error.code, message: error.message };
    let variant = base.definition;
    try {
      variant = applyChanges(base.definition, changes as PatchOperation[]);
    } catch (ignored) {
      // A base it no longer applies to either (history written before bases were checked): no diff to show.
      if (!(ignored instanceof DomainError)) throw ignored;
    }
    return { applies: false, against: 'base', againstRevision: base.revision, conflict, ...describeDiff(base.definition, variant) };
  }
};
