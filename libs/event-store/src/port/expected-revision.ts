import type { ExpectedRevision } from './event-store.port';

/** Whether a stream at `current` (null: it does not exist) satisfies the append's expectation. */
export const revisionMatches = (expected: ExpectedRevision, current: bigint | null): boolean => {
  switch (expected) {
    case 'any':
      return true;
    case 'no-stream':
      return current === null;
    case 'stream-exists':
      return current !== null;
    default:
      return current === expected;
  }
};
