import { ev, events } from './contract-fixtures';
import type { ContractWorld } from './contract-world';

/** Idempotency keys: a repeated key answers the first append's result and writes nothing. */
export function describeIdempotencyContract({ store, expectConflict }: ContractWorld): void {
  describe('idempotency', () => {
    it('a repeated key returns the first result, replayed, and writes nothing', async () => {
      const first = await store.append('proc-1', events(2), { expectedRevision: 'no-stream', idempotencyKey: 'k-1' });
      expect(first.replayed).toBe(false);
      const head = await store.headPosition();
      // The expected revision would now fail: the first answer must still come back.
      const again = await store.append('proc-1', events(2), { expectedRevision: 'no-stream', idempotencyKey: 'k-1' });
      expect(again).toEqual({ nextRevision: first.nextRevision, position: first.position, replayed: true });
      expect(await store.headPosition()).toBe(head);
      expect(await store.readStream('proc-1')).toHaveLength(2);
    });

    it('a replay after later appends still returns the first result', async () => {
      const first = await store.append('proc-1', [ev('A')], { expectedRevision: 'no-stream', idempotencyKey: 'k-1' });
      await store.append('proc-1', [ev('B')], { expectedRevision: 0n });
      const again = await store.append('proc-1', [ev('A')], { expectedRevision: 'any', idempotencyKey: 'k-1' });
      expect(again).toEqual({ ...first, replayed: true });
      expect(await store.streamRevision('proc-1')).toBe(1n);
    });

    it('different keys both write; a failed append does not consume its key', async () => {
      await store.append('proc-1', [ev('A')], { expectedRevision: 'no-stream', idempotencyKey: 'k-1' });
      await store.append('proc-1', [ev('B')], { expectedRevision: 0n, idempotencyKey: 'k-2' });
      await expectConflict(store.append('proc-1', [ev('C')], { expectedRevision: 0n, idempotencyKey: 'k-3' }), 'proc-1', 0n, 1n);
      const r = await store.append('proc-1', [ev('C')], { expectedRevision: 1n, idempotencyKey: 'k-3' });
      expect(r.replayed).toBe(false);
      expect(await store.streamRevision('proc-1')).toBe(2n);
    });

    it('idempotencyRecord names the stream and result of the append that spent a key, on any stream', async () => {
      expect(await store.idempotencyRecord('k-1')).toBeNull();
      const first = await store.append('proc-1', events(2), { expectedRevision: 'no-stream', idempotencyKey: 'k-1' });
      expect(await store.idempotencyRecord('k-1')).toEqual({ streamId: 'proc-1', nextRevision: first.nextRevision, position: first.position });
      // Spent on proc-1: an append elsewhere with it is a replay there, and the record still names proc-1.
      const elsewhere = await store.append('term-9', [ev('X')], { expectedRevision: 'no-stream', idempotencyKey: 'k-1' });
      expect(elsewhere.replayed).toBe(true);
      expect((await store.idempotencyRecord('k-1'))?.streamId).toBe('proc-1');
      expect(await store.idempotencyRecord('k-2')).toBeNull();
    });
  });
}
