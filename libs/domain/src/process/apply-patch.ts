import { applyOperation, deepClone, getValueByPointer, JsonPatchError, type Operation } from 'fast-json-patch';
import { ErrorCodes, refuse } from '../shared';
import type { PatchOperation, ProcessDefinition } from './definition';
import { measureJson, PATCH_BOUNDS } from './definition-bounds';

const OPS: ReadonlySet<string> = new Set(['add', 'remove', 'replace', 'move', 'copy', 'test']);

const doesNotApply = (index: number | null, reason: string, operation?: unknown): never =>
  refuse(ErrorCodes.PATCH_DOES_NOT_APPLY, index === null ? reason : `operation ${index} does not apply: ${reason}`, {
    index,
    reason,
    operation,
  });

const tooLarge = (index: number | null, limit: string, max: number, message: string): never =>
  refuse(ErrorCodes.PATCH_TOO_LARGE, index === null ? message : `operation ${index}: ${message}`, { index, limit, max });

/** The value an operation would put into the document, measured before anything is cloned. */
const checkValue = (value: unknown, index: number): number => {
  const { bytes, depth } = measureJson(value, PATCH_BOUNDS.maxValueBytes, PATCH_BOUNDS.maxValueDepth);
  if (depth > PATCH_BOUNDS.maxValueDepth) {
    tooLarge(index, 'valueDepth', PATCH_BOUNDS.maxValueDepth, `a value may be nested at most ${PATCH_BOUNDS.maxValueDepth} levels deep`);
  }
  if (bytes > PATCH_BOUNDS.maxValueBytes) {
    tooLarge(index, 'valueBytes', PATCH_BOUNDS.maxValueBytes, `a value may be at most ${PATCH_BOUNDS.maxValueBytes} bytes of JSON`);
  }
  return bytes;
};

/** What a copy would duplicate, measured only up to what the patch may still produce. */
const copiedBytes = (document: unknown, from: unknown, budget: number): number => {
  if (typeof from !== 'string') return 0;
  let source: unknown;
  try {
    source = getValueByPointer(document, from);
  } catch {
    return 0; // applyOperation names the unresolvable path
  }
  return measureJson(source, budget).bytes;
};

/**
 * Applies RFC 6902 operations to a copy of the definition; `test` operations are honoured, so a
 * change can insist on what it was written against. Any failure refuses with the failing index.
 * What a patch may produce is bounded while it is applied (PATCH_BOUNDS): each value is measured
 * before it is cloned and every byte added, replaced or copied counts against one budget, so a
 * chain of copies that doubles the document is refused after a few hundred kilobytes, not after
 * gigabytes. Whether the result is a valid definition is validateDefinition's business.
 */
export const applyChanges = (definition: ProcessDefinition, changes: readonly PatchOperation[]): ProcessDefinition => {
  if (!Array.isArray(changes)) return doesNotApply(null, 'changes must be an array of JSON Patch operations');
  if (changes.length > PATCH_BOUNDS.maxOperations) {
    tooLarge(null, 'operations', PATCH_BOUNDS.maxOperations, `a patch may have at most ${PATCH_BOUNDS.maxOperations} operations`);
  }
  // Cloning the operations too: the added values would otherwise be shared between the command
  // and the definition the event carries.
  let document: unknown = deepClone(definition);
  let produced = 0;
  changes.forEach((change, index) => {
    // fast-json-patch also knows a private `_get` operation; it is no part of RFC 6902.
    if (typeof change !== 'object' || change === null || !OPS.has((change as { op?: unknown }).op as string)) {
      doesNotApply(index, 'OPERATION_OP_INVALID', change);
    }
    const op = change.op;
    if (op === 'add' || op === 'replace' || op === 'test') {
      const bytes = checkValue((change as { value?: unknown }).value, index);
      if (op !== 'test') produced += bytes;
    } else if (op === 'copy') {
      produced += copiedBytes(document, (change as { from?: unknown }).from, PATCH_BOUNDS.maxProducedBytes - produced);
    }
    if (produced > PATCH_BOUNDS.maxProducedBytes) {
      tooLarge(index, 'producedBytes', PATCH_BOUNDS.maxProducedBytes, `a patch may add, replace or copy at most ${PATCH_BOUNDS.maxProducedBytes} bytes in all`);
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
