/**
 * Whether a parsed JSON value nests arrays and objects deeper than `max` (the top-level array or
 * object is depth 1). Iterative, with an explicit stack, so it cannot itself overflow the call
 * stack on the input it is there to refuse; stops at the first value past the bound.
 */
export const nestsDeeperThan = (value: unknown, max: number): boolean => {
  if (value === null || typeof value !== 'object') return false;
  const stack: [object, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > max) return true;
    const children = Array.isArray(node) ? node : Object.values(node);
    for (const child of children) if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
  }
  return false;
};
