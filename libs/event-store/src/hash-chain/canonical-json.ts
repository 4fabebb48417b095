/**
 * One byte-exact text per value, so a hash computed at append time can be recomputed from what is
 * read back: object keys sorted, no whitespace, bigints as decimal strings (JSON has no bigint, and
 * a revision must not pass through a lossy number). Otherwise JSON.stringify's rules: undefined
 * members are dropped, undefined/functions in arrays become null, toJSON is honoured.
 */
export function canonicalJson(value: unknown): string {
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
