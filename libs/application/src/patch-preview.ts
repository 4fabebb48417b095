import { applyChanges, type PatchOperation, type ProcessDefinition } from '@samsyn/domain';

/** The definition a patch would produce, or undefined when it does not apply. Used only to know
 * which terms, systems and stakeholders to load; the domain itself decides whether it applies.
 * Through the domain's own applyChanges, so a patch past its bounds (a chain of doubling copies)
 * costs no more here than in the decider that then refuses it. */
export const previewPatch = (definition: unknown, changes: unknown): unknown => {
  if (definition === undefined || !Array.isArray(changes)) return undefined;
  try {
    return applyChanges(definition as ProcessDefinition, changes as PatchOperation[]);
  } catch {
    return undefined;
  }
};
