import { idempotentEventId, uuidV5 } from './deterministic-id';

describe('uuidV5', () => {
  it('matches the RFC 4122 test vector (DNS namespace, "www.example.com")', () => {
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });

  it('is deterministic per key, stream and index, and distinct otherwise', () => {
    const a = idempotentEventId('key-1', 'proc-1', 0);
    expect(idempotentEventId('key-1', 'proc-1', 0)).toBe(a);
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const others = [idempotentEventId('key-1', 'proc-1', 1), idempotentEventId('key-2', 'proc-1', 0), idempotentEventId('key-1', 'proc-2', 0)];
    expect(new Set([a, ...others]).size).toBe(4);
  });
});
