import { applyOperation, deepClone, type Operation } from 'fast-json-patch';
import type { Definition } from '../../../lib/types';

/**
 * A proposal's changes carried onto a newer head, to amend it: each operation that still applies
 * there is kept, the others (and the `test`s written against the old base) are returned as
 * skipped, for the page to show. Pure.
 */
export const rebaseDraft = (head: Definition, changes: Operation[]): { draft: Definition; skipped: Operation[] } => {
  let doc = deepClone(head) as Definition;
  const skipped: Operation[] = [];
  for (const op of changes) {
    if (op.op === 'test') continue;
    try {
      doc = applyOperation(deepClone(doc), deepClone(op), true, true).newDocument as Definition;
    } catch {
      skipped.push(op);
    }
  }
  return { draft: doc, skipped };
};
