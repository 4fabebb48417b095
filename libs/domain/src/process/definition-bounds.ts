/**
 * How big a process definition, and a patch of it, may be. A definition is a document people
 * read and review: the bounds are far above any real one (the demo's are 1–3 KB) and low enough
 * that applying, validating, diffing and storing one stays a matter of milliseconds. They are
 * rules of the domain, so every adapter (HTTP, CLI, BPMN import) gets the same answer.
 */
export const DEFINITION_BOUNDS = {
  /** The definition as JSON (approximately: string escapes are not counted). */
  maxBytes: 512 * 1024,
  maxParticipants: 200,
  maxSteps: 1_000,
  maxHandovers: 2_000,
  /** Terms or systems listed by one step. */
  maxStepReferences: 100,
  maxLength: { purpose: 4_000, name: 300, description: 10_000, artifact: 300, condition: 1_000, id: 100 },
} as const;

export const PATCH_BOUNDS = {
  maxOperations: 500,
  /** The JSON size of one operation's `value`. */
  maxValueBytes: 64 * 1024,
  /** Nesting of one operation's `value` (a whole step with its term list is 3 deep). */
  maxValueDepth: 16,
  /** Everything a patch puts into the definition together — added, replaced and copied values —
   * so a chain of copies that doubles the document each time stops long before it costs anything. */
  maxProducedBytes: DEFINITION_BOUNDS.maxBytes,
} as const;

export interface JsonMeasure {
  /** Approximate JSON length; once past the limit the walk stops and this is > limit. */
  bytes: number;
  /** Deepest nesting seen (a scalar is 0); the walk stops past maxDepth too. */
  depth: number;
}

/**
 * A cheap, bounded measure of a JSON value: an iterative walk (no recursion, so no stack overflow
 * on deep values) that stops as soon as `limit` bytes or `maxDepth` levels are passed — its cost is
 * proportional to the limit, never to the value, however large or cyclic-by-sharing it is.
 */
export const measureJson = (value: unknown, limit: number, maxDepth = Number.MAX_SAFE_INTEGER): JsonMeasure => {
  let bytes = 0;
  let depth = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [v, d] = stack.pop()!;
    if (d > depth) depth = d;
    if (bytes > limit || depth > maxDepth) break;
    if (typeof v === 'string') bytes += v.length + 2;
    else if (typeof v === 'number' || typeof v === 'boolean') bytes += String(v).length;
    else if (v === null || v === undefined) bytes += 4;
    else if (Array.isArray(v)) {
      // Brackets and commas first: a huge array is past the limit before one element is walked.
      bytes += 1 + Math.max(1, v.length);
      for (let i = 0; i < v.length && bytes <= limit; i++) stack.push([v[i], d + 1]);
    } else if (typeof v === 'object') {
      const keys = Object.keys(v as object);
      bytes += 1 + Math.max(1, keys.length);
      for (let i = 0; i < keys.length && bytes <= limit; i++) {
        bytes += keys[i].length + 3;
        stack.push([(v as Record<string, unknown>)[keys[i]], d + 1]);
      }
    } else bytes += 4;
  }
  return { bytes, depth };
};
