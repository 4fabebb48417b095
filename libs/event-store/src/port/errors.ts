import type { ExpectedRevision } from './event-store.port';

export const describeExpected = (e: ExpectedRevision): string => (typeof e === 'bigint' ? e.toString() : e);

/** The stream was not at the revision the writer expected. `actual` is null for "no stream". */
export class ConcurrencyError extends Error {
  readonly code = 'CONCURRENCY_CONFLICT';
  constructor(
    readonly streamId: string,
    readonly expected: ExpectedRevision,
    readonly actual: bigint | null,
  ) {
    super(`stream ${streamId}: expected revision ${describeExpected(expected)}, actual ${actual === null ? 'no-stream' : actual.toString()}`);
    this.name = 'ConcurrencyError';
  }
}

export class CheckpointConflictError extends Error {
  readonly code = 'CHECKPOINT_CONFLICT';
  constructor(
    override readonly name: string,
    readonly expected: bigint | null,
    readonly actual: bigint | null,
  ) {
    super(`checkpoint ${name}: expected ${expected ?? 'none'}, found ${actual ?? 'none'}`);
  }
}

/** The store cannot be reached or read; adapters wrap driver errors in this. */
export class StoreUnavailableError extends Error {
  readonly code = 'STORE_UNAVAILABLE';
  constructor(message: string, override readonly cause?: unknown) {
    super(message);
    this.name = 'StoreUnavailableError';
  }
}
