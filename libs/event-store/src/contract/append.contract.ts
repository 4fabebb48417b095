import { ConcurrencyError } from '../port/errors';
import { ev, events, rejection } from './contract-fixtures';
import type { ContractWorld } from './contract-world';

/** Appends and their expected revision: who wins, and that a refused append writes nothing. */
export function describeAppendContract({ store, expectConflict }: ContractWorld): void {
  describe('append and expected revision', () => {
    it('no-stream creates a stream at revision 0 and returns bigint revision and position', async () => {
      const r = await store.append('proc-1', [ev('A')], { expectedRevision: 'no-stream' });
      expect(typeof r.nextRevision).toBe('bigint');
      expect(typeof r.position).toBe('bigint');
      expect(r.nextRevision).toBe(0n);
      expect(r.replayed).toBe(false);
      expect(await store.streamRevision('proc-1')).toBe(0n);
    });

    it('no-stream on an existing stream conflicts with the actual revision', async () => {
      await store.append('proc-1', events(2), { expectedRevision: 'no-stream' });
      await expectConflict(store.append('proc-1', [ev('B')], { expectedRevision: 'no-stream' }), 'proc-1', 'no-stream', 1n);
    });

    it('an exact revision appends after it', async () => {
      await store.append('proc-1', events(2), { expectedRevision: 'no-stream' });
      const r = await store.append('proc-1', events(3), { expectedRevision: 1n });
      expect(r.nextRevision).toBe(4n);
      expect(await store.streamRevision('proc-1')).toBe(4n);
    });

    it('a wrong exact revision conflicts with the actual revision', async () => {
      await store.append('proc-1', events(3), { expectedRevision: 'no-stream' });
      await expectConflict(store.append('proc-1', [ev('B')], { expectedRevision: 0n }), 'proc-1', 0n, 2n);
      await expectConflict(store.append('proc-1', [ev('B')], { expectedRevision: 7n }), 'proc-1', 7n, 2n);
    });

    it('an exact revision on a missing stream conflicts with actual null', async () => {
      await expectConflict(store.append('proc-9', [ev('B')], { expectedRevision: 0n }), 'proc-9', 0n, null);
    });

    it('stream-exists appends to an existing stream and conflicts on a missing one', async () => {
      await expectConflict(store.append('proc-1', [ev('A')], { expectedRevision: 'stream-exists' }), 'proc-1', 'stream-exists', null);
      await store.append('proc-1', [ev('A')], { expectedRevision: 'no-stream' });
      const r = await store.append('proc-1', [ev('B')], { expectedRevision: 'stream-exists' });
      expect(r.nextRevision).toBe(1n);
    });

    it('any appends whether or not the stream exists', async () => {
      expect((await store.append('proc-1', [ev('A')], { expectedRevision: 'any' })).nextRevision).toBe(0n);
      expect((await store.append('proc-1', events(2), { expectedRevision: 'any' })).nextRevision).toBe(2n);
    });

    it('a conflicting append writes nothing', async () => {
      await store.append('proc-1', [ev('A')], { expectedRevision: 'no-stream' });
      const head = await store.headPosition();
      await rejection(store.append('proc-1', events(3), { expectedRevision: 5n }));
      expect(await store.headPosition()).toBe(head);
      expect(await store.readStream('proc-1')).toHaveLength(1);
    });

    it('a multi-event append is atomic: all events or none', async () => {
      await store.append('other', [ev('A')], { expectedRevision: 'no-stream' });
      const id = '6f1c1d1e-0000-4000-8000-000000000001';
      const err = await rejection(
        store.append('proc-1', [ev('A', {}, { id }), ev('B'), ev('C', {}, { id })], { expectedRevision: 'no-stream' }),
      );
      expect(err).toBeInstanceOf(Error);
      expect(await store.readStream('proc-1')).toEqual([]);
      expect(await store.streamRevision('proc-1')).toBeNull();
      expect((await store.readAll()).map((e) => e.streamId)).toEqual(['other']);

      const ok = await store.append('proc-1', [ev('A', {}, { id }), ev('B')], { expectedRevision: 'no-stream' });
      expect(ok.nextRevision).toBe(1n);
      expect((await store.readStream('proc-1'))[0].id).toBe(id);
    });

    it('the position returned is the position of the last appended event', async () => {
      const r = await store.append('proc-1', events(3), { expectedRevision: 'no-stream' });
      const all = await store.readAll();
      expect(all[all.length - 1].position).toBe(r.position);
      expect(await store.headPosition()).toBe(r.position);
    });

    it('concurrent appends with the same expected revision: exactly one wins', async () => {
      await store.append('proc-1', [ev('A')], { expectedRevision: 'no-stream' });
      const results = await Promise.allSettled(
        Array.from({ length: 5 }, (_, i) => store.append('proc-1', [ev('B', { i })], { expectedRevision: 0n })),
      );
      const won = results.filter((r) => r.status === 'fulfilled');
      const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(4);
      for (const l of lost) {
        expect(l.reason).toBeInstanceOf(ConcurrencyError);
        expect((l.reason as ConcurrencyError).actual).toBe(1n);
      }
      expect(await store.readStream('proc-1')).toHaveLength(2);
    });

    it('concurrent no-stream appends: exactly one creates the stream', async () => {
      const results = await Promise.allSettled([1, 2, 3].map((i) => store.append('proc-new', [ev('A', { i })], { expectedRevision: 'no-stream' })));
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      expect(await store.readStream('proc-new')).toHaveLength(1);
    });
  });
}
