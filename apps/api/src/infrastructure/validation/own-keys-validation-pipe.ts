import { ValidationPipe } from '@nestjs/common';
import type { ValidatorOptions } from 'class-validator';
import { ApiError, ApiErrorCodes } from '../errors/api-error';

/** Keys that name members of Object.prototype. */
const PROTOTYPE_NAMES = new Set(Object.getOwnPropertyNames(Object.prototype));
/** What such a key is called while class-transformer builds the request: no JSON key starts with it (refused). */
const MASK = '\u0000';

/**
 * A request body's keys are the client's ids (a step `constructor`, a handover `toString`), and
 * they arrive as sent:
 * - Nest's ValidationPipe deletes every `constructor` and `prototype` key at any depth without a
 *   word (a definition with a step `constructor` was stored without it and answered 201), and
 *   class-transformer, rebuilding a value key by key into a fresh `{}`, skips every key that `{}`
 *   already has as a function (`toString`, `valueOf`, `hasOwnProperty` …) and fails on an own
 *   `constructor` that is an object (a 500).
 * - Here such keys are masked while the request is built and restored before it is validated, so
 *   the validators and the handler see them; the read and write sides keep them in
 *   prototype-free maps or look them up as own keys.
 * - A `__proto__` key (no id can be one: ids start with a letter or a digit; and to an object
 *   literal it means the prototype) and a key starting with U+0000 are refused with 400.
 * Every walk keeps its own stack, so no depth of nesting overflows it.
 */
export class OwnKeysValidationPipe extends ValidationPipe {
  protected override stripProtoKeys(value: unknown): void {
    const refused = maskKeys(value);
    if (refused !== null) {
      throw new ApiError(400, ApiErrorCodes.VALIDATION_FAILED, 'the request is invalid', [{ field: refused.path, errors: [refused.why] }]);
    }
  }

  protected override validate(object: object, validatorOptions?: ValidatorOptions) {
    unmaskKeys(object);
    return super.validate(object, validatorOptions);
  }
}

const objects = function* (root: unknown): Generator<[Record<string, unknown>, string]> {
  const stack: [unknown, string][] = [[root, '']];
  const seen = new WeakSet<object>();
  while (stack.length > 0) {
    const [current, path] = stack.pop()!;
    if (typeof current !== 'object' || current === null || seen.has(current) || ArrayBuffer.isView(current)) continue;
    seen.add(current);
    yield [current as Record<string, unknown>, path];
    for (const key of Object.keys(current)) {
      const v = (current as Record<string, unknown>)[key];
      if (typeof v === 'object' && v !== null) stack.push([v, path ? `${path}.${key}` : key]);
    }
  }
};

/** Renames, in place, every own key named like a member of Object.prototype; or says what is refused. */
export const maskKeys = (value: unknown): { path: string; why: string } | null => {
  for (const [o, path] of objects(value)) {
    const keys = Object.keys(o);
    if (!keys.some((k) => PROTOTYPE_NAMES.has(k) || k.startsWith(MASK))) continue;
    for (const key of keys) {
      const at = path ? `${path}.${key}` : key;
      if (key === '__proto__') return { path: at, why: '"__proto__" is not allowed as a key' };
      if (key.startsWith(MASK)) return { path: at.replace(/\u0000/g, '\\u0000'), why: 'a key may not start with U+0000' };
    }
    renameKeys(o, (k) => (PROTOTYPE_NAMES.has(k) ? MASK + k : k));
  }
  return null;
};

/** Gives masked keys their names back, in place, keeping the order of the keys. */
export const unmaskKeys = (value: unknown): void => {
  for (const [o] of objects(value)) {
    if (Object.keys(o).some((k) => k.startsWith(MASK))) renameKeys(o, (k) => (k.startsWith(MASK) ? k.slice(MASK.length) : k));
  }
};

const renameKeys = (o: Record<string, unknown>, rename: (key: string) => string): void => {
  const entries = Object.keys(o).map((k) => [rename(k), o[k]] as const);
  for (const k of Object.keys(o)) delete o[k];
  for (const [k, v] of entries) Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
};
