import { BpmnImportError } from '../bpmn-import-error';
import { bpmnWarning, refusalMessage, type BpmnWarning, type BpmnWarningCode, type MessageParams, type RefusalReason } from '../import-messages';

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
  /** The limit, as every refusal names its reason (import-messages.ts). */
  readonly reason: RefusalReason<'BPMN_TOO_LARGE'>;
  readonly params: MessageParams;

  constructor(
    readonly limit: RefusalReason<'BPMN_TOO_LARGE'>,
    readonly max: number,
  ) {
    super(refusalMessage('BPMN_TOO_LARGE', limit, { max }));
    this.reason = limit;
    this.params = { max };
    this.name = 'BpmnTooLargeError';
  }
}

/**
 * Before the parser sees it: no DOCTYPE (BPMN never needs one, and entity expansion is how a
 * small document becomes a huge one), no binary, and bounded element count and depth. One pass
 * over the text, no backtracking.
 */
export const prescan = (text: string): void => {
  if (text.includes('\u0000')) throw new BpmnImportError('binary');
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) throw new BpmnImportError('doctype');
  let elements = 0;
  let depth = 0;
  const tag = /<(\/?)([^\s/>!?][^\s/>]*)[^<>]*?(\/?)>/g;
  for (let m = tag.exec(text); m !== null; m = tag.exec(text)) {
    if (m[1] === '/') {
      depth--;
      continue;
    }
    if (++elements > IMPORT_LIMITS.maxElements) throw new BpmnTooLargeError('elements', IMPORT_LIMITS.maxElements);
    if (m[3] !== '/' && ++depth > IMPORT_LIMITS.maxDepth) throw new BpmnTooLargeError('depth', IMPORT_LIMITS.maxDepth);
  }
};

/** Warnings of one code collapse into a count past the third, and the list stays bounded. */
export class WarningLog {
  private readonly codes = new Map<BpmnWarningCode, { warnings: BpmnWarning[]; more: number }>();

  add(code: BpmnWarningCode, params: MessageParams = {}): void {
    const entry = this.codes.get(code) ?? { warnings: [], more: 0 };
    if (!this.codes.has(code)) {
      if (this.codes.size >= IMPORT_LIMITS.maxWarnings) return void this.add('left-out');
      this.codes.set(code, entry);
    }
    const warning = bpmnWarning(code, params);
    if (entry.warnings.length < 3) {
      if (!entry.warnings.some((w) => w.message === warning.message)) entry.warnings.push(warning);
    } else entry.more++;
  }

  list(): BpmnWarning[] {
    return [...this.codes].flatMap(([code, { warnings, more }]) => (more > 0 ? [...warnings, bpmnWarning('more-like-above', { count: more, of: code })] : warnings));
  }
}
