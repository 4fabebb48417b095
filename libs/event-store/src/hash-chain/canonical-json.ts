/**
 * One byte-exact text per value, so a hash computed at append time can be recomputed from what is
 * read back: object keys sorted, no whitespace, bigints as decimal strings (JSON has no bigint, and
 * a revision must not pass through a lossy number). Otherwise JSON.stringify's rules: undefined
 * members are dropped, undefined/functions in arrays become null, toJSON is honoured.
 *
 * Written as one pass of string concatenation (no member arrays, maps or joins): it is on the
 * path of every append. canonical-json.spec.ts checks it against the first, plainer encoder.
 */
export function canonicalJson(value: unknown): string {
  return encode(value) ?? 'null';
}

/** The text of a value, or undefined where JSON has none (a member that is dropped). */
export function canonicalMember(value: unknown): string | undefined {
  return encode(value);
}

/**
 * The encoder behind canonicalJson. SELF-CONTAINED: a writer thread (store-sqlite) runs it from
 * its source text, so its body may use nothing but its own names — no imports, no module-level
 * names (canonical-json.spec.ts runs it in an empty context).
 */
/* istanbul ignore next */
export function canonicalEncoder(): (value: unknown) => string | undefined {
  function encode(value: unknown): string | undefined {
    switch (typeof value) {
      case 'string':
        return JSON.stringify(value);
      case 'number':
        return Number.isFinite(value) ? String(value) : 'null';
      case 'boolean':
        return value ? 'true' : 'false';
      case 'bigint':
        return `"${value.toString()}"`;
      case 'object':
        break;
      default:
        // undefined, functions, symbols
        return undefined;
    }
    if (value === null) return 'null';
    if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return encode((value as { toJSON(): unknown }).toJSON());
    if (Array.isArray(value)) {
      let text = '[';
      for (let i = 0; i < value.length; i++) {
        if (i > 0) text += ',';
        text += encode(value[i]) ?? 'null';
      }
      return `${text}]`;
    }
    const keys = Object.keys(value);
    if (keys.length > 1) keys.sort();
    let text = '{';
    let first = true;
    for (const key of keys) {
      const member = encode((value as Record<string, unknown>)[key]);
      if (member === undefined) continue;
      if (first) first = false;
      else text += ',';
      text += `${JSON.stringify(key)}:${member}`;
    }
    return `${text}}`;
  }
  return encode;
}

const encode = canonicalEncoder();
