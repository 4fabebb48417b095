import { applyPatch, deepClone, type Operation } from 'fast-json-patch';
import type { Definition } from '../../../lib/types';

/** The definition the proposal would make from its base revision; null when its patch does not apply there. */
export const proposedDefinition = (base: Definition, changes: Operation[]): Definition | null => {
  try {
    return applyPatch(deepClone(base), changes, true, false).newDocument as Definition;
  } catch {
    return null;
  }
};
