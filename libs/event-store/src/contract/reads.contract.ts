import type { StoredEvent } from '../port/event-store.port';
import { ev, events, GENESIS, meta } from './contract-fixtures';
import type { ContractWorld } from './contract-world';

/** What a read gives back: stored events, one stream, and every event in global order. */
export function describeReadContract({ store }: ContractWorld): void {
  describe('stored events', () => {
    it('round-trips type, schema version, data, id and metadata', async () => {
      const metadata = meta({
        actor: 'alice',
        occurredAt: '2024-06-02T08:30:00.123Z',
        correlationId: 'corr-42',
        causationId: 'cause-7',
        idempotencyKey: 'idem-meta',
      });
      const data = { name: 'Intake', nested: { list: [1, 'two', null, true], empty: {} }, unicode: 'Grüße ✓' };
      const id = '0b9c2a4e-7d0f-4c1e-9d51-2f5b3c0e4a11';
      await store.append('proc-1', [{ id, type: 'ProcessRegistered', schemaVersion: 3, data, metadata }], { expectedRevision: 'no-stream' });
      const [e] = await store.readStream('proc-1');
      expect(e.id).toBe(id);
      expect(e.streamId).toBe('proc-1');
      expect(e.revision).toBe(0n);
      expect(typeof e.position).toBe('bigint');
      expect(e.type).toBe('ProcessRegistered');
      expect(e.schemaVersion).toBe(3);
      expect(e.data).toEqual(data);
      expect(e.metadata).toEqual(metadata);
      expect(e.hash).toMatch(/^[0-9a-f]{64}$/);
      expect(e.previousHash).toBe(GENESIS);
    });

    it('assigns an id when the caller gives none, unique per event', async () => {
      await store.append('proc-1', events(3), { expectedRevision: 'no-stream' });
      const ids = (await store.readStream('proc-1')).map((e) => e.id);
      expect(new Set(ids).size).toBe(3);
      for (const id of ids) expect(typeof id).toBe('string');
    });
  });

  describe('readStream', () => {
    beforeEach(async () => {
      await store.append('proc-1', events(5), { expectedRevision: 'no-stream' });
      await store.append('proc-2', events(2), { expectedRevision: 'no-stream' });
    });

    const revs = (es: StoredEvent[]) => es.map((e) => e.revision);
    const idx = (es: StoredEvent[]) => es.map((e) => (e.data as { i: number }).i);

    it('reads forwards by default, only that stream', async () => {
      const es = await store.readStream('proc-1');
      expect(revs(es)).toEqual([0n, 1n, 2n, 3n, 4n]);
      expect(idx(es)).toEqual([0, 1, 2, 3, 4]);
      expect(es.every((e) => e.streamId === 'proc-1')).toBe(true);
    });

    it('reads forwards from a revision (inclusive) with maxCount', async () => {
      expect(revs(await store.readStream('proc-1', { fromRevision: 2n }))).toEqual([2n, 3n, 4n]);
      expect(revs(await store.readStream('proc-1', { fromRevision: 1n, maxCount: 2 }))).toEqual([1n, 2n]);
      expect(await store.readStream('proc-1', { fromRevision: 9n })).toEqual([]);
    });

    it('reads backwards from the end, or from a revision (inclusive), with maxCount', async () => {
      expect(revs(await store.readStream('proc-1', { direction: 'backwards' }))).toEqual([4n, 3n, 2n, 1n, 0n]);
      expect(revs(await store.readStream('proc-1', { direction: 'backwards', maxCount: 2 }))).toEqual([4n, 3n]);
      expect(revs(await store.readStream('proc-1', { direction: 'backwards', fromRevision: 2n }))).toEqual([2n, 1n, 0n]);
      expect(revs(await store.readStream('proc-1', { direction: 'backwards', fromRevision: 3n, maxCount: 2 }))).toEqual([3n, 2n]);
    });

    it('an empty or missing stream reads as []', async () => {
      expect(await store.readStream('nope')).toEqual([]);
      expect(await store.readStream('nope', { direction: 'backwards' })).toEqual([]);
      expect(await store.streamRevision('nope')).toBeNull();
    });

    it('streamRevision is the last revision', async () => {
      expect(await store.streamRevision('proc-1')).toBe(4n);
      expect(await store.streamRevision('proc-2')).toBe(1n);
    });

    it('does not confuse streams sharing a prefix', async () => {
      await store.append('proc-10', events(1), { expectedRevision: 'no-stream' });
      expect(await store.readStream('proc-1')).toHaveLength(5);
      expect(await store.streamRevision('proc-10')).toBe(0n);
    });
  });

  describe('readAll and positions', () => {
    it('an empty store: readAll [] and headPosition null', async () => {
      expect(await store.readAll()).toEqual([]);
      expect(await store.headPosition()).toBeNull();
    });

    it('reads every event in append order with strictly increasing positions', async () => {
      await store.append('proc-1', events(2, 'A'), { expectedRevision: 'no-stream' });
      await store.append('term-1', events(1, 'B'), { expectedRevision: 'no-stream' });
      await store.append('proc-1', events(2, 'C'), { expectedRevision: 1n });
      const all = await store.readAll();
      expect(all.map((e) => `${e.streamId}@${e.revision}`)).toEqual(['proc-1@0', 'proc-1@1', 'term-1@0', 'proc-1@2', 'proc-1@3']);
      for (let i = 1; i < all.length; i++) expect(all[i].position > all[i - 1].position).toBe(true);
      expect(await store.headPosition()).toBe(all[all.length - 1].position);
    });

    it('after is exclusive; maxCount limits', async () => {
      await store.append('proc-1', events(6), { expectedRevision: 'no-stream' });
      const all = await store.readAll();
      const after = await store.readAll({ after: all[1].position });
      expect(after.map((e) => e.revision)).toEqual([2n, 3n, 4n, 5n]);
      const page = await store.readAll({ after: all[1].position, maxCount: 2 });
      expect(page.map((e) => e.revision)).toEqual([2n, 3n]);
      expect(await store.readAll({ after: all[5].position })).toEqual([]);
    });

    it('filters by stream prefixes and event types, maxCount counting matches only', async () => {
      await store.append('proc-1', [ev('ProcessRegistered'), ev('ProcessRenamed')], { expectedRevision: 'no-stream' });
      await store.append('term-1', [ev('TermDefined')], { expectedRevision: 'no-stream' });
      await store.append('proc-2', [ev('ProcessRegistered')], { expectedRevision: 'no-stream' });
      await store.append('system-1', [ev('SystemRegistered')], { expectedRevision: 'no-stream' });
      await store.append('term-2', [ev('TermDefined')], { expectedRevision: 'no-stream' });

      const byPrefix = await store.readAll({ filter: { streamPrefixes: ['term-', 'system-'] } });
      expect(byPrefix.map((e) => e.streamId)).toEqual(['term-1', 'system-1', 'term-2']);

      const byType = await store.readAll({ filter: { eventTypes: ['ProcessRegistered', 'TermDefined'] } });
      expect(byType.map((e) => `${e.streamId}:${e.type}`)).toEqual([
        'proc-1:ProcessRegistered',
        'term-1:TermDefined',
        'proc-2:ProcessRegistered',
        'term-2:TermDefined',
      ]);

      const both = await store.readAll({ filter: { streamPrefixes: ['proc-'], eventTypes: ['ProcessRegistered'] } });
      expect(both.map((e) => e.streamId)).toEqual(['proc-1', 'proc-2']);

      const limited = await store.readAll({ maxCount: 2, filter: { eventTypes: ['TermDefined', 'SystemRegistered'] } });
      expect(limited.map((e) => e.streamId)).toEqual(['term-1', 'system-1']);

      const afterFirst = await store.readAll({ after: byPrefix[0].position, filter: { streamPrefixes: ['term-'] } });
      expect(afterFirst.map((e) => e.streamId)).toEqual(['term-2']);
    });

    it('a prefix is a literal prefix, not a pattern', async () => {
      await store.append('a_b-1', [ev('X')], { expectedRevision: 'no-stream' });
      await store.append('aXb-1', [ev('X')], { expectedRevision: 'no-stream' });
      await store.append('a%b-1', [ev('X')], { expectedRevision: 'no-stream' });
      expect((await store.readAll({ filter: { streamPrefixes: ['a_b'] } })).map((e) => e.streamId)).toEqual(['a_b-1']);
      expect((await store.readAll({ filter: { streamPrefixes: ['a%'] } })).map((e) => e.streamId)).toEqual(['a%b-1']);
    });
  });
}
