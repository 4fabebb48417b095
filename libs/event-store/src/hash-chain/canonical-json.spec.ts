import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { runInNewContext } from 'node:vm';
import { canonicalEncoder, canonicalJson } from './canonical-json';
import { hashedContent, hashEvent, hashParts, hashPartsWith, spliceHashParts, type HashedContent } from './hash-event';

/** The first encoder, kept as the reference: the faster one must give the same text, byte for
 * byte, or old chains would stop verifying. */
function reference(value: unknown): string {
  const text = encode(value, true);
  if (text === undefined) throw new TypeError('canonicalJson: value has no JSON representation');
  return text;
}

function encode(value: unknown, topOrArray: boolean): string | undefined {
  if (typeof value === 'bigint') return JSON.stringify(value.toString());
  if (value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    value = (value as { toJSON(): unknown }).toJSON();
  }
  if (value === undefined || typeof value === 'function' || typeof value === 'symbol') return topOrArray ? 'null' : undefined;
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((v) => encode(v, true)).join(',')}]`;
  const members: string[] = [];
  for (const key of Object.keys(value).sort()) {
    const v = encode((value as Record<string, unknown>)[key], false);
    if (v !== undefined) members.push(`${JSON.stringify(key)}:${v}`);
  }
  return `{${members.join(',')}}`;
}

describe('canonicalJson against the reference encoder', () => {
  it('gives the same text for any JSON-like value (bigints, dates, undefined, null prototypes, odd keys)', () => {
    fc.assert(
      fc.property(
        fc.anything({ withBigInt: true, withDate: true, withNullPrototype: true, withBoxedValues: true, withSparseArray: false, maxDepth: 4 }),
        (value) => {
          expect(canonicalJson(value)).toBe(reference(value));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('gives the same text for stored-event contents', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.string(), fc.bigInt({ min: 0n, max: 2n ** 63n }), fc.integer(), (data, id, position, schemaVersion) => {
        const content = { id, streamId: `s-${id}`, revision: position / 2n, position, type: 'T', schemaVersion, data, metadata: { actor: id, causationId: null } };
        expect(canonicalJson(content)).toBe(reference(content));
      }),
      { numRuns: 1000 },
    );
  });

  it('encodes undefined, functions and symbols at the top as null, in arrays as null, as members not at all', () => {
    for (const v of [undefined, () => 1, Symbol('s')]) {
      expect(canonicalJson(v)).toBe('null');
      expect(canonicalJson([v])).toBe('[null]');
      expect(canonicalJson({ a: v, b: 1 })).toBe('{"b":1}');
    }
    expect(canonicalJson([NaN, Infinity, -0, 1e21, 0.1])).toBe(reference([NaN, Infinity, -0, 1e21, 0.1]));
    expect(canonicalJson({ toJSON: () => ({ z: 1, a: 2n }) })).toBe('{"a":"2","z":1}');
  });
});

describe('hashEvent from parts', () => {
  const content = fc.record({
    id: fc.string(),
    streamId: fc.string(),
    revision: fc.bigInt({ min: 0n, max: 2n ** 64n }),
    position: fc.bigInt({ min: 1n, max: 2n ** 64n }),
    type: fc.string(),
    schemaVersion: fc.integer(),
    data: fc.option(fc.jsonValue(), { nil: undefined }),
    metadata: fc.option(fc.dictionary(fc.string(), fc.jsonValue()), { nil: undefined }),
  });

  it('is sha-256 over the previous hash and the canonical JSON of the content, as it always was', () => {
    fc.assert(
      fc.property(content, fc.string({ minLength: 64, maxLength: 64 }), (generated, previous) => {
        const c = generated as unknown as HashedContent;
        const text = reference(hashedContent(c));
        expect(spliceHashParts(hashParts(c), c.position, c.revision)).toBe(text);
        expect(hashEvent(c, previous)).toBe(createHash('sha256').update(previous).update(text).digest('hex'));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('the self-contained encoder and parts (run from their source text by the SQLite writer thread)', () => {
  it('work from their source text alone, in an empty context', () => {
    const sandbox = runInNewContext(`({ encode: (${canonicalEncoder.toString()})(), partsWith: (${hashPartsWith.toString()}) })`, {}) as {
      encode: (v: unknown) => string | undefined;
      partsWith: typeof hashPartsWith;
    };
    const content = { id: 'e-1', streamId: 'proc-1', type: 'Happened', schemaVersion: 2, data: { b: [1, { d: null, c: 'x' }], a: 2n }, metadata: { actor: 'u', causationId: null } as never };
    expect(sandbox.encode(content.data)).toBe(canonicalJson(content.data));
    expect(sandbox.partsWith(sandbox.encode, content)).toEqual(hashParts(content));
  });
});
