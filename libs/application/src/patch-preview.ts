import { applyPatch, deepClone, type Operation } from 'fast-json-patch';

/** The definition a patch would produce, or undefined when it does not apply. Used only to know
 * which terms, systems and stakeholders to load; the domain itself decides whether it applies.
 * One copy of the definition (applyPatch patches it in place) and one of the operations, whose
 * values would otherwise end up shared with — and be changed by later operations in — the preview. */
export const previewPatch = (definition: unknown, changes: unknown): unknown => {
  if (definition === undefined || !Array.isArray(changes)) return undefined;
  try {
    return applyPatch(deepClone(definition), deepClone(changes) as Operation[], false, true).newDocument;
  } catch {
    return undefined;
  }
};
