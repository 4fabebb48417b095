import { BpmnImportError } from '../bpmn-import-error';

/**
 * What one import may cost (docs/bpmn.md). Steps and handovers are the definition's own bounds;
 * elements and depth bound the XML before it is parsed; `walk` bounds the work of following
 * paths through gateways and events, so the whole import is linear in the document's size.
 */
export const IMPORT_LIMITS = {
  /** XML elements in the document (a 1 MB export of a 1,000-step process has about 15,000). */
  maxElements: 50_000,
  /** Nesting of XML elements (BPMN needs about 10; a sub-process adds 2). */
  maxDepth: 64,
  maxSteps: 1_000,
  maxHandovers: 2_000,
  /** Flows followed in all while walking between steps, per element of the document. */
  walkPerElement: 8,
  /** Distinct warning lines; repeats of one kind are collapsed into a count anyway. */
  maxWarnings: 50,
} as const;

/** Past a limit: refused as a whole (HTTP 422), nothing imported. */
export class BpmnTooLargeError extends Error {
  readonly code = 'BPMN_TOO_LARGE';

  constructor(
    readonly limit: string,
    readonly max: number,
    message: string,
  ) {
    super(message);
    this.name = 'BpmnTooLargeError';
  }
}

/**
 * Before the parser sees it: no DOCTYPE (BPMN never needs one, and entity expansion is how a
 * small document becomes a huge one), no binary, and bounded element count and depth. One pass
 * over the text, no backtracking.
 */
export const prescan = (text: string): void => {
  if (text.includes('\u0000')) throw new BpmnImportError('not a BPMN 2.0 document: it holds binary data');
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) throw new BpmnImportError('not a BPMN 2.0 document: document type declarations and entities are not accepted');
  let elements = 0;
  let depth = 0;
  const tag = /<(\/?)([^\s/>!?][^\s/>]*)[^<>]*?(\/?)>/g;
  for (let m = tag.exec(text); m !== null; m = tag.exec(text)) {
    if (m[1] === '/') {
      depth--;
      continue;
    }
    if (++elements > IMPORT_LIMITS.maxElements) throw new BpmnTooLargeError('elements', IMPORT_LIMITS.maxElements, `the document has more than ${IMPORT_LIMITS.maxElements} XML elements`);
    if (m[3] !== '/' && ++depth > IMPORT_LIMITS.maxDepth) throw new BpmnTooLargeError('depth', IMPORT_LIMITS.maxDepth, `the document nests XML elements more than ${IMPORT_LIMITS.maxDepth} deep`);
  }
};

/** Warnings of one kind collapse into a count past the third, and the list stays bounded. */
export class WarningLog {
  private readonly kinds = new Map<string, { lines: string[]; more: number }>();

  add(kind: string, line: string): void {
    const entry = this.kinds.get(kind) ?? { lines: [], more: 0 };
    if (!this.kinds.has(kind)) {
      if (this.kinds.size >= IMPORT_LIMITS.maxWarnings) return void this.add('other', 'further warnings were left out');
      this.kinds.set(kind, entry);
    }
    if (entry.lines.length < 3) {
      if (!entry.lines.includes(line)) entry.lines.push(line);
    } else entry.more++;
  }

  list(): string[] {
    return [...this.kinds.values()].flatMap(({ lines, more }) => (more > 0 ? [...lines, `… and ${more} more like the above`] : lines));
  }
}
