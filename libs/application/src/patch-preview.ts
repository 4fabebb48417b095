import { applyPatch, deepClone, type Operation } from 'fast-json-patch';

/** The definition a patch would produce, or undefined when it does not apply. Used only to know
 * which terms, systems and stakeholders to load; the domain itself decides whether it applies. */
export const previewPatch = (definition: unknown, changes: unknown): unknown => {
  if (definition === undefined || !Array.isArray(changes)) return undefined;
  try {
    return applyPatch(deepClone(definition), changes as Operation[], false, false).newDocument;
  } catch {
    return undefined;
  }
};
