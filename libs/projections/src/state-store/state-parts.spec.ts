import fc from 'fast-check';
import { fromParts, toParts } from './state-parts';

const roundTrip = (state: unknown, maxChars: number) => fromParts([...toParts(state, maxChars)]);

describe('a state in bounded parts', () => {
  it('reassembles to what JSON would give, key order included, for any JSON state and part size', () => {
    const map = fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 40 });
    const state = fc.oneof(fc.dictionary(fc.string({ maxLength: 6 }), fc.oneof(map, fc.jsonValue({ maxDepth: 3 })), { maxKeys: 6 }), fc.jsonValue({ maxDepth: 2 }));
    fc.assert(
      fc.property(state, fc.integer({ min: 1, max: 400 }), (s, maxChars) => {
        expect(JSON.stringify(roundTrip(s, maxChars))).toBe(JSON.stringify(s));
      }),
      { numRuns: 500 },
    );
  });

  it('splits a large map into parts no larger than the bound, unless one entry is larger alone', () => {
    const proposals: Record<string, unknown> = {};
    for (let i = 0; i < 1000; i++) proposals[`p${i}`] = { id: `p${i}`, reviews: [{ verdict: 'accept', comment: 'x'.repeat(i % 50) }] };
    proposals.big = { text: 'y'.repeat(5000) };
    const parts = [...toParts({ proposals, count: 1001 }, 2000)];
    expect(parts.length).toBeGreaterThan(20);
    for (const p of parts) expect(p.json.length <= 2000 || p.json.includes('y'.repeat(5000))).toBe(true);
    expect(fromParts(parts)).toEqual({ proposals, count: 1001 });
  });

  it('keeps empty maps, drops what JSON drops, and keeps a __proto__ key as an own property of a map without prototype', () => {
    const state = { empty: {}, gone: undefined, list: [1, undefined], m: { a: 1, skip: undefined, ['__proto__']: { x: 1 } } };
    Object.defineProperty(state.m, '__proto__', { value: { x: 1 }, enumerable: true });
    const back = roundTrip(state, 10) as Record<string, Record<string, unknown>>;
    expect(JSON.stringify(back)).toBe(JSON.stringify(state));
    // A map comes back as a dict, as the read models keep them: `constructor` is no entry of it.
    expect(Object.getPrototypeOf(back.m)).toBeNull();
    expect(Object.keys(back.m)).toEqual(['a', '__proto__']);
    expect(back.m.constructor).toBeUndefined();
  });

  it('splits a map without prototype (the read models\' dicts) like any map, and its hostile ids come back as entries', () => {
    const map = Object.create(null) as Record<string, unknown>;
    for (const id of ['constructor', '__proto__', 'hasOwnProperty', 'toString', 'valueOf']) map[id] = { id, text: 'z'.repeat(50) };
    const parts = [...toParts({ map }, 100)];
    expect(parts.map((p) => p.kind)).toEqual(['entries', 'entries', 'entries', 'entries', 'entries']);
    const back = fromParts(parts) as { map: Record<string, { id: string }> };
    expect(Object.keys(back.map)).toEqual(['constructor', '__proto__', 'hasOwnProperty', 'toString', 'valueOf']);
    expect((back.map['constructor'] as { id: string }).id).toBe('constructor');
    expect(back.map['__proto__'].id).toBe('__proto__');
  });

  it('keeps states that are not objects whole', () => {
    for (const s of [null, 3, 'text', [1, { a: 2 }], true]) expect(roundTrip(s, 1)).toEqual(s);
  });
});
