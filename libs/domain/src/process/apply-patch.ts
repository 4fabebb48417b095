import { applyOperation, deepClone, JsonPatchError, type Operation } from 'fast-json-patch';
import { ErrorCodes, refuse } from '../shared';
import type { PatchOperation, ProcessDefinition } from './definition';

const OPS: ReadonlySet<string> = new Set(['add', 'remove', 'replace', 'move', 'copy', 'test']);

const doesNotApply = (index: number | null, reason: string, operation?: unknown): never =>
  refuse(ErrorCodes.PATCH_DOES_NOT_APPLY, index === null ? reason : `operation ${index} does not apply: ${reason}`, {
    index,
    reason,
    operation,
  });

/**
 * Applies RFC 6902 operations to a copy of the definition; `test` operations are honoured, so a
 * change can insist on what it was written against. Any failure refuses with the failing index.
 * Whether the result is a valid definition is validateDefinition's business, not this one's.
 */
export const applyChanges = (definition: ProcessDefinition, changes: readonly PatchOperation[]): ProcessDefinition => {
  if (!Array.isArray(changes)) return doesNotApply(null, 'changes must be an array of JSON Patch operations');
  // Cloning the operations too: the added values would otherwise be shared between the command
  // and the definition the event carries.
  let document: unknown = deepClone(definition);
  changes.forEach((change, index) => {
    // fast-json-patch also knows a private `_get` operation; it is no part of RFC 6902.
    if (typeof change !== 'object' || change === null || !OPS.has((change as { op?: unknown }).op as string)) {
      doesNotApply(index, 'OPERATION_OP_INVALID', change);
    }
    try {
      // Applied one by one (not applyPatch) because the library reports index 0 for path errors.
      document = applyOperation(document, deepClone(change) as Operation, true, true, true, index).newDocument;
    } catch (e) {
      // A path through a missing parent surfaces as a TypeError from the library's walk.
      doesNotApply(index, e instanceof JsonPatchError ? e.name : 'OPERATION_PATH_UNRESOLVABLE', change);
    }
  });
  return document as ProcessDefinition;
};
