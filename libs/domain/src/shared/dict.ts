/**
 * Maps keyed by ids that clients choose. A plain object literal inherits from Object.prototype, so
 * `map['constructor']` answers a function, `map['toString'] ??= []` keeps it, and
 * `map['__proto__'] = x` replaces the prototype instead of storing an entry: an id such as
 * `constructor` then breaks whatever reads the map. A dict has no prototype, so every id is just a
 * key; it serialises with JSON.stringify like any object.
 */
export type Dict<T> = Record<string, T>;

export const dict = <T>(): Dict<T> => Object.create(null) as Dict<T>;

/** True for an object without a prototype (a dict). */
export const isDict = (value: unknown): boolean => typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === null;

/**
 * The same entries in a dict: the object itself when it already is one (a state loaded from
 * parts), else a copy. JSON.parse makes `__proto__` an own property, and the copy keeps it one.
 */
export const toDict = <T>(record: Record<string, T> | null | undefined): Dict<T> => {
  if (record && isDict(record)) return record;
  const out = dict<T>();
  if (record) for (const key of Object.keys(record)) out[key] = record[key];
  return out;
};

/** The entry of an own key, never an inherited property (for records that may not be dicts). */
export const own = <T>(record: Record<string, T> | null | undefined, key: string): T | undefined =>
  record && Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;

/** A copy of `record` with `key` set: what `{...record, [key]: value}` means, in a dict. */
export const withEntry = <T>(record: Record<string, T> | null | undefined, key: string, value: T): Dict<T> => {
  const out = dict<T>();
  if (record) for (const k of Object.keys(record)) out[k] = record[k];
  out[key] = value;
  return out;
};

/** A copy of `record` without `key`. */
export const withoutEntry = <T>(record: Record<string, T> | null | undefined, key: string): Dict<T> => {
  const out = dict<T>();
  if (record) for (const k of Object.keys(record)) if (k !== key) out[k] = record[k];
  return out;
};
