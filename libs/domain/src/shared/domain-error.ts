/** Expected refusals are values with a stable code, never stack traces. The `kind` tells an
 * adapter how to present it (HTTP: forbidden → 403, not-found → 404, rule → 422). */
export type DomainErrorKind = 'rule' | 'forbidden' | 'not-found';

export const ErrorCodes = {
  // rules (422)
  ALREADY_EXISTS: 'ALREADY_EXISTS',
  STAKEHOLDER_RETIRED: 'STAKEHOLDER_RETIRED',
  STAKEHOLDER_UNKNOWN: 'STAKEHOLDER_UNKNOWN',
  INVALID_BODY_HIERARCHY: 'INVALID_BODY_HIERARCHY',
  BODY_UNKNOWN: 'BODY_UNKNOWN',
  INVALID_DEFINITION: 'INVALID_DEFINITION',
  TERM_UNKNOWN: 'TERM_UNKNOWN',
  TERM_DEPRECATED: 'TERM_DEPRECATED',
  SYSTEM_UNKNOWN: 'SYSTEM_UNKNOWN',
  SYSTEM_RETIRED: 'SYSTEM_RETIRED',
  NOT_A_PARTICIPANT: 'NOT_A_PARTICIPANT',
  ALREADY_REVIEWED: 'ALREADY_REVIEWED',
  PROPOSAL_CLOSED: 'PROPOSAL_CLOSED',
  INVALID_PROPOSAL_STATE: 'INVALID_PROPOSAL_STATE',
  STALE_BASE_REVISION: 'STALE_BASE_REVISION',
  PATCH_DOES_NOT_APPLY: 'PATCH_DOES_NOT_APPLY',
  /** A patch past PATCH_BOUNDS (operations, a value's size or depth, what it produces in all). */
  PATCH_TOO_LARGE: 'PATCH_TOO_LARGE',
  /** A definition past DEFINITION_BOUNDS (size, participants, steps, handovers, text lengths). */
  DEFINITION_TOO_LARGE: 'DEFINITION_TOO_LARGE',
  OUTSIDE_MANDATE: 'OUTSIDE_MANDATE',
  NOT_HOLDING_BODY: 'NOT_HOLDING_BODY',
  FINAL_LEVEL: 'FINAL_LEVEL',
  REVISION_UNKNOWN: 'REVISION_UNKNOWN',
  DEADLINE_NOT_PASSED: 'DEADLINE_NOT_PASSED',
  ALREADY_RETIRED: 'ALREADY_RETIRED',
  ALREADY_DEPRECATED: 'ALREADY_DEPRECATED',
  INVALID_INPUT: 'INVALID_INPUT',
  ALREADY_ADOPTED: 'ALREADY_ADOPTED',
  /** A reply to or an edit in a resolved comment thread: reopen it first. */
  THREAD_RESOLVED: 'THREAD_RESOLVED',
  /** A management object names a process that is not registered. */
  PROCESS_UNKNOWN: 'PROCESS_UNKNOWN',
  /** A management plan is not in the state the command needs (drafted, decided). */
  INVALID_PLAN_STATE: 'INVALID_PLAN_STATE',
  /** Minutes name a decision that this body has not taken. */
  DECISION_UNKNOWN: 'DECISION_UNKNOWN',
  /** A reminder (or a review-due notice) already sent for the same occasion: each is sent once. */
  ALREADY_REMINDED: 'ALREADY_REMINDED',
  /** A process review recorded or notified for a process without a review cycle. */
  NO_REVIEW_CYCLE: 'NO_REVIEW_CYCLE',
  // authorization (403)
  NOT_ALLOWED: 'NOT_ALLOWED',
  NOT_A_BODY_MEMBER: 'NOT_A_BODY_MEMBER',
  NOT_THE_SUBMITTER: 'NOT_THE_SUBMITTER',
  // existence (404)
  NOT_FOUND: 'NOT_FOUND',
} as const;

export type ErrorCode = (typeof ErrorCodes)[keyof typeof ErrorCodes];

const FORBIDDEN: ReadonlySet<string> = new Set([ErrorCodes.NOT_ALLOWED, ErrorCodes.NOT_A_BODY_MEMBER, ErrorCodes.NOT_THE_SUBMITTER]);

export class DomainError extends Error {
  readonly kind: DomainErrorKind;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'DomainError';
    this.kind = code === ErrorCodes.NOT_FOUND ? 'not-found' : FORBIDDEN.has(code) ? 'forbidden' : 'rule';
  }
}

/**
 * Refuses the command. A function declaration, not an arrow in a const: TypeScript treats a call
 * as the end of the path (and narrows what follows) only when the callee's `never` is declared.
 */
export function refuse(code: ErrorCode, message: string, details?: unknown): never {
  throw new DomainError(code, message, details);
}
