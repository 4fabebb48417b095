import { ReadCache } from './read-cache';

const response = (body: string) => ({ body: Buffer.from(body), headers: { 'Content-Type': 'application/json; charset=utf-8' } });

describe('ReadCache', () => {
  it('answers a key it holds and nothing else', () => {
    const cache = new ReadCache({ maxEntries: 4, maxBytes: 1_000 });
    cache.set(ReadCache.key(5n, '/a'), 5n, response(`"a"`));
    expect(cache.get(ReadCache.key(5n, '/a'))?.body.toString()).toBe('"a"');
    expect(cache.get(ReadCache.key(6n, '/a'))).toBeUndefined();
    expect(cache.get(ReadCache.key(5n, '/b'))).toBeUndefined();
  });

  it('drops older positions once a newer one is stored, and never stores an older one after', () => {
    const cache = new ReadCache({ maxEntries: 4, maxBytes: 1_000 });
    cache.set(ReadCache.key(5n, '/a'), 5n, response(`1`));
    cache.set(ReadCache.key(6n, '/b'), 6n, response(`2`));
    expect(cache.get(ReadCache.key(5n, '/a'))).toBeUndefined();
    cache.set(ReadCache.key(5n, '/c'), 5n, response(`3`));
    expect(cache.get(ReadCache.key(5n, '/c'))).toBeUndefined();
    expect(cache.size).toBe(1);
  });

  it('evicts the least recently used beyond its entry and byte bounds', () => {
    const cache = new ReadCache({ maxEntries: 2, maxBytes: 100 });
    cache.set('a', 1n, response(`a`));
    cache.set('b', 1n, response(`b`));
    cache.get('a');
    cache.set('c', 1n, response(`c`));
    expect([cache.get('a') !== undefined, cache.get('b') !== undefined, cache.get('c') !== undefined]).toEqual([true, false, true]);
    cache.set('big', 1n, response('x'.repeat(100)));
    expect(cache.size).toBe(1);
    cache.set('huge', 1n, response('x'.repeat(101)));
    expect(cache.get('huge')).toBeUndefined();
    expect(new ReadCache({ maxEntries: 0, maxBytes: 100 }).enabled).toBe(false);
  });
});
