import { CheckpointConflictError } from '../port/errors';
import type { CheckpointStore } from '../port/event-store.port';

export interface CheckpointContractSubject {
  /** A fresh store with no checkpoints. */
  checkpoints: CheckpointStore;
  cleanup(): Promise<void>;
}

/** Compare-and-set checkpoints: a checkpoint only moves from the value its writer read. */
export function describeCheckpointStoreContract(name: string, factory: () => Promise<CheckpointContractSubject>): void {
  describe(`CheckpointStore contract: ${name}`, () => {
    let subject: CheckpointContractSubject;
    let checkpoints: CheckpointStore;

    beforeEach(async () => {
      subject = await factory();
      checkpoints = subject.checkpoints;
    });
    afterEach(() => subject.cleanup());

    const conflict = async (p: Promise<void>, expected: bigint | null, actual: bigint | null) => {
      let err: unknown;
      await p.catch((e) => (err = e));
      expect(err).toBeInstanceOf(CheckpointConflictError);
      expect((err as CheckpointConflictError).code).toBe('CHECKPOINT_CONFLICT');
      expect((err as CheckpointConflictError).expected).toEqual(expected);
      expect((err as CheckpointConflictError).actual).toEqual(actual);
    };

    it('an unknown checkpoint loads as null', async () => {
      expect(await checkpoints.load('projection-a')).toBeNull();
    });

    it('stores from null and advances from the value read', async () => {
      await checkpoints.store('projection-a', 5n, null);
      expect(await checkpoints.load('projection-a')).toBe(5n);
      await checkpoints.store('projection-a', 9n, 5n);
      const loaded = await checkpoints.load('projection-a');
      expect(typeof loaded).toBe('bigint');
      expect(loaded).toBe(9n);
    });

    it('refuses to store from a wrong expected value and keeps the stored one', async () => {
      await checkpoints.store('projection-a', 5n, null);
      await conflict(checkpoints.store('projection-a', 7n, 3n), 3n, 5n);
      await conflict(checkpoints.store('projection-a', 7n, null), null, 5n);
      await conflict(checkpoints.store('projection-b', 7n, 5n), 5n, null);
      expect(await checkpoints.load('projection-a')).toBe(5n);
      expect(await checkpoints.load('projection-b')).toBeNull();
    });

    it('two runners that read the same value: only one advances', async () => {
      await checkpoints.store('projection-a', 1n, null);
      const results = await Promise.allSettled([checkpoints.store('projection-a', 2n, 1n), checkpoints.store('projection-a', 3n, 1n)]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      expect([2n, 3n]).toContain(await checkpoints.load('projection-a'));
    });

    it('keeps checkpoints apart by name and holds 64-bit positions exactly', async () => {
      const big = 2n ** 63n - 1n;
      await checkpoints.store('a', big, null);
      await checkpoints.store('b', 1n, null);
      expect(await checkpoints.load('a')).toBe(big);
      expect(await checkpoints.load('b')).toBe(1n);
    });
  });
}
