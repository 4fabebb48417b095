/**
 * A read model's state as a sequence of bounded JSON parts instead of one text. A large state (the
 * proposal board of a long history) saved as one string made a transient copy of its size on the
 * heap and another in UTF-8 for SQLite: the server's peak RSS came from its saves, not from the
 * state (docs/performance.md, "Memory at 1M"). Parts are at most about `maxChars` each (a single larger entry is a
 * part of its own), so a save or a load never holds more than one part's text at a time.
 *
 * Layout: every top-level key of a state object is one part of kind `value` (its JSON), or, when
 * its value is a plain object (a map keyed by id), one or more parts of kind `entries`, each the
 * JSON of an object holding a run of the map's entries in order. Reassembled in sequence, the
 * parts give a value equal to JSON.parse(JSON.stringify(state)), key order included. A state that
 * is not a plain object is one `value` part under the key ''.
 */
export interface StatePart {
  key: string;
  kind: 'value' | 'entries' | 'whole';
  json: string;
}

export const DEFAULT_PART_CHARS = 1 << 20;

/** An object literal, or a dict (no prototype: the read models' maps keyed by id). */
const isPlainObject = (v: unknown): v is Record<string, unknown> => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
};

/** What JSON.stringify leaves out of an object. */
const omitted = (v: unknown): boolean => v === undefined || typeof v === 'function' || typeof v === 'symbol';

export function* toParts(state: unknown, maxChars = DEFAULT_PART_CHARS): Generator<StatePart> {
  if (!isPlainObject(state) || typeof (state as { toJSON?: unknown }).toJSON === 'function') {
    yield { key: '', kind: 'whole', json: JSON.stringify(state ?? null) };
    return;
  }
  for (const key of Object.keys(state)) {
    const value = state[key];
    if (omitted(value)) continue;
    if (!isPlainObject(value) || typeof (value as { toJSON?: unknown }).toJSON === 'function') {
      yield { key, kind: 'value', json: JSON.stringify(value) };
      continue;
    }
    let run: string[] = [];
    let chars = 0;
    let emitted = false;
    for (const id of Object.keys(value)) {
      const entry = value[id];
      if (omitted(entry)) continue;
      const text = `${JSON.stringify(id)}:${JSON.stringify(entry)}`;
      if (run.length > 0 && chars + text.length > maxChars) {
        yield { key, kind: 'entries', json: `{${run.join(',')}}` };
        emitted = true;
        run = [];
        chars = 0;
      }
      run.push(text);
      chars += text.length + 1;
    }
    // An empty map is a part too, so that it comes back as {} rather than missing.
    if (run.length > 0 || !emitted) yield { key, kind: 'entries', json: `{${run.join(',')}}` };
  }
}

/** Reassembles parts in the order toParts produced them. */
export function fromParts(parts: Iterable<StatePart>): unknown {
  let state: Record<string, unknown> | undefined;
  for (const part of parts) {
    if (part.kind === 'whole') return JSON.parse(part.json);
    state ??= {};
    if (part.kind === 'value') {
      define(state, part.key, JSON.parse(part.json));
      continue;
    }
    // A map comes back as a dict (no prototype), as the read models keep their maps keyed by id.
    const map = (Object.prototype.hasOwnProperty.call(state, part.key) ? state[part.key] : define(state, part.key, Object.create(null))) as Record<string, unknown>;
    const entries = JSON.parse(part.json) as Record<string, unknown>;
    for (const id of Object.keys(entries)) define(map, id, entries[id]);
  }
  return state ?? {};
}

/** As JSON.parse does: an own property even for '__proto__', never the prototype's setter. */
function define(target: Record<string, unknown>, key: string, value: unknown): unknown {
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
  return value;
}
