import { fromRecorded, matchesFilter, planServerFilter, SAMSYN_META_KEY, wrapData } from './esdb-mapping';

const chain = { schemaVersion: 2, seq: '1', previousHash: '0'.repeat(64), hash: 'a'.repeat(64) };
const raw = (over: Record<string, unknown> = {}) => ({
  streamId: 'ns-proc-1',
  id: 'id-1',
  revision: 3n,
  type: 'ProcessRegistered',
  data: { name: 'x' },
  metadata: { actor: 'u', occurredAt: 't', correlationId: 'c', causationId: null, [SAMSYN_META_KEY]: chain },
  commit: 2n ** 63n + 5n,
  ...over,
});

describe('EventStoreDB mapping', () => {
  it('strips the namespace and the reserved metadata member, keeps 64-bit positions exact', () => {
    const e = fromRecorded(raw(), 'ns-');
    expect(e).toEqual({
      id: 'id-1',
      streamId: 'proc-1',
      revision: 3n,
      position: 2n ** 63n + 5n,
      type: 'ProcessRegistered',
      schemaVersion: 2,
      data: { name: 'x' },
      metadata: { actor: 'u', occurredAt: 't', correlationId: 'c', causationId: null },
      hash: chain.hash,
      previousHash: chain.previousHash,
    });
  });

  it('ignores other namespaces, bookkeeping streams, system events and foreign events', () => {
    expect(fromRecorded(raw(), 'other-')).toBeNull();
    expect(fromRecorded(raw({ streamId: 'ns-samsyn~chain' }), 'ns-')).toBeNull();
    expect(fromRecorded(raw({ type: '$metadata' }), 'ns-')).toBeNull();
    expect(fromRecorded(raw({ metadata: { actor: 'u' } }), 'ns-')).toBeNull();
  });

  it('wraps data EventStoreDB cannot hold as a JSON event, and unwraps it on read', () => {
    for (const value of [42, 'text', null, true]) {
      const { data, wrapped } = wrapData(value);
      expect(wrapped).toBe(true);
      const e = fromRecorded(raw({ data, metadata: { ...raw().metadata, [SAMSYN_META_KEY]: { ...chain, wrapped: true } } }), 'ns-');
      expect(e?.data).toEqual(value);
    }
    expect(wrapData({ a: 1 })).toEqual({ data: { a: 1 }, wrapped: false });
    expect(wrapData([1])).toEqual({ data: [1], wrapped: false });
  });

  it('plans the narrowest server-side filter and checks the rest exactly', () => {
    expect(planServerFilter('', undefined)).toEqual({ kind: 'exclude-system-events' });
    expect(planServerFilter('ns-', undefined)).toEqual({ kind: 'stream-prefixes', prefixes: ['ns-'] });
    expect(planServerFilter('ns-', { streamPrefixes: ['term-'], eventTypes: ['A'] })).toEqual({ kind: 'stream-prefixes', prefixes: ['ns-term-'] });
    expect(planServerFilter('', { eventTypes: ['A.b', 'C'] })).toEqual({ kind: 'event-type-regex', regex: '^(?:A\\.b|C)$' });
    expect(matchesFilter({ streamId: 'term-1', type: 'A' }, { streamPrefixes: ['term-'], eventTypes: ['A'] })).toBe(true);
    expect(matchesFilter({ streamId: 'term-1', type: 'B' }, { streamPrefixes: ['term-'], eventTypes: ['A'] })).toBe(false);
    expect(matchesFilter({ streamId: 'proc-1', type: 'A' }, { streamPrefixes: ['term-'] })).toBe(false);
  });
});
